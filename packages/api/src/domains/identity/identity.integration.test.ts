import { randomBytes, randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callers, can, permissions, type App, type Caller as Who, type Permission, type RequestMeta, type SessionGrant } from "@commerce/auth";
import { firstLink } from "@commerce/mail/client";
import { createRequestContext } from "../../context";
import { appRouter } from "../../root";
import {
  createTestCompany,
  createTestPlatform,
  createTestProduct,
  shopper,
  testPassword,
  testPin,
  type Caller,
  type TestCompany,
  type TestPlatform,
} from "../../testing";
import { unscopedFor } from "../../unscoped";

// Identity end to end against the real database and a real mailbox: who may call what (the
// permission matrix against real calls), lockout, session revocation, password reset by mail,
// registration, invitations and plan limits.

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

type Session = { grant: SessionGrant; app: App };
const meta = (app: App): RequestMeta => ({ app, ip: "127.0.0.1", userAgent: "vitest" });
const hours = Array.from({ length: 7 }, () => ({ open: "09:00", close: "17:00" }));
const unique = () => randomBytes(4).toString("hex");
const shopInput = (code = `S-${unique()}`.toUpperCase()) => ({
  name: `Shop ${code}`,
  code,
  addressLine1: "2 Test Street",
  city: "Testville",
  postalCode: "1000",
  country: "NL",
  openingHours: hours,
});

/** The outcome of a call: its data, or the tRPC error code and message. */
async function attempt(run: () => Promise<unknown>): Promise<{ ok: true; data: unknown } | { ok: false; code: string; message: string }> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

/** A call over tRPC's fetch adapter, so the answer is what a browser gets: the formatted error with fieldErrors and domainCode. */
async function overHttp(path: string, input: unknown, options: { session?: Session; companySlug?: string } = {}) {
  const s = options.session;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://api.test/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize(input)),
    }),
    router: appRouter,
    createContext: () =>
      createRequestContext(t.platform, {
        app: s?.app ?? "web",
        ip: "127.0.0.1",
        userAgent: "vitest",
        companySlug: options.companySlug ?? null,
        claims: s
          ? {
              sid: s.grant.sessionId,
              uid: s.grant.userId,
              role: s.grant.role,
              companyId: s.grant.companyId,
              shopId: s.grant.shopId,
              name: s.grant.name,
              email: s.grant.email,
              accessExpiresAt: Date.now() + 300_000,
            }
          : null,
      }),
  });
  const body = (await response.json()) as {
    error?: Parameters<typeof superjson.deserialize>[0];
    result?: { data: Parameters<typeof superjson.deserialize>[0] };
  };
  type ErrorShape = {
    message: string;
    code: number;
    data: {
      code: string;
      httpStatus: number;
      fieldErrors: Record<string, string[]> | null;
      domainCode: string | null;
      details: Record<string, unknown> | null;
    };
  };
  return {
    status: response.status,
    error: body.error ? superjson.deserialize<ErrorShape>(body.error) : null,
    data: body.result ? superjson.deserialize<unknown>(body.result.data) : null,
  };
}

