import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { fc, it as fcIt } from "@fast-check/vitest";
import superjson from "superjson";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { apps, type App, type Role } from "@commerce/auth";
import { forgetConfig } from "@commerce/config";
import { createLogger } from "@commerce/core/logger";
import type { Db } from "@commerce/db";
import { startMailbox, type Mailbox } from "@commerce/mail/mailbox";
import { testCards } from "@commerce/payments";
import { startPaymentSimulator, type PaymentSimulator } from "@commerce/payments/simulator";
import type { Platform } from "../service-context";
import { appRouter } from "../root";
import { createTestPlatform, sessionCookie, type TestPlatform } from "../testing";
import { closeClient, describeRequest, send, serve, trpcRequest, type AppServer, type RawRequest, type RouteHandler } from "./harness";
import { mutatedInputs, preview, type MutatedInput } from "./mutate";
import { Findings, formatFailure, problemWith, rememberSent, truncate, type Answer, type Failure } from "./oracle";
import { fixedRawCases, rawArbitrary, type RawCase, type RawContext } from "./raw";
import { arbitraryFor, type Schema } from "./zod-arbitrary";

// The API fuzzer. Every procedure of the app router (enumerated from the router, so a new one
// is fuzzed without edits) is called over real HTTP, through the same route handler the Next
// apps mount, as every role of a company and signed out, with inputs derived from its zod
// schema and then broken. Any 5xx (but a 503 with Retry-After) or a body carrying a stack,
// SQL or a constraint name fails, with the procedure, caller, input and answer in the report.
//
// In `npm test`: a fixed seed and a few runs per procedure. `npm run fuzz`: a random seed and
// many more runs. Environment:
//   FUZZ_SEED    a number to replay, "random" for a new one (printed); unset: a fixed seed
//   FUZZ_RUNS    runs per procedure property (default 10; each run calls as all 8 callers)
//   FUZZ_TIME_MS cap per property, shrinking included (default 6000 with the fixed seed, none otherwise)
//   FUZZ_BUDGET_MS  total time for all procedure properties (default 120000 with the fixed seed, none otherwise)
//   FUZZ_REPORT  a file: collect every distinct failure there (JSON) instead of stopping at the
//                first one per property; the last test then fails listing them all
// A failure names the seed (in the test's name): FUZZ_SEED=<seed> FUZZ_RUNS=<runs> and `-t <procedure>`
// replays it, and without FUZZ_REPORT fast-check shrinks it to a small input.

const seedSetting = process.env.FUZZ_SEED?.trim();
const seed = !seedSetting ? 20_261_207 : seedSetting === "random" ? Math.floor(Math.random() * 2 ** 31) : Number(seedSetting);
if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", not ${seedSetting}`);
const runs = Number(process.env.FUZZ_RUNS ?? 10);
/** Valid inputs per procedure sent before the properties start (every caller, unmutated). */
const validSamples = 3;
const timeCap = Number(process.env.FUZZ_TIME_MS ?? (seedSetting ? 0 : 6_000));
const reportFile = process.env.FUZZ_REPORT;
/** With the fixed seed, all procedure properties together stop calling after this long (shrinking included), so a broken API can't stretch `npm test`. */
const budgetMs = Number(process.env.FUZZ_BUDGET_MS ?? (seedSetting ? 0 : 120_000));
let budgetEnds = Number.POSITIVE_INFINITY;
let budgetWarned = false;
function overBudget(): boolean {
  if (Date.now() <= budgetEnds) return false;
  if (!budgetWarned) console.warn(`[fuzz] the ${budgetMs} ms budget is spent: the remaining runs pass without calling (FUZZ_BUDGET_MS=0 lifts it)`);
  budgetWarned = true;
  return true;
}
const params = { seed, numRuns: runs, ...(timeCap > 0 ? { interruptAfterTimeLimit: timeCap } : {}) };
/** Generous per-test timeout for long runs (several requests per run, some with argon2 hashing). */
const testTimeout = Math.max(60_000, runs * 1_500 + (timeCap || 0) + 30_000);
console.info(`[fuzz] seed=${seed} runs=${runs}${timeCap ? ` cap=${timeCap}ms/property` : ""} — replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`);

// ---------------------------------------------------------------------------------------------
// The procedures, straight from the router

interface Procedure {
  path: string;
  type: "query" | "mutation";
  schema: Schema | undefined;
}
type ProcedureDef = { _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] } };

