import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import superjson from "superjson";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { peerAddressHeader, type App } from "@commerce/auth";
import { forgetConfig } from "@commerce/config";
import { isDomainError } from "@commerce/core/errors";
import { createDb, type Db } from "@commerce/db";
import type { Platform } from "../service-context";
import { createTestCompany, createTestPlatform, createTestProduct, sessionCookie, testSettings, type TestPlatform } from "../testing";
import { hit } from "./rate-limit";

// Rate limits are fixed-window counters in PostgreSQL, shared by every instance of every app.
// Per user they are enforced by the procedure builder, per IP at the HTTP edge.

const minute = 60_000;
const uniqueKey = (what: string) => `test:${what}:${randomBytes(6).toString("hex")}`;

/** If the current fixed window ends within `marginMs`, waits for the next one, so a short burst stays in one window. */
async function clearOfWindowEdge(windowSeconds: number, marginMs = 3_000) {
  const left = windowSeconds * 1000 - (Date.now() % (windowSeconds * 1000));
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 20));
}

describe("hit(): counters shared across app instances", () => {
  let a: Db;
  let b: Db;
  beforeAll(() => {
    // Two clients with pools of their own: two app instances.
    a = createDb(inject("databaseUrl"), { max: 5 });
    b = createDb(inject("databaseUrl"), { max: 5 });
  });
  afterAll(async () => {
    await a.$disconnect();
    await b.$disconnect();
  });

  it("allows `limit` hits per window whichever instance counts them, then refuses until the window ends", async () => {
    const rule = { limit: 3, windowSeconds: 60 };
    const key = uniqueKey("shared");
    const windowStart = Math.floor(Date.now() / minute) * minute;
    const at = windowStart + 10_000;
    expect(await hit(a, key, rule, at)).toEqual({ allowed: true, count: 1, retryAfterSeconds: 50 });
    expect(await hit(b, key, rule, at + 1_000)).toEqual({ allowed: true, count: 2, retryAfterSeconds: 49 });
    expect(await hit(a, key, rule, at + 2_000)).toEqual({ allowed: true, count: 3, retryAfterSeconds: 48 });
    expect(await hit(b, key, rule, at + 2_500)).toEqual({ allowed: false, count: 4, retryAfterSeconds: 48 });
    expect(await hit(a, key, rule, windowStart + 59_999)).toEqual({ allowed: false, count: 5, retryAfterSeconds: 1 });
    // Other keys count on their own.
    expect(await hit(b, `${key}:other`, rule, at)).toEqual({ allowed: true, count: 1, retryAfterSeconds: 50 });
    // A new window starts from zero.
    expect(await hit(b, key, rule, windowStart + minute)).toEqual({ allowed: true, count: 1, retryAfterSeconds: 60 });
    expect(await hit(a, key, rule, windowStart + minute + 30_500)).toEqual({ allowed: true, count: 2, retryAfterSeconds: 30 });

    expect(await a.rateLimitCounter.findMany({ where: { key }, orderBy: { windowStart: "asc" } })).toEqual([
      { key, windowStart: new Date(windowStart), count: 5 },
      { key, windowStart: new Date(windowStart + minute), count: 2 },
    ]);
  });

  it("counts concurrent hits from both instances exactly", async () => {
    const rule = { limit: 25, windowSeconds: 60 };
    const key = uniqueKey("concurrent");
    const at = Math.floor(Date.now() / minute) * minute + 1_000;
    const decisions = await Promise.all(Array.from({ length: 40 }, (_, i) => hit(i % 2 ? a : b, key, rule, at)));
    expect(decisions.map((d) => d.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(25);
    expect(decisions.every((d) => d.allowed === d.count <= 25)).toBe(true);
  });

  it("a window of 1 second: the next second allows again", async () => {
    const rule = { limit: 1, windowSeconds: 1 };
    const key = uniqueKey("short");
    const second = Math.floor(Date.now() / 1000) * 1000;
    expect(await hit(a, key, rule, second + 100)).toMatchObject({ allowed: true, count: 1 });
    expect(await hit(b, key, rule, second + 900)).toEqual({ allowed: false, count: 2, retryAfterSeconds: 1 });
    expect(await hit(b, key, rule, second + 1_000)).toMatchObject({ allowed: true, count: 1 });
  });
});

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ settings: { rateLimits: { ...testSettings.rateLimits, apiPerUser: { limit: 3, windowSeconds: 60 } } } });
});
afterAll(() => t.close());