describe("the permission matrix agrees with real calls", () => {
  interface Probe {
    /** The procedure called; its declared permission must be the one probed. */
    path: string;
    run(c: Caller): Promise<unknown>;
    /** For mutations: whether the call's effect is in the database. */
    applied?(): Promise<boolean>;
  }
  type Clients = Record<Who, Caller>;
  let clients: Clients;
  let productId: string;

  // The account placing (and paying) an order for `who`: their own where the role may, so the
  // scoped database shows it to them; the company admin's otherwise.
  const owner = (who: Who) => (can(who, "order.place") ? clients[who] : clients.COMPANY_ADMIN);
  const placeOrder = (who: Who) => owner(who).order.place({ lines: [{ productId, quantity: 1 }], customer: shopper });
  async function paidOrder(who: Who) {
    const order = await placeOrder(who);
    const payment = await owner(who).payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: randomUUID() });
    expect(payment.status).toBe("SUCCEEDED");
    return { order, payment };
  }

  /** One representative procedure per permission, set up so an allowed caller succeeds. */
  const probes: Record<Permission, (who: Who) => Promise<Probe>> = {
    "product.browse": async () => ({ path: "product.getAll", run: (c) => c.product.getAll({}) }),
    "product.manage": async () => {
      const sku = `M-${unique()}`.toUpperCase();
      return {
        path: "product.add",
        run: (c) =>
          c.product.add({
            name: "Matrix product",
            description: "Made by the permission matrix.",
            price: { amount: 100, currency: "EUR" },
            colour: "blue",
            category: "matrix",
            sku,
            stockQuantity: 1,
          }),
        applied: async () => (await t.db.productVariant.count({ where: { companyId: t.tenant.company.id, sku } })) === 1,
      };
    },
    "review.write": async () => ({ path: "review.mine", run: (c) => c.review.mine({ productId }) }),
    "cart.use": async () => ({ path: "cart.get", run: (c) => c.cart.get() }),
    "wishlist.use": async () => ({ path: "wishlist.list", run: (c) => c.wishlist.list() }),
    // A made-up order is not found (404) only once the permission let the caller in.
    "order.track": async () => ({
      path: "order.track",
      run: (c) =>
        c.order
          .track({ id: randomUUID(), key: "k".repeat(32) })
          .catch((error: { code?: string }) => (error.code === "NOT_FOUND" ? "not found" : Promise.reject(error))),
    }),
    "order.claim": async () => ({
      path: "order.claim",
      run: (c) =>
        c.order
          .claim({ id: randomUUID(), key: "k".repeat(32) })
          .catch((error: { code?: string }) => (error.code === "NOT_FOUND" ? "not found" : Promise.reject(error))),
    }),
    // An empty basket is refused as such (400) only once the permission let the caller in.
    "cart.checkout": async () => ({
      path: "cart.checkout",
      run: (c) =>
        c.cart
          .checkout({ customer: { name: "Probe" }, cardToken: "tok_visa", expectedTotal: 0, idempotencyKey: randomUUID() })
          .catch((error: { code?: string }) => {
            if (error.code === "BAD_REQUEST") return "refused as empty";
            throw error;
          }),
    }),
    "review.moderate": async () => ({ path: "review.list", run: (c) => c.review.list({}) }),
    "order.place": async () => {
      const orders = () => t.db.order.count({ where: { companyId: t.tenant.company.id } });
      const before = await orders();
      return {
        path: "order.place",
        run: (c) => c.order.place({ lines: [{ productId, quantity: 1 }], customer: { name: "Matrix", email: "matrix@example.test" } }),
        applied: async () => (await orders()) === before + 1,
      };
    },
    "order.read": async () => ({ path: "order.list", run: (c) => c.order.list({}) }),
    "order.manage": async (who) => {
      const order = await placeOrder(who);
      return {
        path: "order.updateStatus",
        run: (c) => c.order.updateStatus({ id: order.id, status: "CANCELLED", reason: "matrix" }),
        applied: async () => (await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).status === "CANCELLED",
      };
    },
    "payment.take": async (who) => {
      const order = await placeOrder(who);
      return {
        path: "payment.process",
        run: (c) => c.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: randomUUID() }),
        applied: async () => (await t.db.payment.count({ where: { orderId: order.id, status: "SUCCEEDED" } })) === 1,
      };
    },
    "payment.refund": async (who) => {
      const { payment } = await paidOrder(who);
      return {
        path: "payment.refund",
        run: (c) => c.payment.refund({ paymentId: payment.id, amount: 100, idempotencyKey: randomUUID() }),
        applied: async () => (await t.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedAmount === 100n,
      };
    },
    "events.read": async () => ({ path: "eventLog.list", run: (c) => c.eventLog.list({}) }),
    "audit.read": async () => ({ path: "audit.list", run: (c) => c.audit.list({}) }),
    "company.settings": async () => ({ path: "company.settings", run: (c) => c.company.settings() }),
    "shop.read": async () => ({ path: "shop.list", run: (c) => c.shop.list() }),
    "shop.manage": async () => {
      const input = shopInput();
      return { path: "shop.create", run: (c) => c.shop.create(input), applied: async () => (await t.db.shop.count({ where: { code: input.code } })) === 1 };
    },
    "staff.manage": async () => ({ path: "staff.list", run: (c) => c.staff.list() }),
    "session.revoke": async () => ({ path: "staff.sessions", run: (c) => c.staff.sessions({ userId: t.tenant.users.STAFF.id }) }),
    "platform.manage": async () => ({ path: "company.list", run: (c) => c.company.list() }),
    "account.self": async () => ({ path: "identity.me", run: (c) => c.identity.me() }),
    public: async () => ({ path: "payment.testCards", run: (c) => c.payment.testCards() }),
  };

  beforeAll(async () => {
    clients = {
      VISITOR: t.visitor(),
      SUPER_ADMIN: await t.callerAs("SUPER_ADMIN"),
      COMPANY_ADMIN: await t.callerAs("COMPANY_ADMIN"),
      SHOP_MANAGER: await t.callerAs("SHOP_MANAGER"),
      STAFF: await t.callerAs("STAFF"),
      CUSTOMER: await t.callerAs("CUSTOMER"),
    };
    productId = (await createTestProduct(clients.COMPANY_ADMIN, { stockQuantity: 1000 })).id;
  });

  it("probes every permission with a procedure that declares it", () => {
    expect(Object.keys(probes).sort()).toEqual(Object.keys(permissions).sort());
  });

  it("for every caller and permission, a real call is refused exactly when can() says no", async () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: string } } }>;
    const mismatches: string[] = [];
    let allowedCount = 0;
    let refusedCount = 0;
    for (const permission of Object.keys(permissions) as Permission[]) {
      for (const who of callers) {
        const probe = await probes[permission](who);
        expect(procedures[probe.path]?._def.meta?.permission, probe.path).toBe(permission);
        const outcome = await attempt(() => probe.run(clients[who]));
        const label = `${who} ${permission} (${probe.path})`;
        if (can(who, permission)) {
          allowedCount++;
          if (!outcome.ok) mismatches.push(`${label}: allowed by can() but refused with ${outcome.code} "${outcome.message}"`);
          else if (probe.applied && !(await probe.applied())) mismatches.push(`${label}: succeeded but changed nothing`);
        } else {
          refusedCount++;
          const expected =
            who === "VISITOR" ? { code: "UNAUTHORIZED", message: "Sign in to continue" } : { code: "FORBIDDEN", message: "Your role does not allow this" };
          if (outcome.ok) mismatches.push(`${label}: refused by can() but the call succeeded`);
          else if (outcome.code !== expected.code || outcome.message !== expected.message)
            mismatches.push(`${label}: expected ${expected.code} "${expected.message}", got ${outcome.code} "${outcome.message}"`);
          if (probe.applied && (await probe.applied())) mismatches.push(`${label}: refused, yet its effect is in the database`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // 17 permissions x 6 callers; the split follows the matrix.
    expect(allowedCount + refusedCount).toBe(Object.keys(permissions).length * callers.length);
    expect(allowedCount).toBe(Object.values(permissions).reduce((n, p) => n + p.callers.length, 0));
  }, 120_000);
});