function inputSchema(inputs: unknown[]): Schema | undefined {
  const schemas = inputs as z.ZodType[];
  if (!schemas.length) return undefined;
  // Several .input() calls are merged by tRPC: an intersection accepts the same values.
  return schemas.reduce((a, b) => z.intersection(a, b));
}

const routerProcedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>);
/** Subscriptions stream over SSE, which a request/response fuzzer can't judge: the first test fails if one appears. */
const subscriptions = routerProcedures.filter(([, p]) => p._def.type === "subscription").map(([path]) => path);
const procedures: Procedure[] = routerProcedures
  .filter(([, p]) => p._def.type !== "subscription")
  .map(([path, p]) => ({ path, type: p._def.type as "query" | "mutation", schema: inputSchema(p._def.inputs) }))
  .sort((a, b) => a.path.localeCompare(b.path));

// ---------------------------------------------------------------------------------------------
// Who calls

interface Caller {
  label: string;
  app: App;
  role: Role | "VISITOR";
  cookie?: string;
}

const appUrl: Record<App, string> = { web: "http://web.test", admin: "http://admin.test", pos: "http://pos.test" };
const secret = randomBytes(32).toString("hex");
const apiKey = `sk_test_fuzz_${randomBytes(8).toString("hex")}`;

let t: TestPlatform;
let simulator: PaymentSimulator;
let mailbox: Mailbox;
const servers = {} as Record<App, AppServer>;
const callers: Caller[] = [];
let companySlug = "";
const knownIds: string[] = [];
const dictionary: string[] = [];
const findings = new Findings();

/** Server log lines at warn/error, by request id, so a report can say what the server saw. */
const serverLog = new Map<string, string[]>();
function captureLog(line: string) {
  try {
    const entry = JSON.parse(line) as { level?: string; requestId?: unknown };
    if ((entry.level === "error" || entry.level === "warn") && typeof entry.requestId === "string") {
      const lines = serverLog.get(entry.requestId) ?? [];
      lines.push(truncate(line, 20_000));
      serverLog.set(entry.requestId, lines);
    }
  } catch {
    // not JSON: ignore
  }
}
function takeLog(requestId: string): string[] {
  const lines = serverLog.get(requestId) ?? [];
  serverLog.delete(requestId);
  return lines;
}