describe("per-user limit on procedures", () => {
  it("refuses the 4th call in a window with TOO_MANY_REQUESTS and retryAfterSeconds; other users are unaffected", async () => {
    await clearOfWindowEdge(60);
    const manager = await t.signInAs("SHOP_MANAGER");
    const caller = t.callerFor(manager);
    for (let i = 0; i < 3; i++) expect(await caller.identity.me()).toMatchObject({ id: t.tenant.users.SHOP_MANAGER.id });

    const windowEnd = (Math.floor(Date.now() / minute) + 1) * minute;
    const before = Date.now();
    const refused: unknown = await caller.identity.me().catch((error: unknown) => error);
    const after = Date.now();
    expect(refused).toBeInstanceOf(TRPCError);
    const error = refused as TRPCError;
    expect(error.code).toBe("TOO_MANY_REQUESTS");
    const cause = error.cause;
    if (!isDomainError(cause)) throw new Error(`expected a DomainError cause, got ${String(cause)}`);
    expect(cause.code).toBe("RATE_LIMITED");
    const seconds = cause.details.retryAfterSeconds as number;
    expect(seconds).toEqual(expect.any(Number));
    expect(seconds).toBeGreaterThanOrEqual(Math.max(1, Math.ceil((windowEnd - after) / 1000)));
    expect(seconds).toBeLessThanOrEqual(Math.ceil((windowEnd - before) / 1000));
    expect(error.message).toBe(`Too many requests from this account; try again in ${seconds} s`);

    // Per user, not per session: a fresh sign-in of the same person is refused too.
    await expect(t.callerFor(await t.signInAs("SHOP_MANAGER")).shop.list()).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    // Someone else still has their own three calls.
    const staff = t.callerFor(await t.signInAs("STAFF"));
    for (let i = 0; i < 3; i++) expect(await staff.identity.me()).toMatchObject({ id: t.tenant.users.STAFF.id });
    await expect(staff.identity.me()).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });

    const counter = await t.db.rateLimitCounter.findUniqueOrThrow({
      where: { key_windowStart: { key: `user:${t.tenant.users.SHOP_MANAGER.id}`, windowStart: new Date(windowEnd - minute) } },
    });
    expect(counter.count).toBe(5);
  });

  it("recovers when the window ends: the same user is served again", async () => {
    const quick = await createTestPlatform({
      settings: { ...testSettings, rateLimits: { ...testSettings.rateLimits, apiPerUser: { limit: 2, windowSeconds: 3 } } },
    });
    try {
      const caller = await quick.callerAs("STAFF");
      // Three calls inside one window, with room to spare on a loaded machine.
      await clearOfWindowEdge(3, 2_500);
      await caller.identity.me();
      await caller.identity.me();
      const refused = (await caller.identity.me().catch((error: unknown) => error)) as { cause?: { details?: { retryAfterSeconds?: number } } };
      expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS" });
      expect(refused.cause?.details?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.cause?.details?.retryAfterSeconds).toBeLessThanOrEqual(3);
      await new Promise((resolve) => setTimeout(resolve, 3_000 - (Date.now() % 3_000) + 20));
      expect(await caller.identity.me()).toMatchObject({ role: "STAFF" });
    } finally {
      await quick.close();
    }
  });

  it("a refused mutation is neither carried out nor audited", async () => {
    await clearOfWindowEdge(60);
    const company = await createTestCompany(t.db);
    const admin = await t.callerAs("COMPANY_ADMIN", company);
    await createTestProduct(admin);
    await admin.product.getAll({});
    await admin.company.settings();
    await expect(createTestProduct(admin)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await t.db.product.count({ where: { companyId: company.company.id } })).toBe(1);
    expect(await t.db.auditEntry.count({ where: { chain: company.company.id, procedure: "product.add" } })).toBe(1);
  });
});

