import autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import os from "node:os";
import pg from "pg";
import { config } from "@commerce/config";

// Each scenario is measured twice in the same run: through the platform (HTTP → Next route →
// tRPC → zod → service → Prisma) and as the same SQL sent straight to PostgreSQL with `pg`.
// The ratio is what the platform's layers cost. Same concurrency, same duration, same data.

const origin = `http://127.0.0.1:${process.env.BENCH_PORT ?? 3300}`;
const base = `${origin}/api/trpc`;
const company = "acme";
const connections = 10;
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
// The database is the platform's setting (validated by config()); BENCH_* and STARVED_PORT are this bench's own knobs.
const pool = new pg.Pool({ connectionString: config().DATABASE_URL, max: connections });

const q = (input: unknown) => encodeURIComponent(JSON.stringify({ json: input }));

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Signs the demo customer in through next-auth, as a browser would, and returns the cookie. */
async function signInCustomer(): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${origin}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, company, email: `customer@${company}.test`, password: "Demo-pass-2026", json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.endsWith("session-token"))) throw new Error(`Bench sign-in failed: ${res.status} ${await res.text()}`);
  return cookie();
}

async function http(opts: { path: string; method?: "GET" | "POST"; body?: unknown; cookie?: string }): Promise<Figures> {
  const result = await autocannon({
    url: `${base}/${opts.path}`,
    method: opts.method ?? "GET",
    connections,
    duration: seconds,
    headers: { "content-type": "application/json", "x-company": company, ...(opts.cookie ? { cookie: opts.cookie } : {}) },
    body: opts.body === undefined ? undefined : JSON.stringify({ json: opts.body }),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function direct(work: () => Promise<void>): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        try {
          await work();
        } catch {
          errors++;
        }
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors };
}

const listSql = (where: string) => `SELECT * FROM product WHERE "companyId" = $1 ${where} ORDER BY "createdAt" DESC, id DESC LIMIT 24 OFFSET 0`;

/** A page of products as the API lists them: the products, then their options and variants. */
async function listDirect(companyId: string, where: string) {
  const [{ rows }] = await Promise.all([
    pool.query<{ id: string }>(listSql(where), [companyId]),
    pool.query(`SELECT count(*) FROM product WHERE "companyId" = $1 ${where}`, [companyId]),
  ]);
  const ids = rows.map((r) => r.id);
  await Promise.all([
    pool.query(`SELECT * FROM product_option WHERE "productId" = ANY($1::uuid[]) ORDER BY position`, [ids]),
    pool.query(`SELECT * FROM product_variant WHERE "productId" = ANY($1::uuid[]) ORDER BY position`, [ids]),
  ]);
}

async function main() {
  await pool.query(`UPDATE product_variant SET "stockQuantity" = 1000000`); // the bench measures speed, not sell-outs
  const {
    rows: [tenant],
  } = await pool.query<{ id: string }>(`SELECT id FROM company WHERE slug = $1`, [company]);
  const companyId = tenant!.id;
  const { rows: variants } = await pool.query<{ id: string }>(`SELECT id FROM product_variant WHERE "companyId" = $1 ORDER BY id LIMIT 2`, [companyId]);
  const cookie = await signInCustomer();
  const lines = variants.map((v) => ({ variantId: v.id, quantity: 1 }));
  const defaultLines = lines;

  const placeDirect = async (lines: { variantId: string; quantity: number }[] = defaultLines) => {
    const c = await pool.connect();
    await c.query("BEGIN");
    try {
      const ids = lines.map((l) => l.variantId);
      const { rows } = await c.query<{ id: string; productId: string; name: string; title: string; sku: string; priceAmount: number; currency: string }>(
        `SELECT v.*, p.name, p.currency FROM product_variant v JOIN product p ON p.id = v."productId" WHERE v.id = ANY($1::uuid[])`,
        [ids],
      );
      for (const l of lines) {
        const r = await c.query(
          `UPDATE product_variant SET "stockQuantity" = "stockQuantity" - $2, "updatedAt" = now() WHERE id = $1 AND "stockQuantity" >= $2`,
          [l.variantId, l.quantity],
        );
        if (r.rowCount === 0) throw new Error("out of stock");
      }
      const total = rows.reduce((s, r) => s + r.priceAmount, 0);
      const orderId = randomUUID();
      const numbered = await c.query<{ n: number }>(
        `UPDATE company SET "lastOrderNumber" = "lastOrderNumber" + 1 WHERE id = $1 RETURNING "lastOrderNumber" AS n`,
        [companyId],
      );
      await c.query(
        `INSERT INTO "order" (id, "companyId", number, status, channel, currency, "totalAmount", "customerName", "customerEmail", "updatedAt") VALUES ($1, $3, $4, 'PENDING', 'WEB', 'EUR', $2, 'Bench', 'bench@example.com', now())`,
        [orderId, total, companyId, numbered.rows[0]!.n],
      );
      for (const r of rows) {
        await c.query(
          `INSERT INTO order_line (id, "companyId", "orderId", "productId", "variantId", "productName", "variantTitle", sku, "unitPriceAmount", quantity, "lineTotalAmount") VALUES ($1, $7, $2, $3, $8, $4, $9, $5, $6, 1, $6)`,
          [randomUUID(), orderId, r.productId, r.name, r.sku, r.priceAmount, companyId, r.id, r.title],
        );
      }
      await c.query(`INSERT INTO order_status_change (id, "companyId", "orderId", "toStatus") VALUES ($1, $3, $2, 'PENDING')`, [
        randomUUID(),
        orderId,
        companyId,
      ]);
      const eventId = randomUUID();
      await c.query(`INSERT INTO outbox_event (id, "companyId", type, payload, "occurredAt") VALUES ($1, $3, 'order.placed', $2, now())`, [
        eventId,
        JSON.stringify({ orderId }),
        companyId,
      ]);
      await c.query(`SELECT pg_notify('outbox_event', $1)`, [eventId]);
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK");
      throw e;
    } finally {
      c.release();
    }
  };

  const scenarios: { name: string; api: () => Promise<Figures>; baseline: () => Promise<Figures> }[] = [
    {
      name: "product.getAll (24 items)",
      api: () => http({ path: `product.getAll?input=${q({ page: 1, pageSize: 24 })}` }),
      baseline: () => direct(() => listDirect(companyId, "")),
    },
    {
      name: "product.byColour (red, 24 items)",
      api: () => http({ path: `product.byColour?input=${q({ colour: "red", page: 1, pageSize: 24 })}` }),
      baseline: () => direct(() => listDirect(companyId, `AND colours @> ARRAY['red']`)),
    },
    {
      name: "order.place (2 lines)",
      api: () => http({ path: "order.place", method: "POST", cookie, body: { lines, customer: { name: "Bench", email: "bench@example.com" } } }),
      baseline: () => direct(() => placeDirect()),
    },
  ];

  // Warm both paths (JIT, Next route compilation, connection pools) before measuring.
  await http({ path: `product.getAll?input=${q({ page: 1, pageSize: 24 })}` }).catch(() => undefined);

  const rows: string[][] = [];
  for (const s of scenarios) {
    const baseline = await s.baseline();
    const api = await s.api();
    rows.push([
      s.name,
      api.rps.toFixed(0),
      api.p50.toFixed(1),
      api.p99.toFixed(1),
      baseline.rps.toFixed(0),
      baseline.p50.toFixed(1),
      baseline.p99.toFixed(1),
      (api.rps / baseline.rps).toFixed(2),
      String(api.errors + baseline.errors),
    ]);
  }
  const starvedOrigin = `http://127.0.0.1:${process.env.STARVED_PORT ?? 3301}`;
  const burst = await checkoutBurst({ companyId, cookie, starvedOrigin, placeDirect: (variantId) => placeDirect([{ variantId, quantity: 1 }]) });
  const header = ["scenario", "API req/s", "p50 ms", "p99 ms", "pg req/s", "p50 ms", "p99 ms", "API/pg", "errors"];
  console.log(
    `\n${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${connections} connections, ${seconds} s each, ${new Date().toISOString()}`,
  );
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log(`\nBurst: ${burstSize} checkouts of one product (${burstStock} in stock) at once, over HTTP and as the same transaction through pg.`);
  const burstHeader = ["path", "wall s", "orders/s", "p50 ms", "p99 ms", "answers"];
  console.log(`| ${burstHeader.join(" | ")} |\n|${burstHeader.map(() => "---").join("|")}|`);
  for (const r of burst.rows) console.log(`| ${r.join(" | ")} |`);
  if (burst.serverErrors > 0) console.log(`\n!! ${burst.serverErrors} answers were 5xx other than 503: a defect, see the web log`);
  await pool.end();
}

const burstSize = 200;
const burstStock = 50;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/**
 * 200 shoppers press "buy" on the last 50 units at the same moment. Every answer must be a
 * success, a refusal (409: out of stock) or "busy, retry" (503 with Retry-After), never a 500;
 * and exactly as many orders as units. The baseline fires the same transactions through pg.
 */
async function checkoutBurst(opts: { companyId: string; cookie: string; placeDirect: (variantId: string) => Promise<void>; starvedOrigin: string }) {
  const {
    rows: [variant],
  } = await pool.query<{ id: string }>(`SELECT id FROM product_variant WHERE "companyId" = $1 ORDER BY id DESC LIMIT 1`, [opts.companyId]);
  const variantId = variant!.id;
  const run = async (fire: (i: number) => Promise<string>) => {
    await pool.query(`UPDATE product_variant SET "stockQuantity" = $2 WHERE id = $1`, [variantId, burstStock]);
    const latencies: number[] = [];
    const answers = new Map<string, number>();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: burstSize }, async (_, i) => {
        const t0 = performance.now();
        const answer = await fire(i).catch((error: unknown) => `error ${String(error).slice(0, 40)}`);
        latencies.push(performance.now() - t0);
        answers.set(answer, (answers.get(answer) ?? 0) + 1);
      }),
    );
    const wall = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const {
      rows: [left],
    } = await pool.query<{ stock: number }>(`SELECT "stockQuantity" AS stock FROM product_variant WHERE id = $1`, [variantId]);
    const sold = burstStock - left!.stock;
    const summary = [...answers]
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ");
    return {
      row: [
        wall.toFixed(2),
        (sold / wall).toFixed(0),
        percentile(latencies, 0.5).toFixed(0),
        percentile(latencies, 0.99).toFixed(0),
        `${summary}; ${sold} sold`,
      ],
      answers,
    };
  };
  const viaHttp = (apiBase: string) => async (i: number) => {
    const res = await fetch(`${apiBase}/order.place`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-company": company, cookie: opts.cookie },
      body: JSON.stringify({
        json: { lines: [{ variantId, quantity: 1 }], customer: { name: "Burst", email: "burst@example.com" }, idempotencyKey: `burst-${randomUUID()}-${i}` },
      }),
    });
    await res.arrayBuffer();
    return res.status === 503 && !res.headers.get("retry-after") ? "503 without Retry-After" : String(res.status);
  };
  const api = await run(viaHttp(base));
  const starved = await run(viaHttp(`${opts.starvedOrigin}/api/trpc`));
  const direct = await run(async () => {
    try {
      await opts.placeDirect(variantId);
      return "committed";
    } catch (error) {
      return String(error).includes("out of stock") ? "out of stock" : "failed";
    }
  });
  const serverErrors = [api, starved].reduce((n, r) => n + [...r.answers].filter(([k]) => /^5/.test(k) && k !== "503").reduce((s, [, v]) => s + v, 0), 0);
  return {
    rows: [
      ["API (HTTP)", ...api.row],
      ["API, pool of 2 (HTTP)", ...starved.row],
      ["pg (baseline)", ...direct.row],
    ],
    serverErrors,
  };
}

await main();