describe("lockout after repeated wrong secrets", () => {
  let c: TestCompany;
  beforeAll(async () => {
    c = await createTestCompany(t.db);
  });

  it("counts down, locks on the 5th wrong password, refuses even the right one, and unlocks when the time is up", async () => {
    const user = c.users.COMPANY_ADMIN;
    const tryPassword = (password: string) => t.signIn("password", { email: user.email, password }, meta("admin"));
    const wrong = "Wrong-pass-999";

    await expect(tryPassword(wrong)).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Wrong email or password" });
    await expect(tryPassword(wrong)).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Wrong email or password" });
    await expect(tryPassword(wrong)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Wrong email or password. 2 more attempts before the account is locked.",
    });
    await expect(tryPassword(wrong)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Wrong email or password. 1 more attempt before the account is locked.",
    });
    const lockedAt = Date.now();
    await expect(tryPassword(wrong)).rejects.toMatchObject({ code: "LOCKED", message: "Too many failed attempts: this account is locked for 15 min." });

    const locked = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThanOrEqual(lockedAt + 15 * 60_000 - 1_000);
    expect(locked.lockedUntil!.getTime()).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
    await expect(tryPassword(testPassword)).rejects.toMatchObject({
      code: "LOCKED",
      message: "This account is locked after 5 failed attempts. Try again in 15 min, or reset your password.",
      details: { lockedUntil: locked.lockedUntil!.toISOString() },
    });
    expect(await t.db.auditEntry.count({ where: { procedure: "identity.locked", targetId: user.id } })).toBe(1);
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);

    // The lock runs out.
    await t.db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1_000) } });
    await expect(tryPassword(wrong)).rejects.toMatchObject({ message: "Wrong email or password" });
    await expect(tryPassword(wrong)).rejects.toMatchObject({ message: "Wrong email or password" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).failedAttempts).toBe(2);
    const grant = await tryPassword(testPassword);
    expect(grant).toMatchObject({ userId: user.id, role: "COMPANY_ADMIN", companyId: c.company.id });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    // The count starts from zero again: three misses are still no warning.
    for (let i = 0; i < 2; i++) await expect(tryPassword(wrong)).rejects.toMatchObject({ message: "Wrong email or password" });
    await expect(tryPassword(wrong)).rejects.toMatchObject({ message: "Wrong email or password. 2 more attempts before the account is locked." });
    await tryPassword(testPassword);
  });

  it("does the same for a PIN at the till", async () => {
    const user = c.users.STAFF;
    const tryPin = (pin: string) => t.signIn("pin", { shop: c.shop.code, staff: user.staffCode!, pin }, meta("pos"));
    const wrong = "0000";

    for (let i = 0; i < 2; i++) await expect(tryPin(wrong)).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Wrong shop code, staff number or PIN" });
    await expect(tryPin(wrong)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Wrong shop code, staff number or PIN. 2 more attempts before the account is locked.",
    });
    await expect(tryPin(wrong)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Wrong shop code, staff number or PIN. 1 more attempt before the account is locked.",
    });
    await expect(tryPin(wrong)).rejects.toMatchObject({ code: "LOCKED", message: "Too many failed attempts: this account is locked for 15 min." });
    await expect(tryPin(testPin)).rejects.toMatchObject({
      code: "LOCKED",
      message: "This account is locked after 5 failed attempts. Try again in 15 min, or reset your password.",
    });
    // The shop manager of the same shop is a different account: not locked.
    await expect(t.signIn("pin", { shop: c.shop.code, staff: c.users.SHOP_MANAGER.staffCode!, pin: testPin }, meta("pos"))).resolves.toMatchObject({
      userId: c.users.SHOP_MANAGER.id,
    });

    await t.db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1_000) } });
    await expect(tryPin(wrong)).rejects.toMatchObject({ message: "Wrong shop code, staff number or PIN" });
    const grant = await tryPin(testPin);
    expect(grant).toMatchObject({ userId: user.id, role: "STAFF", shopId: c.shop.id });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    // And the new session works.
    expect(await t.callerFor({ grant, app: "pos" }).identity.me()).toMatchObject({ id: user.id, role: "STAFF" });
  });
});