describe("the HTTP edge (next-handler's trpcRouteHandler, no Next server)", () => {
  const secret = randomBytes(32).toString("hex");
  type Handler = { GET(req: Request): Promise<Response>; POST(req: Request): Promise<Response>; OPTIONS(req: Request): Promise<Response> };
  let web: Handler;
  let admin: Handler;
  let ipCounter = 0;
  const trustedProxyRange = "10.9.0.0/16";
  const nextIp = () => `198.51.${Math.floor(Math.random() * 200)}.${++ipCounter}`;

  beforeAll(async () => {
    // next-handler builds its platform from config(), which reads process.env once and exits on a bad value.
    const env: Record<string, string> = {
      NODE_ENV: "test",
      DATABASE_URL: inject("databaseUrl"),
      NATS_URL: inject("natsUrl"),
      PAYMENT_PROVIDER_URL: "http://127.0.0.1:9",
      PAYMENT_PROVIDER_API_KEY: "sk_test_edge_key_0000001",
      AUTH_SECRET: secret,
      WEB_URL: "http://web.test",
      ADMIN_URL: "http://admin.test",
      POS_URL: "http://pos.test",
      CORS_ORIGINS: "",
      RATE_LIMIT_WINDOW_SECONDS: "60",
      RATE_LIMIT_API_PER_IP: "3",
      RATE_LIMIT_API_PER_USER: "2",
      RATE_LIMIT_SIGNIN_PER_IP: "2",
      LOG_LEVEL: "error",
      // A proxy of ours sits at 10.9.0.0/16; everyone else reaches the apps directly.
      TRUSTED_PROXIES: trustedProxyRange,
      // A small pool with a short wait, so a test can saturate it.
      DATABASE_POOL_SIZE: "2",
      DATABASE_POOL_TIMEOUT_MS: "300",
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    forgetConfig(); // this file's environment, not an earlier file's (they share the process)
    const { trpcRouteHandler } = await import("../next-handler");
    web = trpcRouteHandler("web");
    admin = trpcRouteHandler("admin");
  });
  afterAll(async () => {
    const g = globalThis as { commercePlatform?: Platform; commerceDb?: Db };
    await g.commercePlatform?.db.$disconnect();
    delete g.commercePlatform;
    delete g.commerceDb;
    vi.unstubAllEnvs();
    forgetConfig();
  });

  // `ip` is the connection's peer, as the apps' server (tooling/next/serve.js) writes it.
  type Init = { method?: string; ip: string; forwardedFor?: string; origin?: string; cookie?: string; body?: unknown };
  const request = (app: App, path: string, init: Init) =>
    new Request(`http://${app}.test/api/trpc/${path}`, {
      method: init.method ?? "GET",
      headers: {
        [peerAddressHeader]: init.ip,
        "user-agent": "vitest",
        ...(init.forwardedFor ? { "x-forwarded-for": init.forwardedFor } : {}),
        ...(init.origin ? { origin: init.origin } : {}),
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(superjson.serialize(init.body)) } : {}),
    });
  type TrpcError = { message: string; data: { code: string; httpStatus: number; domainCode: string | null; details: Record<string, unknown> | null } };
  const trpcError = async (response: Response) =>
    superjson.deserialize<TrpcError>(((await response.json()) as { error: Parameters<typeof superjson.deserialize>[0] }).error);
  const trpcData = async (response: Response) =>
    superjson.deserialize<unknown>(((await response.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } }).result.data);

  it("limits requests per IP: the 4th gets 429 with Retry-After, another address is unaffected", async () => {
    await clearOfWindowEdge(60);
    const ip = nextIp();
    for (let i = 0; i < 3; i++) {
      const ok = await web.GET(request("web", "payment.testCards", { ip }));
      expect(ok.status).toBe(200);
      expect(await trpcData(ok)).toEqual(expect.arrayContaining([expect.objectContaining({ token: "tok_visa" })]));
    }
    const windowEnd = (Math.floor(Date.now() / minute) + 1) * minute;
    const before = Date.now();
    const limited = await web.GET(request("web", "payment.testCards", { ip, origin: "http://web.test" }));
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil((windowEnd - before) / 1000));
    expect(limited.headers.get("access-control-allow-origin")).toBe("http://web.test");
    expect(await limited.json()).toEqual({
      error: { code: "TOO_MANY_REQUESTS", message: `Too many requests from this address; try again in ${retryAfter} s` },
    });
    expect((await web.GET(request("web", "payment.testCards", { ip: nextIp() }))).status).toBe(200);
  });

  it("limits sign-in attempts per IP, answering 429 in the shape next-auth's signIn() reads as an error", async () => {
    await clearOfWindowEdge(60);
    const { nextAuthRouteHandler } = await import("../next-auth-handler");
    const auth = nextAuthRouteHandler("admin");
    const ip = nextIp();
    // Two attempts already counted from this address (the limit); the third never reaches next-auth.
    const p = (globalThis as { commercePlatform?: Platform }).commercePlatform!;
    for (let i = 0; i < 2; i++) expect((await hit(p.db, `signin:${ip}`, { limit: 2, windowSeconds: 60 })).allowed).toBe(true);
    const attempt = new Request("http://admin.test/api/auth/callback/password", {
      method: "POST",
      headers: { [peerAddressHeader]: ip, "x-forwarded-for": "6.6.6.6", "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1" },
      body: "email=admin%40acme.test&password=guess",
    });
    const limited = await auth.POST(attempt, { params: Promise.resolve({ nextauth: ["callback", "password"] }) });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    const body = (await limited.json()) as { url: string; error: { code: string; message: string } };
    const message = `Too many sign-in attempts from this address; try again in ${retryAfter} s`;
    expect(body.error).toEqual({ code: "TOO_MANY_REQUESTS", message });
    // next-auth's client takes the error from the url's `error` parameter.
    expect(new URL(body.url).searchParams.get("error")).toBe(message);
  });

  it("a client cannot reset its per-IP limit by writing X-Forwarded-For; a trusted proxy's entry is believed", async () => {
    await clearOfWindowEdge(60);
    const ip = nextIp();
    // No proxy in front: whatever X-Forwarded-For says, the peer is counted.
    for (let i = 0; i < 3; i++) expect((await web.GET(request("web", "payment.testCards", { ip, forwardedFor: `203.0.113.${i}` }))).status).toBe(200);
    const spoofed = await web.GET(request("web", "payment.testCards", { ip, forwardedFor: "203.0.113.99, 192.0.2.1" }));
    expect(spoofed.status).toBe(429);

    // Behind our proxy: the address the proxy appended is the client; what the client wrote to its left is not.
    const proxy = "10.9.0.7";
    const client = nextIp();
    for (let i = 0; i < 3; i++)
      expect((await web.GET(request("web", "payment.testCards", { ip: proxy, forwardedFor: `6.6.6.${i}, ${client}` }))).status).toBe(200);
    expect((await web.GET(request("web", "payment.testCards", { ip: proxy, forwardedFor: `7.7.7.7, ${client}` }))).status).toBe(429);
    // Another client through the same proxy has its own allowance.
    expect((await web.GET(request("web", "payment.testCards", { ip: proxy, forwardedFor: nextIp() }))).status).toBe(200);

    // An IPv6 client picking a new address from its /64 for every request is still one client.
    const prefix = `2001:db8:${(ipCounter++).toString(16)}:7`;
    for (let i = 1; i <= 3; i++) expect((await web.GET(request("web", "payment.testCards", { ip: `${prefix}::${i}` }))).status).toBe(200);
    expect((await web.GET(request("web", "payment.testCards", { ip: `${prefix}:abcd:0:0:99` }))).status).toBe(429);
    expect((await web.GET(request("web", "payment.testCards", { ip: `2001:db8:${(ipCounter++).toString(16)}:8::1` }))).status).toBe(200);
  });

  it("a client cannot reset its sign-in limit by writing X-Forwarded-For", async () => {
    await clearOfWindowEdge(60);
    const { nextAuthRouteHandler } = await import("../next-auth-handler");
    const auth = nextAuthRouteHandler("admin");
    const ip = nextIp();
    const attempt = (forwardedFor: string) =>
      auth.POST(
        new Request("http://admin.test/api/auth/callback/password", {
          method: "POST",
          headers: {
            [peerAddressHeader]: ip,
            "x-forwarded-for": forwardedFor,
            "content-type": "application/x-www-form-urlencoded",
            "x-auth-return-redirect": "1",
          },
          body: "email=nobody%40acme.test&password=guess-it-1",
        }),
        { params: Promise.resolve({ nextauth: ["callback", "password"] }) },
      );
    // Two attempts already counted from this peer (the limit): a new X-Forwarded-For value each time changes nothing.
    const p = (globalThis as { commercePlatform?: Platform }).commercePlatform!;
    for (let i = 0; i < 2; i++) expect((await hit(p.db, `signin:${ip}`, { limit: 2, windowSeconds: 60 })).allowed).toBe(true);
    for (const forged of ["198.18.0.1", "198.18.0.2, 198.18.0.3", ip]) expect((await attempt(forged)).status).toBe(429);
  });

  it("answers 503 with Retry-After, never 500, when the database pool is saturated: API and sign-in alike", async () => {
    const p = (globalThis as { commercePlatform?: Platform }).commercePlatform!;
    const { nextAuthRouteHandler } = await import("../next-auth-handler");
    const auth = nextAuthRouteHandler("web");
    // Both connections are busy for a while.
    const holders = [0, 1].map(() => p.db.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(1.5)::text`, { maxWait: 5_000, timeout: 5_000 }));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const api = await web.GET(request("web", "payment.testCards", { ip: nextIp() }));
    const signIn = await auth.POST(
      new Request("http://web.test/api/auth/callback/password", {
        method: "POST",
        headers: { [peerAddressHeader]: nextIp(), "content-type": "application/x-www-form-urlencoded" },
        body: "email=ada%40example.com&password=whatever-1",
      }),
      { params: Promise.resolve({ nextauth: ["callback", "password"] }) },
    );
    await Promise.all(holders);
    for (const answer of [api, signIn]) {
      expect(answer.status).toBe(503);
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      const body = await answer.text();
      expect(body).toContain("We are busy right now");
      expect(body).not.toMatch(/timeout exceeded|prisma|pg-pool/i);
    }
    expect((await web.GET(request("web", "payment.testCards", { ip: nextIp() }))).status).toBe(200);
  });

  it("limits requests per user: 429 with Retry-After and the tRPC error's details", async () => {
    await clearOfWindowEdge(60);
    const company = await createTestCompany(t.db);
    const { grant } = await t.signInAs("COMPANY_ADMIN", company);
    const cookie = await sessionCookie("admin", grant, secret);
    const ip = nextIp();
    for (let i = 0; i < 2; i++) {
      const ok = await admin.GET(request("admin", "identity.me", { ip, cookie }));
      expect(ok.status).toBe(200);
      expect(await trpcData(ok)).toMatchObject({ id: grant.userId, email: grant.email });
    }
    const limited = await admin.GET(request("admin", "identity.me", { ip, cookie }));
    expect(limited.status).toBe(429);
    const error = await trpcError(limited);
    const seconds = error.data.details?.retryAfterSeconds as number;
    expect(error).toMatchObject({
      message: `Too many requests from this account; try again in ${seconds} s`,
      data: { code: "TOO_MANY_REQUESTS", httpStatus: 429, domainCode: "RATE_LIMITED", details: { retryAfterSeconds: expect.any(Number) } },
    });
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(limited.headers.get("retry-after")).toBe(String(seconds));
  });

  it("refuses a revoked session's cookie at once, and a forged one", async () => {
    const company = await createTestCompany(t.db);
    const session = await t.signInAs("COMPANY_ADMIN", company);
    const cookie = await sessionCookie("admin", session.grant, secret);
    expect((await admin.GET(request("admin", "identity.me", { ip: nextIp(), cookie }))).status).toBe(200);
    await t.signOut(session.grant.sessionId);
    const ended = await admin.GET(request("admin", "identity.me", { ip: nextIp(), cookie }));
    expect(ended.status).toBe(401);
    expect((await trpcError(ended)).data).toMatchObject({ code: "UNAUTHORIZED" });

    const live = await t.signInAs("COMPANY_ADMIN", company);
    const forged = `admin.session-token=${await encode({ secret: randomBytes(32).toString("hex"), token: { sid: live.grant.sessionId, uid: live.grant.userId } })}`;
    expect((await admin.GET(request("admin", "identity.me", { ip: nextIp(), cookie: forged }))).status).toBe(401);
    // A web cookie means nothing to the admin app.
    const wrongApp = (await sessionCookie("admin", live.grant, secret)).replace(/^admin\./, "web.");
    expect((await admin.GET(request("admin", "identity.me", { ip: nextIp(), cookie: wrongApp }))).status).toBe(401);
  });

  it("refuses cross-site POSTs and answers preflights for the apps' own origins only", async () => {
    const input = { token: "x".repeat(43), password: "Whatever-pass-1" };
    const evil = await web.POST(request("web", "identity.resetPassword", { method: "POST", ip: nextIp(), origin: "http://evil.example", body: input }));
    expect(evil.status).toBe(403);
    expect(await evil.json()).toEqual({ error: { code: "FORBIDDEN", message: "Requests from http://evil.example are not allowed" } });

    const own = await web.POST(request("web", "identity.resetPassword", { method: "POST", ip: nextIp(), origin: "http://admin.test", body: input }));
    expect(own.status).toBe(400); // reached the procedure: the token is not a real one
    expect(own.headers.get("access-control-allow-origin")).toBe("http://admin.test");
    expect(own.headers.get("access-control-allow-credentials")).toBe("true");
    expect((await trpcError(own)).message).toBe("This link has expired or was already used; ask for a new one");

    const preflight = await web.OPTIONS(request("web", "identity.resetPassword", { method: "OPTIONS", ip: nextIp(), origin: "http://pos.test" }));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://pos.test");
    const evilPreflight = await web.OPTIONS(request("web", "identity.resetPassword", { method: "OPTIONS", ip: nextIp(), origin: "http://evil.example" }));
    expect(evilPreflight.status).toBe(403);
    expect(evilPreflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});
