import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@commerce/core/logger";
import { createTestCompany, createTestPlatform, createTestProduct, shopper, stockOf, type TestPlatform } from "./testing";
import { createRequestContext } from "./context";
import { toClientError } from "./error-boundary";
import { appRouter } from "./root";
import { createCallerFactory } from "./trpc";

// Each reported defect of the hardening issue, pinned: bad input is a 4xx that names the field,
// storage limits are checked before the database sees them, keys are scoped, nothing internal leaks.

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as TRPCError & { cause?: unknown },
  );
const leak = /prisma|violates|constraint|_key\b|_fkey|invalid byte sequence|out of range for type|\n\s+at\s/i;

describe("the input-string policy", () => {
  const hostile = ["nul\u0000byte", "lone \ud800 high", "lone \udfff low", "\udfff\ud800 reversed"];

  it.each(hostile)("refuses %j in any free-text field with a 400 that names the field", async (value) => {
    const shopperCaller = t.visitor();
    const search = await refusal(shopperCaller.product.getAll({ search: value }));
    expect(search).toMatchObject({ code: "BAD_REQUEST" });
    expect(search!.message).toMatch(/^search: must not contain NUL/);
    // Forms get the issue under the field's path.
    expect(search!.cause).toMatchObject({ issues: [{ path: ["search"] }] });

    const admin = await t.callerAs("COMPANY_ADMIN");
    const settings = await refusal(admin.company.updateSettings({ ...(await admin.company.settings()), name: value }));
    expect(settings).toMatchObject({ code: "BAD_REQUEST" });
    expect(settings!.message).toBe("name: must not contain NUL characters or unpaired UTF-16 surrogates");
  });

  it("refuses a hostile string even in a field the schema would drop, before anything runs", async () => {
    const error = await refusal(t.visitor().product.getAll({ search: "fine", extra: { deep: ["x\u0000"] } } as never));
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(error!.message).toBe("extra.deep.0: must not contain NUL characters or unpaired UTF-16 surrogates");
  });

  it("keeps well-formed text of every script, emoji included", async () => {
    const customer = await t.callerAs("CUSTOMER");
    await expect(customer.identity.updateProfile({ name: "Zoë 🍓 محمد 山田" })).resolves.toMatchObject({ name: "Zoë 🍓 محمد 山田" });
  });
});