let requestCounter = 0;
function headersFor(caller: Caller, extra: Record<string, string> = {}): Record<string, string> {
  const n = ++requestCounter;
  return {
    "user-agent": "api-fuzz",
    "x-forwarded-for": `198.51.100.${n % 250}`,
    "x-request-id": `fuzz-${n}-${randomBytes(3).toString("hex")}`,
    ...(caller.app === "web" ? { "x-company": companySlug } : {}),
    ...(caller.cookie ? { cookie: caller.cookie } : {}),
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------
// Calling and judging

/** Sends one request and judges the answer; a failure, or null when the answer is acceptable. */
async function judge(app: App, request: RawRequest, what: { procedure: string; caller: string; notes: string[] }): Promise<Failure | null> {
  let answer: Answer | null;
  try {
    answer = await send(servers[app].port, request);
  } catch (error) {
    answer = { status: 0, headers: {}, body: `no answer: ${(error as Error).message}` };
  }
  if (!answer) return null; // the client can't even send it
  const requestId = request.headers?.["x-request-id"] ?? "";
  const logged = takeLog(requestId);
  const problem = answer.status === 0 ? "no answer (connection dropped or timed out)" : problemWith(answer);
  if (!problem) return null;
  return { ...what, problem, status: answer.status, request: describeRequest(request), body: answer.body, serverLog: logged };
}

/** Serializes like the tRPC client; an input superjson refuses (a "__proto__", "constructor" or "prototype" key) goes as plain JSON instead. */
function callRequest(procedure: Procedure, input: unknown, headers: Record<string, string>): RawRequest {
  try {
    return trpcRequest(procedure.path, procedure.type, input, headers);
  } catch {
    const body = JSON.stringify({ json: input }, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    return procedure.type === "query"
      ? { method: "GET", path: `/api/trpc/${procedure.path}?input=${encodeURIComponent(body)}`, headers }
      : { method: "POST", path: `/api/trpc/${procedure.path}`, headers: { "content-type": "application/json", ...headers }, body };
  }
}

async function callAll(procedure: Procedure, c: Case): Promise<Failure[]> {
  rememberSent(c.mutated.input);
  const results = await Promise.all(
    callers.map((caller) => {
      const origin: Record<string, string> = procedure.type === "mutation" && c.withOrigin ? { origin: appUrl[caller.app] } : {};
      const request = callRequest(procedure, c.mutated.input, headersFor(caller, origin));
      return judge(caller.app, request, { procedure: procedure.path, caller: caller.label, notes: c.mutated.notes });
    }),
  );
  return results.filter((f): f is Failure => f !== null);
}

/** Fails the property with a readable report, or (FUZZ_REPORT) records the failures and goes on. */
function verdict(failures: Failure[]) {
  if (!failures.length) return;
  if (reportFile) {
    for (const f of failures) findings.add(f);
    return;
  }
  const distinct = new Findings();
  for (const f of failures) distinct.add(f);
  const list = distinct.list();
  throw new Error(
    `${failures.length} unacceptable answer(s), ${list.length} distinct:\n${list
      .slice(0, 6)
      .map((f) => formatFailure(f))
      .join("\n")}`,
  );
}

/** A data result of a call that must succeed (fixtures). */
async function callOk<T>(caller: Caller, path: string, input: unknown): Promise<T> {
  const procedure = procedures.find((p) => p.path === path)!;
  const request = callRequest(procedure, input, headersFor(caller, procedure.type === "mutation" ? { origin: appUrl[caller.app] } : {}));
  const answer = await send(servers[caller.app].port, request);
  if (!answer || answer.status !== 200) throw new Error(`fixture ${path} as ${caller.label}: ${answer?.status} ${answer?.body.slice(0, 500)}`);
  return superjson.deserialize<T>((JSON.parse(answer.body) as { result: { data: Parameters<typeof superjson.deserialize>[0] } }).result.data);
}

// ---------------------------------------------------------------------------------------------
// Inputs

interface Case {
  mutated: MutatedInput;
  /** Mutations come from the app's own page (Origin set), or from a client that sends none. */
  withOrigin: boolean;
}

const derived = new Map<string, fc.Arbitrary<unknown>>();
/** Valid inputs for a procedure; built on first use, after the fixtures (known ids, dictionary) exist. */
function validInputs(procedure: Procedure): fc.Arbitrary<unknown> {
  let arb = derived.get(procedure.path);
  if (!arb) {
    arb = procedure.schema ? arbitraryFor(procedure.schema, { knownIds, dictionary }) : fc.constant(undefined);
    derived.set(procedure.path, arb);
  }
  return arb;
}

function cases(procedure: Procedure): fc.Arbitrary<Case> {
  return fc
    .constant(null)
    .chain(() => fc.record({ mutated: mutatedInputs(procedure.schema, validInputs(procedure)), withOrigin: fc.boolean() }))
    .map((c) =>
      Object.assign(c, {
        // How fast-check prints a counterexample: short, with what was broken.
        [fc.toStringMethod]: () =>
          `${c.mutated.notes.length ? c.mutated.notes.join("; ") : "valid input"} — input ${preview(safeJson(c.mutated.input), 400)}${c.withOrigin ? "" : " (no Origin)"}`,
      }),
    );
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(value).json) ?? "undefined";
  } catch {
    return String(value);
  }
}

function sampleInput(path: string): unknown {
  const procedure = procedures.find((p) => p.path === path);
  if (!procedure?.schema) return undefined;
  const [input] = fc.sample(validInputs(procedure), { numRuns: 1, seed });
  rememberSent(input);
  return input;
}

/** Runs `fn` over `items`, `limit` at a time. */
async function inBatches<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += limit) out.push(...(await Promise.all(items.slice(i, i + limit).map(fn))));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Setup: a company with every role, the three apps on real sockets

