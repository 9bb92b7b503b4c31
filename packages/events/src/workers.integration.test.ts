import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@commerce/db";
import { connectBus } from "./bus";
import { recordEvent } from "./outbox";

// Two real worker processes share the durable consumers of one stream: every event is handled
// exactly once, also when one of them is killed mid-run. They relay every unpublished outbox row
// of their database: this file's own copy of the run's template (tests/integration), so no other
// file's events reach this file's stream.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    natsUrl: string;
    runId: string;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const N = 200;
const recorder = "event-recorder";

interface Worker {
  name: string;
  port: number;
  child: ChildProcess;
  lines: Record<string, unknown>[];
  exited: Promise<number | null>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 60_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

let databaseUrl: string;
let db: Db;
let companyId: string;
let env: Record<string, string>;
const workers: Worker[] = [];

async function startWorker(name: string): Promise<Worker> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], {
    cwd: repoRoot,
    env: { ...env, WORKER_HTTP_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Record<string, unknown>[] = [];
  let rest = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    const parts = (rest + chunk).split("\n");
    rest = parts.pop()!;
    for (const line of parts) {
      try {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        lines.push({ raw: line });
      }
    }
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const worker = { name, port, child, lines, exited };
  workers.push(worker);
  await Promise.race([
    until(`${name} to answer /api/health`, async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok),
    exited.then((code) => {
      throw new Error(`${name} exited with ${code}: ${stderr}`);
    }),
  ]);
  return worker;
}

/** Events this worker process settled as "handled", from its own metrics. */
async function handledBy(worker: Worker): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${worker.port}/api/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`commerce_consumer_deliveries_total{consumer="${recorder}",outcome="handled"}`));
  return line ? Number(line.split(" ").pop()) : 0;
}

