import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root";
import { createTestCompany, createTestPlatform, createTestProduct, type Caller, type TestCompany, type TestPlatform } from "./testing";

// The tenant-isolation matrix. Every procedure of the app router is tried by every role of
// company A against company B's objects. Each attempt must either be refused, with the same
// answer as for an object that does not exist, or succeed without returning anything of B's.
// A procedure without a case here fails the first test, so a new one cannot be forgotten.

interface Target {
  companyId: string;
  slug: string;
  productId: string;
  variantId: string;
  orderId: string;
  paymentId: string;
  shopId: string;
  staffId: string;
  customerId: string;
  customerEmail: string;
  sessionId: string;
  reviewId: string;
}

const uuid = () => randomUUID();
const pin = "9876";
const hours = Array.from({ length: 7 }, () => ({ open: "09:00", close: "17:00" }));

/** Input for each procedure, aimed at the target company's objects. */
const cases: Record<string, (b: Target) => unknown> = {
  // Accounts are per company: registering at A never touches B, whatever the email.
  "identity.register": () => ({ name: "Mallory", email: `mallory-${uuid().slice(0, 8)}@example.test`, password: "Sneaky-pass-123" }),
  "identity.requestPasswordReset": (b) => ({ email: b.customerEmail }),
  "identity.resetPassword": () => ({ token: "x".repeat(43), password: "Sneaky-pass-123" }),
  "identity.me": () => undefined,
  "identity.updateProfile": () => ({ name: "Renamed by the isolation test" }),
  "identity.changePassword": () => ({ currentPassword: "not-the-password", newPassword: "Sneaky-pass-123" }),
  "identity.changePin": () => ({ currentPin: "0000", newPin: pin }),
  "identity.sessions": () => undefined,
  "identity.endSession": (b) => ({ id: b.sessionId }),
  "company.directory": () => undefined,
  "company.list": () => undefined,
  "company.create": (b) => ({
    name: "X",
    slug: `x${b.slug}`.slice(0, 30),
    currency: "EUR",
    timeZone: "Europe/Amsterdam",
    taxRateBps: 0,
    brandName: "X",
    brandColour: "#000000",
    plan: "STARTER",
    admin: { name: "X", email: "x@example.test" },
  }),
  "company.update": (b) => ({ id: b.companyId, active: false }),
  "company.settings": () => undefined,
  "company.updateSettings": () => ({
    name: "Isolation Co",
    currency: "EUR",
    timeZone: "Europe/Amsterdam",
    taxRateBps: 2100,
    brandName: "Isolation",
    brandColour: "#123456",
  }),
  "company.storefront": () => undefined,
  "shop.list": () => undefined,
  "shop.create": () => ({
    name: "Probe shop",
    code: `P-${uuid().slice(0, 8)}`.toUpperCase(),
    addressLine1: "1 Probe Street",
    city: "Probe",
    postalCode: "1",
    country: "NL",
    openingHours: hours,
  }),
  "shop.update": (b) => ({ id: b.shopId, details: { name: "Taken over" } }),
  "staff.list": () => undefined,
  "staff.invite": (b) => ({ shopId: b.shopId, name: "Mole", email: `mole-${uuid().slice(0, 6)}@example.test`, role: "STAFF" }),
  "staff.update": (b) => ({ id: b.staffId, active: false }),
  "staff.setPin": (b) => ({ id: b.staffId, pin }),
  "staff.sessions": (b) => ({ userId: b.staffId }),
  "staff.revokeSessions": (b) => ({ userId: b.staffId }),
  "product.getAll": () => ({ page: 1, pageSize: 100 }),
  "product.byColour": () => ({ colour: "red", page: 1, pageSize: 100 }),
  "product.get": (b) => ({ id: b.productId }),
  "product.facets": () => undefined,
  "product.add": () => ({
    name: "Probe",
    description: "Isolation probe.",
    price: { amount: 100, currency: "EUR" },
    colour: "red",
    category: "probe",
    sku: `PROBE-${uuid().slice(0, 8)}`,
    stockQuantity: 1,
  }),
  "product.update": (b) => ({ id: b.productId, name: "Taken over" }),
  "product.archive": (b) => ({ id: b.productId }),
  "product.restore": (b) => ({ id: b.productId }),
  "product.duplicate": (b) => ({ id: b.productId, sku: `DUP-${uuid().slice(0, 8)}` }),
  "product.archived": () => ({ page: 1, pageSize: 100 }),
  "product.adjustStock": (b) => ({ variantId: b.variantId, change: -40, reason: "LOST" }),
  "product.addVariant": (b) => ({
    productId: b.productId,
    options: { Colour: "blue" },
    sku: `VAR-${uuid().slice(0, 8)}`,
    price: { amount: 100, currency: "EUR" },
    stockQuantity: 1,
  }),
  "product.updateVariant": (b) => ({ id: b.variantId, price: { amount: 1, currency: "EUR" } }),
  "product.bulkUpdateVariants": (b) => ({ changes: [{ variantId: b.variantId, price: { amount: 1, currency: "EUR" }, stockQuantity: 0 }] }),
  "product.stockHistory": (b) => ({ id: b.productId }),
  "order.place": (b) => ({ lines: [{ productId: b.productId, quantity: 1 }], customer: { name: "Mallory", email: "m@example.test" }, channel: "POS" }),
  "order.checkout": (b) => ({
    lines: [{ productId: b.productId, quantity: 1 }],
    customer: { name: "Mallory", email: "m@example.test" },
    cardToken: "tok_visa",
    idempotencyKey: `iso-${uuid()}`,
  }),
  "order.sell": (b) => ({ lines: [{ productId: b.productId, quantity: 1 }], cardToken: "tok_visa", idempotencyKey: `iso-${uuid()}` }),
  "order.pay": (b) => ({ orderId: b.orderId, cardToken: "tok_visa", idempotencyKey: `iso-${uuid()}` }),
  "order.cancel": (b) => ({ id: b.orderId, reason: "isolation probe" }),
  "order.get": (b) => ({ id: b.orderId }),
  "order.list": () => ({ page: 1, pageSize: 100 }),
  "order.updateStatus": (b) => ({ id: b.orderId, status: "CANCELLED", reason: "isolation probe" }),
  "payment.process": (b) => ({ orderId: b.orderId, cardToken: "tok_visa", idempotencyKey: `iso-${uuid()}` }),
  "payment.status": (b) => ({ orderId: b.orderId }),
  "payment.refund": (b) => ({ paymentId: b.paymentId, amount: 100, idempotencyKey: `iso-${uuid()}` }),
  "payment.testCards": () => undefined,
  "review.forProduct": (b) => ({ productId: b.productId }),
  "review.mine": (b) => ({ productId: b.productId }),
  "review.submit": (b) => ({ productId: b.productId, rating: 1, body: "A one-star review from another company." }),
  "review.list": (b) => ({ productId: b.productId, limit: 100 }),
  "review.setStatus": (b) => ({ reviewId: b.reviewId, status: "HIDDEN" }),
  "review.reply": (b) => ({ reviewId: b.reviewId, reply: "A reply from another company" }),
  "cart.get": () => undefined,
  "cart.add": (b) => ({ variantId: b.variantId, quantity: 1 }),
  "cart.setQuantity": (b) => ({ variantId: b.variantId, quantity: 2 }),
  "cart.remove": (b) => ({ variantId: b.variantId }),
  "cart.acceptPrices": () => undefined,
  "cart.checkout": () => ({ customer: { name: "Mallory" }, cardToken: "tok_visa", expectedTotal: 0, idempotencyKey: `iso-${uuid()}` }),
  "order.track": (b) => ({ id: b.orderId, key: "k".repeat(32) }),
  "order.claim": (b) => ({ id: b.orderId, key: "k".repeat(32) }),
  "wishlist.list": () => undefined,
  "wishlist.add": (b) => ({ productId: b.productId }),
  "wishlist.remove": (b) => ({ productId: b.productId }),
  "eventLog.list": (b) => ({ orderId: b.orderId, limit: 200 }),
  "audit.list": (b) => ({ targetId: b.orderId, limit: 200 }),
  "audit.verify": () => undefined,
};