describe("money and numbers within what storage holds", () => {
  it("stores a price beyond 32 bits and totals orders in 64-bit minor units", async () => {
    const admin = await t.callerAs("COMPANY_ADMIN");
    const big = 3_000_000_000; // €30 million: past a 32-bit column
    const product = await createTestProduct(admin, { priceAmount: big, stockQuantity: 5 });
    expect(product.price.amount).toBe(big);
    const customer = await t.callerAs("CUSTOMER");
    const order = await customer.order.place({ lines: [{ productId: product.id, quantity: 3 }], customer: shopper });
    expect(order.total).toEqual({ amount: 3 * big, currency: "EUR" });
    expect(order.lines[0]!.unitPrice.amount).toBe(big);
  });

  it("refuses a total the platform cannot hold with a 400, and takes no stock", async () => {
    const admin = await t.callerAs("COMPANY_ADMIN");
    const product = await createTestProduct(admin, { priceAmount: Number.MAX_SAFE_INTEGER, stockQuantity: 5 });
    const customer = await t.callerAs("CUSTOMER");
    const error = await refusal(customer.order.place({ lines: [{ productId: product.id, quantity: 2 }], customer: shopper }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "The amount is larger than the platform can hold" });
    expect(await stockOf(t.db, product.id)).toBe(5);
  });

  it("refuses amounts past the safe range at the schema", async () => {
    const admin = await t.callerAs("COMPANY_ADMIN");
    const error = await refusal(createTestProduct(admin, { priceAmount: 2 ** 60 }));
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(error!.message).toMatch(/^price\.amount: /);
  });

  it("bounds cursors and pages", async () => {
    const admin = await t.callerAs("COMPANY_ADMIN");
    const cursor = await refusal(admin.audit.list({ cursor: "1".repeat(40) }));
    expect(cursor).toMatchObject({ code: "BAD_REQUEST" });
    expect(cursor!.message).toBe("cursor: a cursor is a sequence number");
    expect(await refusal(admin.audit.list({ cursor: "12x" }))).toMatchObject({ code: "BAD_REQUEST", message: "cursor: a cursor is a sequence number" });
    expect(await refusal(admin.audit.list({ cursor: "9223372036854775808" }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "cursor: is past the last sequence number",
    });
    await expect(admin.audit.list({ cursor: "9223372036854775807" })).resolves.toBeDefined();
    expect(await refusal(admin.order.list({ page: 1e12 }))).toMatchObject({ code: "BAD_REQUEST" });
    // Dates past what the database can take are refused, not a 500.
    expect(await refusal(admin.audit.list({ from: new Date("+010000-01-01T00:00:00.000Z") }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "from: must be on or before 9999-12-31",
    });
    expect(await refusal(admin.audit.list({ to: new Date(-8.64e15) }))).toMatchObject({ code: "BAD_REQUEST", message: "to: must be on or after 1970-01-01" });
  });
});

describe("idempotency keys are scoped to who and what they protect", () => {
  it("another customer's or company's key is simply a new order", async () => {
    const admin = await t.callerAs("COMPANY_ADMIN");
    const product = await createTestProduct(admin, { stockQuantity: 10 });
    const key = `key-${randomUUID()}`;
    const first = await (await t.callerAs("CUSTOMER")).order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper, idempotencyKey: key });
    // The same person retrying gets the same order.
    const retry = await (await t.callerAs("CUSTOMER")).order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper, idempotencyKey: key });
    expect(retry.id).toBe(first.id);
    // Staff of the same company with the same key: a different order, no error, nothing revealed.
    const staff = await t.callerAs("STAFF");
    const tillSale = await staff.order.place({
      lines: [{ productId: product.id, quantity: 1 }],
      customer: { name: "Walk-in" },
      channel: "POS",
      idempotencyKey: key,
    });
    expect(tillSale.id).not.toBe(first.id);

    const other = await createTestCompany(t.db);
    const otherAdmin = await t.callerAs("COMPANY_ADMIN", other);
    const otherProduct = await createTestProduct(otherAdmin);
    const elsewhere = await (
      await t.callerAs("CUSTOMER", other)
    ).order.place({ lines: [{ productId: otherProduct.id, quantity: 1 }], customer: shopper, idempotencyKey: key });
    expect(elsewhere.id).not.toBe(first.id);
  });

  it("the same key sent five times at once by one shopper places one order and takes stock once", async () => {
    const admin = await t.callerAs("COMPANY_ADMIN");
    const product = await createTestProduct(admin, { stockQuantity: 10 });
    const customer = await t.callerAs("CUSTOMER");
    const key = `race-${randomUUID()}`;
    const placed = await Promise.all(
      Array.from({ length: 5 }, () => customer.order.place({ lines: [{ productId: product.id, quantity: 2 }], customer: shopper, idempotencyKey: key })),
    );
    expect(new Set(placed.map((o) => o.id)).size).toBe(1);
    expect(await stockOf(t.db, product.id)).toBe(8);
  });

  it("a payment key and a refund key used elsewhere start new payments and refunds, and never loop", async () => {
    const admin = await t.callerAs("COMPANY_ADMIN");
    const product = await createTestProduct(admin, { stockQuantity: 10, priceAmount: 1_000 });
    const customer = await t.callerAs("CUSTOMER");
    const key = `shared-${randomUUID()}`;
    const orders = [];
    for (let i = 0; i < 2; i++) orders.push(await customer.order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper }));
    const payments = [];
    for (const order of orders) payments.push(await customer.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: key }));
    expect(payments.map((p) => p.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
    expect(payments[0]!.id).not.toBe(payments[1]!.id);

    const started = Date.now();
    const refunds = [];
    for (const payment of payments) refunds.push(await admin.payment.refund({ paymentId: payment.id, amount: 300, idempotencyKey: key }));
    expect(refunds.map((r) => [r.status, r.amount])).toEqual([
      ["SUCCEEDED", 300],
      ["SUCCEEDED", 300],
    ]);
    // The same refund again is the same refund.
    expect((await admin.payment.refund({ paymentId: payments[1]!.id, amount: 300, idempotencyKey: key })).id).toBe(refunds[1]!.id);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe("only a payment makes an order PAID", () => {
  it("refuses an admin's status change to PAID, naming why", async () => {
    const admin = await t.callerAs("COMPANY_ADMIN");
    const product = await createTestProduct(admin);
    const order = await (await t.callerAs("CUSTOMER")).order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper });
    expect(order.nextStatuses).toEqual(["CANCELLED"]);
    const error = await refusal(admin.order.updateStatus({ id: order.id, status: "PAID" }));
    expect(error).toMatchObject({ code: "CONFLICT", message: `Order #${order.number} becomes PAID only when a payment is captured` });
    expect((await admin.order.get({ id: order.id })).status).toBe("PENDING");
  });
});