beforeAll(async () => {
  t = await createTestPlatform();
  simulator = await startPaymentSimulator({ apiKey });
  mailbox = await startMailbox({});
  // next-handler builds its platform from config(), which reads process.env once.
  const env: Record<string, string> = {
    NODE_ENV: "test",
    DATABASE_URL: inject("databaseUrl"),
    NATS_URL: inject("natsUrl"),
    PAYMENT_PROVIDER_URL: simulator.url,
    PAYMENT_PROVIDER_API_KEY: apiKey,
    AUTH_SECRET: secret,
    WEB_URL: appUrl.web,
    ADMIN_URL: appUrl.admin,
    POS_URL: appUrl.pos,
    CORS_ORIGINS: "",
    RATE_LIMIT_WINDOW_SECONDS: "60",
    RATE_LIMIT_API_PER_IP: "1000000000",
    RATE_LIMIT_API_PER_USER: "1000000000",
    RATE_LIMIT_SIGNIN_PER_IP: "1000000000",
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(mailbox.smtpPort),
    LOG_LEVEL: "warn",
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  forgetConfig(); // this file's environment, not an earlier file's (they share the process)
  const { trpcRouteHandler } = await import("../next-handler");
  const { platform } = await import("../platform");
  // The server's own log goes into the failure reports instead of the console.
  platform().log = createLogger({ service: "api" }, "warn", captureLog);
  for (const app of apps) servers[app] = await serve(app, trpcRouteHandler(app) as RouteHandler);

  companySlug = t.tenant.company.slug;
  const visitors: Caller[] = apps.map((app) => ({ label: `signed out@${app}`, app, role: "VISITOR" }));
  callers.push(...visitors);
  for (const role of ["CUSTOMER", "STAFF", "SHOP_MANAGER", "COMPANY_ADMIN", "SUPER_ADMIN"] as const) {
    const session = await t.signInAs(role);
    callers.push({ label: `${role}@${session.app}`, app: session.app, role, cookie: await sessionCookie(session.app, session.grant, secret) });
  }
  const as = (role: Caller["role"]) => callers.find((c) => c.role === role)!;

  // Real rows for valid inputs to reach: a product, a shop nobody works in, a paid and a pending order.
  const suffix = randomBytes(3).toString("hex").toUpperCase();
  const product = await callOk<{ id: string; slug: string; sku: string }>(as("COMPANY_ADMIN"), "product.add", {
    name: `Fuzz Product ${suffix}`,
    description: "A product the fuzzer may touch.",
    price: { amount: 1999, currency: "EUR" },
    colour: "red",
    category: "fuzz",
    sku: `FZ-${suffix}`,
    stockQuantity: 1_000_000,
  });
  const shop = await callOk<{ id: string; code: string }>(as("COMPANY_ADMIN"), "shop.create", {
    name: "Fuzz Shop",
    code: `FZ-${suffix}`,
    addressLine1: "1 Fuzz Street",
    city: "Fuzzville",
    postalCode: "1000",
    country: "NL",
    openingHours: Array.from({ length: 7 }, () => ({ open: "09:00", close: "17:00" })),
  });
  const customerEmail = t.tenant.users.CUSTOMER.email;
  const order = (n: number) =>
    callOk<{ id: string }>(as("CUSTOMER"), "order.place", {
      lines: [{ productId: product.id, quantity: n }],
      customer: { name: "Fuzz Customer", email: customerEmail },
    });
  const paid = await order(2);
  const payment = await callOk<{ id: string; status: string }>(as("CUSTOMER"), "payment.process", {
    orderId: paid.id,
    cardToken: "tok_visa",
    idempotencyKey: `fuzz-pay-${suffix}`,
  });
  expect(payment.status).toBe("SUCCEEDED");
  const pending = await order(1);
  knownIds.push(product.id, shop.id, paid.id, pending.id, payment.id);
  if (budgetMs > 0) budgetEnds = Date.now() + budgetMs;
  dictionary.push(
    t.tenant.company.currency,
    companySlug,
    product.slug,
    product.sku,
    shop.code,
    t.tenant.shop.code,
    ...testCards.map((c) => c.token),
    customerEmail,
    t.tenant.users.COMPANY_ADMIN.email,
    "acme",
    "globex",
    "admin@acme.test",
    "500",
    "501",
    `fuzz-pay-${suffix}`,
  );
}, 120_000);

afterAll(async () => {
  closeClient();
  for (const server of Object.values(servers)) await server.close();
  const g = globalThis as { commercePlatform?: Platform; commerceDb?: Db };
  await g.commercePlatform?.db.$disconnect();
  delete g.commercePlatform;
  delete g.commerceDb;
  vi.unstubAllEnvs();
  forgetConfig();
  await simulator?.close();
  await mailbox?.close();
  await t?.close();
});

// ---------------------------------------------------------------------------------------------
// The tests

describe("API fuzz: every procedure of the router over HTTP", () => {
  it("finds the procedures in the router, and every caller is who it says", async () => {
    expect(procedures.length).toBeGreaterThan(10);
    expect(procedures.some((p) => p.type === "query") && procedures.some((p) => p.type === "mutation")).toBe(true);
    expect(subscriptions, "subscriptions need a streaming fuzz case of their own").toEqual([]);
    // The sessions work: each signed-in caller is known to identity.me, so refusals below are about the input.
    for (const caller of callers.filter((c) => c.cookie)) {
      const me = await callOk<{ role: string }>(caller, "identity.me", undefined);
      expect(me.role).toBe(caller.role);
    }
  });

  it(
    "answers valid inputs derived for every procedure acceptably, as every caller",
    async () => {
      // Valid inputs get past validation to the services and the database: a few of each, unmutated.
      // One procedure and one sample at a time (every caller at once): the same requests as
      // before, but never a hundred in flight, so on a busy machine each still gets its answer in time.
      const failures: Failure[] = [];
      for (const procedure of procedures) {
        for (const input of fc.sample(validInputs(procedure), { numRuns: validSamples, seed })) {
          failures.push(...(await callAll(procedure, { mutated: { input, notes: [] }, withOrigin: true })));
        }
      }
      verdict(failures);
    },
    // Every procedure as every caller, about a thousand requests: only a hang should stop it,
    // also on a 2-core machine that builds the apps at the same time.
    testTimeout * 3,
  );

  for (const procedure of procedures) {
    fcIt.prop([cases(procedure)], params)(
      `${procedure.path} (${procedure.type}) survives mutated inputs`,
      async (c) => {
        if (overBudget()) return;
        verdict(await callAll(procedure, c));
      },
      testTimeout,
    );
  }
});

describe("API fuzz: malformed HTTP", () => {
  const context = (): RawContext => ({
    procedures,
    apps,
    sampleInput,
    baseHeaders: (app, signedIn) => {
      const caller = (signedIn && callers.find((c) => c.app === app && c.cookie)) || callers.find((c) => c.app === app)!;
      return headersFor(caller, { origin: appUrl[app] });
    },
  });
  const judgeRaw = (c: RawCase) => {
    // Each request gets a fresh request id (baseHeaders was called when the case was built).
    const request = { ...c.request, headers: { ...c.request.headers, "x-request-id": `fuzz-raw-${++requestCounter}-${randomBytes(3).toString("hex")}` } };
    const target = c.request.path
      .replace(/\?.*$/s, "")
      .replace(/^\/api\/trpc\/?/, "")
      .slice(0, 80);
    return judge(c.app, request, { procedure: `HTTP ${c.request.method} ${target || "(no procedure)"}`, caller: c.app, notes: [c.label] });
  };

  it(
    "answers a fixed list of malformed requests acceptably, on every app",
    async () => {
      const list = fixedRawCases(context());
      const failures = (await inBatches(list, 8, judgeRaw)).filter((f): f is Failure => f !== null);
      verdict(failures);
    },
    Math.max(testTimeout, 150_000),
  );

  fcIt.prop([fc.constant(null).chain(() => rawArbitrary(context()))], { ...params, numRuns: runs * 5 })(
    "answers random malformed requests acceptably",
    async (c) => {
      const failure = await judgeRaw(c);
      verdict(failure ? [failure] : []);
    },
    testTimeout,
  );

  it("left every caller's session working", async () => {
    for (const caller of callers.filter((c) => c.cookie)) {
      const me = await callOk<{ role: string }>(caller, "identity.me", undefined);
      expect(me.role, caller.label).toBe(caller.role);
    }
  });
});

// Last: with FUZZ_REPORT the properties above record failures instead of failing; this writes them and fails if any.
if (reportFile)
  describe("API fuzz: collected failures", () => {
    it("found nothing unacceptable", () => {
      const list = findings.list();
      writeFileSync(reportFile!, JSON.stringify({ seed, runs, failures: list }, null, 2));
      console.info(
        `[fuzz] seed=${seed}: ${list.length} distinct failure(s), written to ${reportFile}${list.length ? `:\n\n${list.map((f) => formatFailure(f)).join("\n\n")}` : ""}`,
      );
      expect(list.map((f) => `${f.procedure} as ${f.callers.join(", ")}: ${f.problem}`)).toEqual([]);
    });
  });