/** Public by design: the directory of storefronts names every open company. */
const publicListings = new Set(["company.directory"]);

type Outcome = { ok: true; data: unknown } | { ok: false; code: string; message: string };

async function attempt(caller: Caller, path: string, input: unknown): Promise<Outcome> {
  const [ns, name] = path.split(".") as [string, string];
  const fn = (caller as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[ns]![name]!;
  try {
    return { ok: true, data: await fn(input) };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

/** Ids in messages differ between the real and the made-up object; everything else must not. */
function normalise(message: string, t: Target) {
  let m = message;
  for (const v of Object.values(t)) m = m.split(v).join("<id>");
  return m.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>");
}

let t: TestPlatform;
let b: TestCompany;
let target: Target;
let ghost: Target;
const roles = ["VISITOR", "CUSTOMER", "STAFF", "SHOP_MANAGER", "COMPANY_ADMIN"] as const;
const callers = {} as Record<(typeof roles)[number], Caller>;

beforeAll(async () => {
  t = await createTestPlatform();
  b = await createTestCompany(t.db);
  const bAdmin = await t.callerAs("COMPANY_ADMIN", b);
  const product = await createTestProduct(bAdmin, { stockQuantity: 50 });
  const bCustomer = await t.callerAs("CUSTOMER", b);
  const order = await bCustomer.order.place({
    lines: [{ productId: product.id, quantity: 2 }],
    customer: { name: "B Customer", email: b.users.CUSTOMER.email },
  });
  const payment = await bCustomer.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: `b-pay-${uuid()}` });
  const review = await bCustomer.review.submit({ productId: product.id, rating: 5, body: "Bought it, love it, would buy again." });
  const staffSession = await t.signInAs("STAFF", b);
  target = {
    companyId: b.company.id,
    slug: b.company.slug,
    productId: product.id,
    variantId: product.variantId,
    orderId: order.id,
    paymentId: payment.id,
    shopId: b.shop.id,
    staffId: b.users.STAFF.id,
    customerId: b.users.CUSTOMER.id,
    customerEmail: b.users.CUSTOMER.email,
    sessionId: staffSession.grant.sessionId,
    reviewId: review.id,
  };
  ghost = {
    companyId: uuid(),
    slug: `ghost-${uuid().slice(0, 8)}`,
    productId: uuid(),
    variantId: uuid(),
    orderId: uuid(),
    paymentId: uuid(),
    shopId: uuid(),
    staffId: uuid(),
    customerId: uuid(),
    customerEmail: `ghost-${uuid().slice(0, 8)}@example.test`,
    sessionId: uuid(),
    reviewId: uuid(),
  };
  callers.VISITOR = t.visitor();
  for (const role of roles.slice(1)) callers[role as Exclude<(typeof roles)[number], "VISITOR">] = await t.callerAs(role as never);
}, 60_000);
afterAll(() => t.close());

describe("tenant isolation", () => {
  const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: string } } }>);

  it("has a case for every procedure, and every procedure states a permission", () => {
    expect(Object.keys(cases).sort()).toEqual(procedures.map(([path]) => path).sort());
    for (const [path, procedure] of procedures) expect(procedure._def.meta?.permission, path).toBeTruthy();
  });

  it("refuses every role of company A everything of company B's, without revealing what exists", async () => {
    const secrets = [
      target.companyId,
      target.productId,
      target.variantId,
      target.orderId,
      target.paymentId,
      target.shopId,
      target.staffId,
      target.customerId,
      target.customerEmail,
      target.sessionId,
      target.reviewId,
      b.users.COMPANY_ADMIN.id,
      b.users.SHOP_MANAGER.id,
    ];
    const failures: string[] = [];
    for (const [path] of procedures) {
      for (const role of roles) {
        const real = await attempt(callers[role], path, cases[path]!(target));
        if (real.ok) {
          if (publicListings.has(path)) continue;
          const leaked = secrets.filter((s) => JSON.stringify(real.data).includes(s));
          if (leaked.length) failures.push(`${role} ${path}: result contains company B's ${leaked.join(", ")}`);
          continue;
        }
        if (!["FORBIDDEN", "UNAUTHORIZED", "NOT_FOUND", "BAD_REQUEST", "CONFLICT"].includes(real.code))
          failures.push(`${role} ${path}: unexpected ${real.code} ${real.message}`);
        const made_up = await attempt(callers[role], path, cases[path]!(ghost));
        const same = !made_up.ok && made_up.code === real.code && normalise(made_up.message, ghost) === normalise(real.message, target);
        if (!same)
          failures.push(
            `${role} ${path}: B's object answered ${real.code} "${real.message}" but a missing one ${made_up.ok ? "succeeded" : `${made_up.code} "${made_up.message}"`}`,
          );
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("left company B's objects exactly as they were", async () => {
    const order = await t.db.order.findUniqueOrThrow({ where: { id: target.orderId } });
    expect(order.status).toBe("PAID");
    const payment = await t.db.payment.findUniqueOrThrow({ where: { id: target.paymentId } });
    expect(payment.refundedAmount).toBe(0n);
    const staff = await t.db.user.findUniqueOrThrow({ where: { id: target.staffId } });
    expect(staff.active).toBe(true);
    expect(staff.pinHash).toBe(b.users.STAFF.pinHash);
    const shop = await t.db.shop.findUniqueOrThrow({ where: { id: target.shopId } });
    expect(shop.name).toBe(b.shop.name);
    const session = await t.db.session.findUniqueOrThrow({ where: { id: target.sessionId } });
    expect(session.revokedAt).toBeNull();
    const company = await t.db.company.findUniqueOrThrow({ where: { id: target.companyId } });
    expect(company.active).toBe(true);
    const product = await t.db.product.findUniqueOrThrow({ where: { id: target.productId }, include: { variants: true, options: true } });
    expect(product).toMatchObject({ status: "ACTIVE", name: expect.stringMatching(/^Test Product /), priceAmount: 2500n });
    expect(product.variants).toMatchObject([{ id: target.variantId, stockQuantity: 48, priceAmount: 2500n }]);
    expect(product.options).toMatchObject([{ name: "Colour", values: ["red"] }]);
    expect(await t.db.stockAdjustment.count({ where: { productId: target.productId } })).toBe(0);
    expect(await t.db.cartLine.count({ where: { variantId: target.variantId } })).toBe(0);
    expect(await t.db.wishlistItem.count({ where: { productId: target.productId } })).toBe(0);
    const review = await t.db.productReview.findUniqueOrThrow({ where: { id: target.reviewId } });
    expect(review).toMatchObject({ status: "PUBLISHED", reply: null });
    expect(await t.db.productReview.count({ where: { productId: target.productId } })).toBe(1);
    // Nobody at company A could have a reset link for B's account mailed: links name their storefront.
    const mails = await t.mailbox.list(target.customerEmail);
    expect(mails.filter((m) => m.text.includes(`/${target.slug}/`))).toEqual([]);
  });

  it("ignores a storefront header from staff: they stay in their own company", async () => {
    const staffSession = await t.signInAs("STAFF");
    const staffAtB = t.callerFor(staffSession, target.slug);
    const products = await staffAtB.product.getAll({ page: 1, pageSize: 100 });
    expect(products.items.some((p) => p.id === target.productId)).toBe(false);
  });

  it("treats company A's customer as a visitor on company B's storefront", async () => {
    const customer = await t.signInAs("CUSTOMER");
    const atB = t.callerFor(customer, target.slug);
    // B's public catalogue is visible, as to anyone...
    expect((await atB.product.get({ id: target.productId })).id).toBe(target.productId);
    // ...but nothing that needs an account of B's.
    await expect(atB.order.get({ id: target.orderId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      atB.order.place({ lines: [{ productId: target.productId, quantity: 1 }], customer: { name: "A", email: "a@example.test" } }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