describe("the event log", () => {
  it("counts only the caller's company's parked events", async () => {
    const mine = await createTestCompany(t.db);
    const theirs = await createTestCompany(t.db);
    const park = (companyId: string | null) =>
      t.db.parkedEvent.create({ data: { consumer: "test", companyId, subject: "x", streamSequence: 1n, payload: "{}", error: "test" } });
    await park(mine.company.id);
    for (let i = 0; i < 3; i++) await park(theirs.company.id);
    await park(null);
    const log = await (await t.callerAs("COMPANY_ADMIN", mine)).eventLog.list({});
    expect(log.parked).toBe(1);
  });
});

describe("the error boundary", () => {
  const log = createLogger({ test: true }, "error");

  it("maps the client's database conflicts to 409 and 400, never naming constraints", async () => {
    const company = await createTestCompany(t.db);
    const unique = await t.db.shop
      .create({
        data: {
          companyId: company.company.id,
          code: company.shop.code,
          name: "Dup",
          addressLine1: "x",
          city: "x",
          postalCode: "x",
          country: "NL",
          openingHours: [],
        },
      })
      .catch((e: unknown) => e);
    const conflict = toClientError(unique, "req-1", log);
    expect(conflict).toMatchObject({ code: "CONFLICT", message: "Something with this code already exists" });

    const reference = await t.db.shop
      .create({ data: { companyId: randomUUID(), code: "NOPE", name: "x", addressLine1: "x", city: "x", postalCode: "x", country: "NL", openingHours: [] } })
      .catch((e: unknown) => e);
    expect(toClientError(reference, "req-2", log)).toMatchObject({ code: "BAD_REQUEST", message: "This refers to something that does not exist" });

    const range = await t.db.company.update({ where: { id: company.company.id }, data: { taxRateBps: 2 ** 40 } }).catch((e: unknown) => e);
    expect(toClientError(range, "req-3", log)).toMatchObject({ code: "BAD_REQUEST" });
    for (const error of [conflict, toClientError(reference, "r", log), toClientError(range, "r", log)]) expect(error.message).not.toMatch(leak);
  });

  it("answers anything unexpected with a generic message and the request id, keeping the detail for the log", () => {
    const error = toClientError(new Error('relation "secret_table" does not exist at /srv/app.ts:12'), "req-42", log);
    expect(error.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.message).toBe("Something went wrong on our side. Quote reference req-42 if it persists.");
  });
});

describe("overload", () => {
  it("answers 503 BUSY with a retry hint when no connection is free in time, not 500", async () => {
    const tiny = await createTestPlatform({ pool: { max: 1, acquireTimeoutMs: 300 } });
    try {
      const { grant } = await tiny.signInAs("CUSTOMER");
      const claims = {
        sid: grant.sessionId,
        uid: grant.userId,
        role: grant.role,
        companyId: grant.companyId,
        shopId: grant.shopId,
        name: grant.name,
        email: grant.email,
        accessExpiresAt: Date.now() + 300_000,
      };
      const ctx = await createRequestContext(tiny.platform, { app: "web", ip: "127.0.0.1", companySlug: tiny.tenant.company.slug, claims });
      const customer = createCallerFactory(appRouter)(ctx);
      // Someone holds the only connection for a while.
      const holder = tiny.db.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(1.5)::text`, { timeout: 5_000, maxWait: 5_000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [read, write] = [await refusal(customer.order.list({})), await refusal(customer.identity.updateProfile({ name: "Busy Bee" }))];
      await holder;
      for (const error of [read, write]) {
        expect(error).toMatchObject({ code: "SERVICE_UNAVAILABLE", cause: { code: "BUSY", details: { retryAfterSeconds: expect.any(Number) } } });
        expect(error!.message).not.toMatch(leak);
      }
      // Before any procedure runs (resolving the session), the HTTP edge uses the same boundary.
      const early = await tiny.db.$transaction(async () =>
        createRequestContext(tiny.platform, { app: "web", ip: "127.0.0.1", claims }).then(
          () => new Error("the session was resolved although no connection was free"),
          (e: unknown) => e,
        ),
      );
      expect(toClientError(early, "req-busy", createLogger({ test: true }, "error"))).toMatchObject({ code: "SERVICE_UNAVAILABLE" });
      await expect(customer.order.list({})).resolves.toBeDefined();
    } finally {
      await tiny.close();
    }
  });
});