describe("sessions end at once", () => {
  let c: TestCompany;
  let admin: Caller;
  beforeAll(async () => {
    c = await createTestCompany(t.db);
    admin = await t.callerAs("COMPANY_ADMIN", c);
  });
  const me = (s: Session) => attempt(() => t.callerFor(s).identity.me());
  const unauthorized = { ok: false, code: "UNAUTHORIZED", message: "Sign in to continue" };

  it("identity.endSession ends that session (and only that one) on its very next call", async () => {
    const first = await t.signInAs("SHOP_MANAGER", c);
    const second = await t.signInAs("SHOP_MANAGER", c);
    const caller = t.callerFor(first);
    expect(await me(second)).toMatchObject({ ok: true, data: { id: c.users.SHOP_MANAGER.id } });
    const open = await caller.identity.sessions();
    expect(
      open
        .filter((s) => [first.grant.sessionId, second.grant.sessionId].includes(s.id))
        .map((s) => [s.id, s.current])
        .sort(),
    ).toEqual(
      [
        [first.grant.sessionId, true],
        [second.grant.sessionId, false],
      ].sort(),
    );
    expect(await unscopedFor(t.db).refreshSession(second.grant.sessionId, second.grant.refreshToken)).toBe(true);

    expect(await caller.identity.endSession({ id: second.grant.sessionId })).toEqual({ ended: 1 });
    expect(await me(second)).toEqual(unauthorized);
    expect(await unscopedFor(t.db).refreshSession(second.grant.sessionId, second.grant.refreshToken)).toBe(false);
    expect(await me(first)).toMatchObject({ ok: true });
    // Ending it twice, or someone else's session, finds nothing.
    await expect(caller.identity.endSession({ id: second.grant.sessionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const staff = await t.signInAs("STAFF", c);
    await expect(caller.identity.endSession({ id: staff.grant.sessionId })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "No open session with that id",
    });
    expect(await me(staff)).toMatchObject({ ok: true });
    // A session can end itself.
    await caller.identity.endSession({ id: first.grant.sessionId });
    expect(await me(first)).toEqual(unauthorized);
  });

  it("staff.revokeSessions by an admin ends every session of that person at once", async () => {
    const till = await t.signInAs("STAFF", c);
    const till2 = await t.signInAs("STAFF", c);
    expect(await me(till)).toMatchObject({ ok: true });
    const before = (await admin.staff.sessions({ userId: c.users.STAFF.id })).length;
    expect(before).toBeGreaterThanOrEqual(2);
    expect(await admin.staff.revokeSessions({ userId: c.users.STAFF.id })).toEqual({ ended: before });
    expect(await me(till)).toEqual(unauthorized);
    expect(await me(till2)).toEqual(unauthorized);
    expect(await unscopedFor(t.db).refreshSession(till.grant.sessionId, till.grant.refreshToken)).toBe(false);
    expect(await admin.staff.sessions({ userId: c.users.STAFF.id })).toEqual([]);
    const row = await t.db.session.findUniqueOrThrow({ where: { id: till.grant.sessionId } });
    expect(row.revokedReason).toBe(`revoked by ${c.users.COMPANY_ADMIN.name}`);
    // Signing in again gives a working session.
    expect(await me(await t.signInAs("STAFF", c))).toMatchObject({ ok: true });
  });

  it("signOut ends the session; refresh is refused after it and for a wrong token", async () => {
    const customer = await t.signInAs("CUSTOMER", c);
    const other = await t.signInAs("CUSTOMER", c);
    expect(await unscopedFor(t.db).refreshSession(customer.grant.sessionId, "not-the-refresh-token")).toBe(false);
    expect(await unscopedFor(t.db).refreshSession(customer.grant.sessionId, other.grant.refreshToken)).toBe(false);
    expect(await unscopedFor(t.db).refreshSession(randomUUID(), customer.grant.refreshToken)).toBe(false);
    expect(await unscopedFor(t.db).refreshSession(customer.grant.sessionId, customer.grant.refreshToken)).toBe(true);
    expect(await me(customer)).toMatchObject({ ok: true });

    await t.signOut(customer.grant.sessionId);
    expect(await me(customer)).toEqual(unauthorized);
    expect(await unscopedFor(t.db).refreshSession(customer.grant.sessionId, customer.grant.refreshToken)).toBe(false);
    expect(await me(other)).toMatchObject({ ok: true });
  });

  it("a deactivated team member is signed out at once and cannot sign in again", async () => {
    const manager = await t.signInAs("SHOP_MANAGER", c);
    expect(await me(manager)).toMatchObject({ ok: true });
    expect(await admin.staff.update({ id: c.users.SHOP_MANAGER.id, active: false })).toMatchObject({ active: false });
    expect(await me(manager)).toEqual(unauthorized);
    expect(await unscopedFor(t.db).refreshSession(manager.grant.sessionId, manager.grant.refreshToken)).toBe(false);
    await expect(t.signInAs("SHOP_MANAGER", c)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "This account has been deactivated; ask your administrator",
    });
    await admin.staff.update({ id: c.users.SHOP_MANAGER.id, active: true });
    expect(await me(await t.signInAs("SHOP_MANAGER", c))).toMatchObject({ ok: true });
  });

  it("deactivating a shop signs its tills out at once; its PINs open nothing until it reopens", async () => {
    const shopCo = await createTestCompany(t.db);
    const shopAdmin = await t.callerAs("COMPANY_ADMIN", shopCo);
    const till = await t.signInAs("STAFF", shopCo);
    expect(till.app).toBe("pos");
    expect(await me(till)).toMatchObject({ ok: true });
    await shopAdmin.shop.update({ id: shopCo.shop.id, active: false });
    expect(await me(till)).toEqual(unauthorized);
    await expect(t.signInAs("STAFF", shopCo)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await shopAdmin.shop.update({ id: shopCo.shop.id, active: true });
    expect(await me(await t.signInAs("STAFF", shopCo))).toMatchObject({ ok: true });
  });

  it("a session is checked against the user row on every call, not only against revocation", async () => {
    const customer = await t.signInAs("CUSTOMER", c);
    await t.db.user.update({ where: { id: c.users.CUSTOMER.id }, data: { active: false } });
    try {
      expect(await me(customer)).toEqual(unauthorized);
      expect(await unscopedFor(t.db).refreshSession(customer.grant.sessionId, customer.grant.refreshToken)).toBe(false);
    } finally {
      await t.db.user.update({ where: { id: c.users.CUSTOMER.id }, data: { active: true } });
    }
    expect(await me(customer)).toMatchObject({ ok: true });
  });
});

describe("password reset by mail", () => {
  let c: TestCompany;
  beforeAll(async () => {
    c = await createTestCompany(t.db);
  });
  const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

  it("mails a one-time link that sets a new password, ends open sessions, and works once", async () => {
    const customer = c.users.CUSTOMER;
    const session = await t.signInAs("CUSTOMER", c);
    const storefront = t.visitor(c.company.slug);
    const asked = new Date();
    expect(await storefront.identity.requestPasswordReset({ email: customer.email.toUpperCase() })).toEqual({ sent: true });

    const mail = await t.mailbox.waitForMessage({ to: customer.email, subjectIncludes: "Reset your password", after: asked });
    const link = firstLink(mail);
    expect(link).toMatch(new RegExp(`^http://web\\.test/${c.company.slug}/reset-password\\?token=[A-Za-z0-9_-]{43}$`));
    expect(mail.text).toContain(`Hello ${customer.name},`);
    const token = tokenOf(link);
    // Only the hash is stored.
    expect(await t.db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);

    // Another company's storefront does not take this customer's link, and does not use it up.
    const elsewhere = await createTestCompany(t.db);
    await expect(t.visitor(elsewhere.company.slug).identity.resetPassword({ token, password: "Elsewhere-pass-1" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This link has expired or was already used; ask for a new one",
    });

    const newPassword = "Brand-new-pass-42";
    expect(await storefront.identity.resetPassword({ token, password: newPassword })).toEqual({ role: "CUSTOMER" });
    // One audit entry, written in the reset's own transaction.
    expect(await t.db.auditEntry.count({ where: { procedure: "identity.resetPassword", targetId: customer.id } })).toBe(1);
    await expect(storefront.identity.resetPassword({ token, password: "Another-pass-43" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This link has expired or was already used; ask for a new one",
    });

    const web = (password: string) => t.signIn("password", { email: customer.email, password, company: c.company.slug }, meta("web"));
    await expect(web(testPassword)).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Wrong email or password" });
    await expect(web("Another-pass-43")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await web(newPassword)).toMatchObject({ userId: customer.id, role: "CUSTOMER" });
    await expect(t.callerFor(session).identity.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await t.db.session.findUniqueOrThrow({ where: { id: session.grant.sessionId } })).revokedReason).toBe("password reset");
  });

  it("answers the same for an unknown email (or a non-customer) and mails nothing", async () => {
    const storefront = t.visitor(c.company.slug);
    const unknown = `nobody-${unique()}@example.test`;
    const known = await storefront.identity.requestPasswordReset({ email: c.users.CUSTOMER.email });
    expect(await storefront.identity.requestPasswordReset({ email: unknown })).toEqual(known);
    // Staff reset their password in the admin app, not on the storefront.
    expect(await storefront.identity.requestPasswordReset({ email: c.users.COMPANY_ADMIN.email })).toEqual(known);
    // Mail is sent before the call answers; a later mail arriving proves the earlier ones would have too.
    const marker = new Date();
    await storefront.identity.requestPasswordReset({ email: c.users.CUSTOMER.email });
    await t.mailbox.waitForMessage({ to: c.users.CUSTOMER.email, subjectIncludes: "Reset your password", after: marker });
    expect(await t.mailbox.list(unknown)).toEqual([]);
    expect(await t.mailbox.list(c.users.COMPANY_ADMIN.email)).toEqual([]);
    // The same customer email on another storefront is another account: nothing for this one.
    const other = await createTestCompany(t.db);
    expect(await t.visitor(other.company.slug).identity.requestPasswordReset({ email: c.users.CUSTOMER.email })).toEqual(known);
    expect(await t.db.passwordResetToken.count({ where: { user: { companyId: other.company.id } } })).toBe(0);
  });

  it("mails one account at most 3 reset links an hour, answering the same after that", async () => {
    const own = await createTestCompany(t.db);
    const storefront = t.visitor(own.company.slug);
    const email = own.users.CUSTOMER.email;
    const started = new Date();
    for (let i = 0; i < 5; i++) expect(await storefront.identity.requestPasswordReset({ email })).toEqual({ sent: true });
    await t.mailbox.waitForMessage({ to: email, subjectIncludes: "Reset your password", after: started });
    expect(await t.db.passwordResetToken.count({ where: { userId: own.users.CUSTOMER.id } })).toBe(3);
    expect((await t.mailbox.list(email)).filter((m) => new Date(m.receivedAt) >= started)).toHaveLength(3);
  });

  it("refuses an expired link, and a reset lifts a lockout", async () => {
    const c = await createTestCompany(t.db); // its own customer: each account gets 3 reset mails an hour
    const customer = c.users.CUSTOMER;
    const storefront = t.visitor(c.company.slug);
    let asked = new Date();
    await storefront.identity.requestPasswordReset({ email: customer.email });
    const expired = tokenOf(firstLink(await t.mailbox.waitForMessage({ to: customer.email, subjectIncludes: "Reset your password", after: asked })));
    await t.db.passwordResetToken.updateMany({ where: { userId: customer.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await expect(storefront.identity.resetPassword({ token: expired, password: "Too-late-pass-1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await t.db.user.update({ where: { id: customer.id }, data: { lockedUntil: new Date(Date.now() + 60 * 60_000) } });
    asked = new Date();
    await storefront.identity.requestPasswordReset({ email: customer.email });
    const fresh = tokenOf(firstLink(await t.mailbox.waitForMessage({ to: customer.email, subjectIncludes: "Reset your password", after: asked })));
    expect(fresh).not.toBe(expired);
    await storefront.identity.resetPassword({ token: fresh, password: "Unlocked-pass-7" });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({ lockedUntil: null, failedAttempts: 0 });
    await expect(t.signIn("password", { email: customer.email, password: "Unlocked-pass-7", company: c.company.slug }, meta("web"))).resolves.toMatchObject({
      userId: customer.id,
    });
  });
});

describe("profile: password and PIN changes", () => {
  it("changePassword wants the current password, refuses the same one, and signs out the other sessions", async () => {
    const c = await createTestCompany(t.db);
    const here = await t.signInAs("COMPANY_ADMIN", c);
    const elsewhere = t.callerFor(await t.signInAs("COMPANY_ADMIN", c));
    const me = t.callerFor(here);
    await expect(me.identity.changePassword({ currentPassword: "Not-my-pass-1", newPassword: "Fresh-pass-2026" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Your current password is not right",
      cause: { details: { field: "currentPassword" } },
    });
    await expect(me.identity.changePassword({ currentPassword: testPassword, newPassword: testPassword })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Choose a password different from your current one",
      cause: { details: { field: "newPassword" } },
    });
    expect(await me.identity.changePassword({ currentPassword: testPassword, newPassword: "Fresh-pass-2026" })).toEqual({ otherSessionsEnded: 1 });
    await expect(elsewhere.identity.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await me.identity.me()).toMatchObject({ email: c.users.COMPANY_ADMIN.email });
    await expect(t.signIn("password", { email: c.users.COMPANY_ADMIN.email, password: testPassword }, meta("admin"))).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("changePin refuses the current PIN as the new one", async () => {
    const c = await createTestCompany(t.db);
    const staff = await t.callerAs("STAFF", c);
    await expect(staff.identity.changePin({ currentPin: testPin, newPin: testPin })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { details: { field: "newPin" } },
    });
    expect(await staff.identity.changePin({ currentPin: testPin, newPin: "8642" })).toEqual({ ok: true });
  });
});

describe("registration on a storefront", () => {
  it("registers a customer who can then sign in there, once per email", async () => {
    const slug = t.tenant.company.slug;
    const email = `new.shopper-${unique()}@example.test`;
    const storefront = t.visitor(slug);
    const created = await storefront.identity.register({ name: "New Shopper", email: email.toUpperCase(), password: "Good-pass-123" });
    expect(created).toEqual({ id: expect.any(String), email });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      companyId: t.tenant.company.id,
      role: "CUSTOMER",
      shopId: null,
      email,
    });

    const grant = await t.signIn("password", { email, password: "Good-pass-123", company: slug }, meta("web"));
    expect(grant).toMatchObject({ userId: created.id, role: "CUSTOMER", companyId: t.tenant.company.id });
    expect(await t.callerFor({ grant, app: "web" }).identity.me()).toMatchObject({ email, role: "CUSTOMER", company: { slug } });

    await expect(storefront.identity.register({ name: "Again", email, password: "Other-pass-123" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "An account with this email already exists here; sign in instead",
    });
    // Accounts belong to one storefront: the same email registers elsewhere.
    const other = await createTestCompany(t.db);
    await expect(t.visitor(other.company.slug).identity.register({ name: "Elsewhere", email, password: "Good-pass-123" })).resolves.toMatchObject({ email });
    // And not without a storefront.
    await expect(t.callerFor(null).identity.register({ name: "Nowhere", email: `x-${email}`, password: "Good-pass-123" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a weak password with BAD_REQUEST and the reason under fieldErrors.password", async () => {
    const slug = t.tenant.company.slug;
    const email = `weak-${unique()}@example.test`;
    const short = await overHttp("identity.register", { name: "Weak", email, password: "short1" }, { companySlug: slug });
    expect(short.status).toBe(400);
    expect(short.error!.data).toMatchObject({
      code: "BAD_REQUEST",
      httpStatus: 400,
      fieldErrors: { password: ["Use at least 10 characters"] },
      domainCode: null,
    });
    const lettersOnly = await overHttp("identity.register", { name: "Weak", email, password: "onlyletterspassword" }, { companySlug: slug });
    expect(lettersOnly.error!.data.fieldErrors).toEqual({ password: ["Mix letters with digits or symbols"] });
    expect(await t.db.user.count({ where: { email } })).toBe(0);
  });
});

describe("staff invitations and plan limits", () => {
  it("an invitation mails a set-password link that lets the new team member sign in", async () => {
    const email = `invited-${unique()}@example.test`;
    const invited = await t.caller.staff.invite({ shopId: t.tenant.shop.id, name: "Invited Manager", email, role: "SHOP_MANAGER", staffCode: "77" });
    expect(invited).toMatchObject({ email, role: "SHOP_MANAGER", active: true, hasPin: false, staffCode: "77", shop: { id: t.tenant.shop.id } });
    // No password yet: nothing signs in.
    await expect(t.signIn("password", { email, password: testPassword }, meta("admin"))).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    const mail = await t.mailbox.waitForMessage({ to: email, subjectIncludes: "You're invited: set your password" });
    expect(mail.text).toContain("Hello Invited Manager,\n\nYou have been invited to the team.");
    expect(mail.text).toContain("for 72 hours");
    const link = firstLink(mail);
    expect(link).toMatch(/^http:\/\/admin\.test\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
    const token = new URL(link).searchParams.get("token")!;
    // The link is the portal's: a storefront does not take it.
    await expect(t.visitor().identity.resetPassword({ token, password: "Invited-pass-1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await t.portalVisitor().identity.resetPassword({ token, password: "Invited-pass-1" })).toEqual({ role: "SHOP_MANAGER" });
    const grant = await t.signIn("password", { email, password: "Invited-pass-1" }, meta("admin"));
    expect(grant).toMatchObject({ userId: invited.id, role: "SHOP_MANAGER", companyId: t.tenant.company.id, shopId: t.tenant.shop.id });
  });

  it("a clash names the field that clashed, and a staff number can be given after the invitation", async () => {
    const c = await createTestCompany(t.db);
    const admin = await t.callerAs("COMPANY_ADMIN", c);
    const first = await admin.staff.invite({ shopId: c.shop.id, name: "First", email: `first-${unique()}@example.test`, role: "STAFF", staffCode: "601" });
    await expect(
      admin.staff.invite({ shopId: c.shop.id, name: "Second", email: `second-${unique()}@example.test`, role: "STAFF", staffCode: "601" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Someone in this company already has this staff number",
      cause: { details: { field: "staffCode" } },
    });
    await expect(admin.staff.invite({ shopId: c.shop.id, name: "Again", email: first.email, role: "STAFF" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Someone in this company already has this email",
      cause: { details: { field: "email" } },
    });
    const later = await admin.staff.invite({ shopId: c.shop.id, name: "Later", email: `later-${unique()}@example.test`, role: "STAFF" });
    await expect(admin.staff.setPin({ id: later.id, pin: "1234" })).rejects.toMatchObject({ message: "Give this team member a staff number first" });
    await expect(admin.staff.update({ id: later.id, staffCode: "601" })).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { details: { field: "staffCode" } },
    });
    expect(await admin.staff.update({ id: later.id, staffCode: "602" })).toMatchObject({ id: later.id, staffCode: "602" });
    expect(await admin.staff.setPin({ id: later.id, pin: "1234" })).toEqual({ ok: true });
  });

  it("a shop manager cannot invite a company admin, nor into another shop", async () => {
    const manager = await t.callerAs("SHOP_MANAGER");
    const email = `would-be-admin-${unique()}@example.test`;
    await expect(manager.staff.invite({ shopId: null, name: "Would-be Admin", email, role: "COMPANY_ADMIN" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "You can't give the role COMPANY_ADMIN",
    });
    await expect(manager.staff.invite({ shopId: t.tenant.shop.id, name: "Would-be Manager", email, role: "SHOP_MANAGER" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const otherShop = await t.caller.shop.create(shopInput());
    await expect(manager.staff.invite({ shopId: otherShop.id, name: "Elsewhere", email, role: "STAFF" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.user.count({ where: { email } })).toBe(0);
    expect(await t.mailbox.list(email)).toEqual([]);
    // What they may do: staff for their own shop.
    await expect(manager.staff.invite({ shopId: t.tenant.shop.id, name: "New Staff", email, role: "STAFF" })).resolves.toMatchObject({
      role: "STAFF",
      shop: { id: t.tenant.shop.id },
    });
  });

  it("a STARTER company gets its 2nd shop but not a 3rd (PLAN_LIMIT, naming the limit)", async () => {
    const starter = await createTestCompany(t.db, { plan: "STARTER" });
    const session = await t.signInAs("COMPANY_ADMIN", starter);
    const admin = t.callerFor(session);
    await admin.shop.create(shopInput());
    const third = shopInput();
    const refused = await overHttp("shop.create", third, { session });
    expect(refused.status).toBe(403);
    expect(refused.error).toMatchObject({
      message: "Your Starter plan allows 2 shops; you have 2. Upgrade the plan to add more.",
      data: { code: "FORBIDDEN", domainCode: "PLAN_LIMIT", details: { what: "shops", limit: 2, count: 2 } },
    });
    await expect(admin.shop.create(shopInput())).rejects.toMatchObject({ code: "FORBIDDEN", cause: { code: "PLAN_LIMIT" } });
    expect(await t.db.shop.count({ where: { companyId: starter.company.id } })).toBe(2);
    expect(await admin.company.settings()).toMatchObject({
      plan: "STARTER",
      limits: { label: "Starter", shops: 2, staff: 10 },
      counts: { shops: 2, staff: 3 },
    });
  });

  it("a STARTER company invites up to 10 team members, not an 11th", async () => {
    const starter = await createTestCompany(t.db, { plan: "STARTER" });
    const admin = await t.callerAs("COMPANY_ADMIN", starter);
    for (let i = 0; i < 7; i++)
      await admin.staff.invite({ shopId: starter.shop.id, name: `Staff ${i}`, email: `staff${i}-${unique()}@example.test`, role: "STAFF" });
    await expect(
      admin.staff.invite({ shopId: starter.shop.id, name: "One too many", email: `too-many-${unique()}@example.test`, role: "STAFF" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Your Starter plan allows 10 staff; you have 10. Upgrade the plan to add more.",
      cause: { code: "PLAN_LIMIT", details: { what: "staff", limit: 10, count: 10 } },
    });
  });

  // Before the per-company lock, 20 concurrent creations on a 2-shop plan left up to 12 shops.
  it("concurrent shop creations cannot exceed the plan together", async () => {
    const shopCounts: number[] = [];
    for (let round = 0; round < 3; round++) {
      const starter = await createTestCompany(t.db, { plan: "STARTER" });
      const admin = await t.callerAs("COMPANY_ADMIN", starter);
      await Promise.allSettled(Array.from({ length: 20 }, () => admin.shop.create(shopInput())));
      shopCounts.push(await t.db.shop.count({ where: { companyId: starter.company.id } }));
    }
    expect(shopCounts).toEqual([2, 2, 2]);
  });
});