/** Records `count` product.created events for the test's company, `perTransaction` at a time in four lanes, as the API would. */
async function recordEvents(count: number, requestId: string, perTransaction = 10): Promise<string[]> {
  const chunks = Array.from({ length: Math.ceil(count / perTransaction) }, (_, c) => c * perTransaction);
  const ids: string[] = [];
  const lane = async () => {
    for (let start = chunks.shift(); start !== undefined; start = chunks.shift()) {
      await db.$transaction(
        async (tx) => {
          for (let j = start; j < Math.min(count, start + perTransaction); j++) {
            const event = await recordEvent(
              tx,
              "product.created",
              {
                productId: randomUUID(),
                name: `Worker test ${j}`,
                colours: ["red"],
                category: "test-items",
                variants: [{ variantId: randomUUID(), sku: `W-${j}`, price: { amount: 100 + j, currency: "EUR" } }],
              },
              { companyId, requestId },
            );
            ids.push(event.id);
          }
        },
        { timeout: 30_000 },
      );
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
  return ids;
}

const count = async (sql: "records" | "consumed", ids: string[]) => {
  const [row] =
    sql === "records"
      ? await db.$queryRaw<[{ n: bigint }]>`SELECT count(*) AS n FROM event_record WHERE "eventId" = ANY(${ids}::uuid[])`
      : await db.$queryRaw<[{ n: bigint }]>`SELECT count(*) AS n FROM consumed_event WHERE consumer = ${recorder} AND "eventId" = ANY(${ids}::uuid[])`;
  return Number(row.n);
};

beforeAll(async () => {
  databaseUrl = inject("databaseUrl");
  db = createDb(databaseUrl, { max: 6 });
  const slug = `w-${randomBytes(4).toString("hex")}`;
  companyId = (
    await db.company.create({
      data: { slug, name: `Workers ${slug}`, currency: "EUR", timeZone: "Europe/Amsterdam", taxRateBps: 2100, brandName: slug, brandColour: "#123456" },
    })
  ).id;
  const id = `${inject("runId")}${randomBytes(2).toString("hex")}`;
  env = {
    PATH: process.env.PATH ?? "",
    NODE_ENV: "test",
    DATABASE_URL: databaseUrl,
    NATS_URL: inject("natsUrl"),
    EVENTS_STREAM: `TEST_W${id}`,
    EVENTS_SUBJECT_PREFIX: `tw${id}.`,
    // A killed worker's deliveries come back after 3 s, not the production 30 s.
    EVENTS_ACK_WAIT_SECONDS: "3",
    PAYMENT_PROVIDER_URL: "http://127.0.0.1:9",
    PAYMENT_PROVIDER_API_KEY: "sk_test_workers_not_used_0001",
    AUTH_SECRET: "workers-test-secret-0123456789abcdef",
    LOG_LEVEL: "debug",
  };
}, 120_000);

afterAll(async () => {
  for (const w of workers) w.child.kill("SIGKILL");
  await Promise.all(workers.map((w) => w.exited));
  const bus = await connectBus({ natsUrl: env.NATS_URL!, stream: env.EVENTS_STREAM!, subjectPrefix: env.EVENTS_SUBJECT_PREFIX! }, "test");
  await bus.jsm.streams.delete(env.EVENTS_STREAM!).catch(() => undefined);
  await bus.close();
  await db.$disconnect();
});

describe("recording an event", () => {
  it("is refused inside its transaction when no company is stamped on the outbox row", async () => {
    const sku = `NO-CO-${randomBytes(3).toString("hex")}`;
    await expect(
      db.$transaction((tx) =>
        recordEvent(tx, "product.created", {
          productId: randomUUID(),
          name: `Nobody's ${sku}`,
          colours: ["red"],
          category: "test-items",
          variants: [{ variantId: randomUUID(), sku, price: { amount: 1, currency: "EUR" } }],
        }),
      ),
    ).rejects.toThrow(/without a company/);
    const [row] = await db.$queryRaw<[{ n: bigint }]>`SELECT count(*) AS n FROM outbox_event WHERE payload->'data'->>'name' = ${`Nobody's ${sku}`}`;
    expect(Number(row.n)).toBe(0);
  });
});

describe("two worker processes share the durable consumers", () => {
  let a: Worker;
  let b: Worker;

  it(`handle ${N} events between them, each exactly once, logging each under its request id`, async () => {
    [a, b] = await Promise.all([startWorker("a"), startWorker("b")]);
    const requestId = `req-${randomBytes(6).toString("hex")}`;
    const ids = await recordEvents(N, requestId);

    await until("every event recorded", async () => (await count("consumed", ids)) === N);
    expect(await count("records", ids)).toBe(N);
    expect(await count("consumed", ids)).toBe(N);
    // The company came from the outbox row into the event's data.
    const companies = await db.$queryRaw<{ companyId: string }[]>`
      SELECT DISTINCT payload->>'companyId' AS "companyId" FROM event_record WHERE "eventId" = ANY(${ids}::uuid[])`;
    expect(companies).toEqual([{ companyId }]);

    // Both processes did part of the work, and together exactly all of it.
    const [byA, byB] = [await handledBy(a), await handledBy(b)];
    expect(byA).toBeGreaterThan(0);
    expect(byB).toBeGreaterThan(0);
    expect(byA + byB).toBe(N);

    // Every line about a handled event names the request that caused it (sent as a NATS header).
    const handledLines = [...a.lines, ...b.lines].filter((l) => l.msg === "event handled" && ids.includes(l.eventId as string));
    expect(handledLines).toHaveLength(N);
    for (const line of handledLines) expect(line).toMatchObject({ requestId, consumer: recorder, companyId });
  }, 120_000);

  it("answer health, readiness and metrics on their own port", async () => {
    const base = `http://127.0.0.1:${a.port}`;
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", service: "worker" });

    const ready = await fetch(`${base}/api/ready`);
    const body = (await ready.json()) as { checks: Record<string, { ready: boolean; lag?: Record<string, number> }> };
    expect(ready.status).toBe(200);
    expect(body.checks).toMatchObject({ database: { ready: true }, nats: { ready: true }, consumers: { ready: true, lag: { [recorder]: 0 } } });

    const metrics = await fetch(`${base}/api/metrics`);
    expect(metrics.headers.get("content-type")).toContain("text/plain");
    const text = await metrics.text();
    for (const name of [
      "commerce_consumer_deliveries_total",
      "commerce_consumer_redeliveries_total",
      "commerce_consumer_pending",
      "commerce_consumer_ack_pending",
      "commerce_outbox_backlog",
      "process_cpu_user_seconds_total",
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).toContain(`commerce_consumer_pending{consumer="${recorder}"} 0`);
    expect(text).toMatch(/^commerce_outbox_backlog 0$/m);
    expect((await fetch(`${base}/api/nothing`)).status).toBe(404);
  });

  it("lose nothing and double nothing when one of them is killed mid-run", async () => {
    // All at once, so each process fetches a full batch and holds events it has not acknowledged yet.
    const ids = await recordEvents(N, `req-${randomBytes(6).toString("hex")}`, N);
    await until("work under way", async () => (await count("consumed", ids)) > 0, 30_000, 10);
    a.child.kill("SIGKILL");
    await a.exited;
    expect(await count("consumed", ids)).toBeLessThan(N);

    // The survivor gets the killed one's events once the server's ack wait (30 s) runs out.
    await until("every event recorded by the survivor", async () => (await count("consumed", ids)) === N, 90_000);
    expect(await count("records", ids)).toBe(N);
    expect(await count("consumed", ids)).toBe(N);
    const [{ redelivered }] = await db.$queryRaw<[{ redelivered: bigint }]>`
      SELECT count(*) AS redelivered FROM event_record WHERE "eventId" = ANY(${ids}::uuid[]) AND "deliveryCount" > 1`;
    expect(Number(redelivered)).toBeGreaterThan(0);

    // And a stopped worker exits cleanly on SIGTERM.
    b.child.kill("SIGTERM");
    expect(await b.exited).toBe(0);
    expect(b.lines.some((l) => l.msg === "worker stopped")).toBe(true);
  }, 150_000);
});
