import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createTestPlatform, createTestProduct, stockOf, type TestPlatform } from "../../testing";
import { sweepGuestBaskets } from "./basket-sweep";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const eur = (amount: number) => ({ amount, currency: "EUR" });
const cookieName = () => `cart-${t.tenant.company.slug}`;
const pay = (expectedTotal: number, cardToken = "tok_visa") => ({ customer: { name: "Basket Buyer" }, cardToken, expectedTotal, idempotencyKey: randomUUID() });

describe("a guest's basket", () => {
  it("holds several variants behind a cookie only that browser has; another browser's basket is its own", async () => {
    const [a, b] = [await createTestProduct(t.caller, { priceAmount: 1000 }), await createTestProduct(t.caller, { priceAmount: 250 })];
    const browser = t.browser();
    const guest = t.visitor(undefined, browser);
    expect(await guest.cart.get()).toMatchObject({ lines: [], count: 0, ready: false });
    await guest.cart.add({ variantId: a.variantId, quantity: 2 });
    const basket = await guest.cart.add({ variantId: b.variantId, quantity: 1 });
    expect(basket).toMatchObject({ count: 3, subtotal: eur(2250), ready: true, notice: null });
    expect(basket.lines.map((l) => [l.sku, l.quantity, l.lineTotal.amount])).toEqual([
      [a.sku, 2, 2000],
      [b.sku, 1, 250],
    ]);
    // The cookie holds a secret; the database keeps only its hash.
    const token = browser.get(cookieName())!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await t.db.cart.count({ where: { tokenHash: token } })).toBe(0);

    expect(await t.visitor(undefined, t.browser()).cart.get()).toMatchObject({ lines: [] });
    const forged = t.browser();
    forged.set(cookieName(), "not-a-real-token-at-all-nope-nope", 60);
    expect(await t.visitor(undefined, forged).cart.get()).toMatchObject({ lines: [] });
    // Another company's storefront has a basket of its own for the same browser.
    const other = await t.visitor("globex", browser).cart.get();
    expect(other.lines).toEqual([]);
  });

  it("holds quantities to the stock with a message, refuses what is sold out, and adds concurrent adds up", async () => {
    const p = await createTestProduct(t.caller, { stockQuantity: 3 });
    const guest = t.visitor(undefined, t.browser());
    await guest.cart.add({ variantId: p.variantId, quantity: 2 });
    const held = await guest.cart.add({ variantId: p.variantId, quantity: 5 });
    expect(held.lines[0]!.quantity).toBe(3);
    expect(held.notice).toBe(`Only 3 of ${p.name} (red) in stock: your basket has 3`);

    const soldOut = await createTestProduct(t.caller, { stockQuantity: 0 });
    await expect(guest.cart.add({ variantId: soldOut.variantId, quantity: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `${soldOut.name} (red) is sold out`,
    });
    await expect(guest.cart.add({ variantId: randomUUID(), quantity: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(guest.cart.add({ variantId: p.variantId, quantity: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const many = await createTestProduct(t.caller, { stockQuantity: 50 });
    const browser = t.browser();
    const first = t.visitor(undefined, browser);
    await first.cart.add({ variantId: many.variantId, quantity: 1 }); // the basket exists, so all five share it
    await Promise.all(Array.from({ length: 5 }, () => t.visitor(undefined, browser).cart.add({ variantId: many.variantId, quantity: 1 })));
    expect((await first.cart.get()).lines[0]!.quantity).toBe(6);
  });

  it("holds at most 50 different items", async () => {
    const sizes = Array.from({ length: 26 }, (_, i) => `S${i + 1}`);
    const base = `CAP-${randomUUID().slice(0, 8).toUpperCase()}`;
    const p = await t.caller.product.add({
      name: "Many Sizes",
      description: "A product in 26 sizes and two colours.",
      category: "test-items",
      options: [
        { name: "Size", values: sizes },
        { name: "Colour", values: ["red", "blue"] },
      ],
      variants: sizes.flatMap((size) =>
        ["red", "blue"].map((colour) => ({
          options: { Size: size, Colour: colour },
          sku: `${base}-${size}-${colour.toUpperCase()}`,
          price: eur(100),
          stockQuantity: 5,
        })),
      ),
    });
    const guest = t.visitor(undefined, t.browser());
    for (const v of p.variants.slice(0, 50)) await guest.cart.add({ variantId: v.id, quantity: 1 });
    await expect(guest.cart.add({ variantId: p.variants[50]!.id, quantity: 1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "A basket holds at most 50 different items: check out or remove some first",
    });
    // More of an item already in it is fine.
    expect((await guest.cart.add({ variantId: p.variants[0]!.id, quantity: 1 })).count).toBe(51);
  });

  it("changes and removes lines; a line not in the basket is not found", async () => {
    const p = await createTestProduct(t.caller, { stockQuantity: 10 });
    const q = await createTestProduct(t.caller, { stockQuantity: 10 });
    const guest = t.visitor(undefined, t.browser());
    await expect(guest.cart.setQuantity({ variantId: p.variantId, quantity: 2 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await guest.cart.add({ variantId: p.variantId, quantity: 1 });
    await guest.cart.add({ variantId: q.variantId, quantity: 1 });
    expect((await guest.cart.setQuantity({ variantId: p.variantId, quantity: 4 })).lines.map((l) => l.quantity)).toEqual([4, 1]);
    expect((await guest.cart.remove({ variantId: p.variantId })).lines.map((l) => l.sku)).toEqual([q.sku]);
    expect((await guest.cart.setQuantity({ variantId: q.variantId, quantity: 0 })).lines).toEqual([]);
  });

  it("shows what stands in the way: a price that moved, stock that ran short, a product no longer sold", async () => {
    const p = await createTestProduct(t.caller, { stockQuantity: 5, priceAmount: 1000 });
    const gone = await createTestProduct(t.caller, { stockQuantity: 5 });
    const guest = t.visitor(undefined, t.browser());
    await guest.cart.add({ variantId: p.variantId, quantity: 4 });
    await guest.cart.add({ variantId: gone.variantId, quantity: 1 });
    await t.caller.product.updateVariant({ id: p.variantId, price: eur(1200) });
    await t.caller.product.adjustStock({ variantId: p.variantId, countedQuantity: 2, reason: "COUNTED" });
    await t.caller.product.archive({ id: gone.id });
    const basket = await guest.cart.get();
    expect(basket).toMatchObject({ pricesMoved: true, ready: false });
    expect(basket.lines[0]).toMatchObject({ unitPrice: eur(1200), previousPrice: eur(1000), problem: "short", available: 2 });
    expect(basket.lines[0]!.message).toBe(`Only 2 of ${p.name} (red) left: lower the quantity to check out`);
    expect(basket.lines[1]).toMatchObject({ problem: "no_longer_sold", message: `${gone.name} (red) is no longer sold` });
    const seen = await guest.cart.acceptPrices();
    expect(seen.lines[0]!.previousPrice).toBeNull();
    expect(seen.pricesMoved).toBe(false);
  });
});

describe("forgetting baskets", () => {
  it("forgets a guest's basket 30 days after it was last changed, never a customer's", async () => {
    const p = await createTestProduct(t.caller);
    const [stale, fresh] = [t.browser(), t.browser()];
    await t.visitor(undefined, stale).cart.add({ variantId: p.variantId, quantity: 1 });
    await t.visitor(undefined, fresh).cart.add({ variantId: p.variantId, quantity: 1 });
    const customer = await t.newCustomer("Old Basket");
    await customer.cart.add({ variantId: p.variantId, quantity: 1 });
    const carts = await t.db.cart.findMany({ where: { lines: { some: { variantId: p.variantId } } }, orderBy: { createdAt: "asc" } });
    expect(carts).toHaveLength(3);
    const longAgo = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    await t.db.cart.updateMany({ where: { id: { in: [carts[0]!.id, carts[2]!.id] } }, data: { updatedAt: longAgo } });

    expect(await sweepGuestBaskets(t.platform, { batch: 1 })).toBeGreaterThanOrEqual(1);
    expect(await t.db.cart.count({ where: { id: { in: carts.map((c) => c.id) } } })).toBe(2);
    expect((await t.visitor(undefined, stale).cart.get()).lines).toEqual([]);
    expect((await t.visitor(undefined, fresh).cart.get()).lines).toHaveLength(1);
    expect((await customer.cart.get()).lines).toHaveLength(1);
  });
});

describe("signing in", () => {
  it("joins this browser's guest basket to the customer's, once, however many requests race", async () => {
    const [a, b] = [await createTestProduct(t.caller), await createTestProduct(t.caller)];
    const browser = t.browser();
    const customer = await t.newCustomer("Joan Basket", browser);
    await customer.cart.add({ variantId: a.variantId, quantity: 1 }); // their own basket, from another day
    const guest = t.visitor(undefined, browser);
    await guest.cart.add({ variantId: a.variantId, quantity: 2 });
    await guest.cart.add({ variantId: b.variantId, quantity: 1 });
    expect(browser.get(cookieName())).toBeTruthy();

    const seen = await Promise.all([customer.cart.get(), customer.cart.get(), customer.cart.get()]);
    const joined = await customer.cart.get();
    expect(joined.lines.map((l) => [l.sku, l.quantity])).toEqual([
      [a.sku, 3],
      [b.sku, 1],
    ]);
    // A request that lost the race may answer before the winner commits, never with the lines twice.
    expect(seen.every((s) => s.count <= 4)).toBe(true);
    // The guest basket is gone and this browser's cookie for it cleared.
    expect(browser.get(cookieName())).toBeUndefined();
    expect((await t.visitor(undefined, browser).cart.get()).lines).toEqual([]);
  });

  it("makes a guest's basket the customer's when they had none", async () => {
    const a = await createTestProduct(t.caller);
    const browser = t.browser();
    await t.visitor(undefined, browser).cart.add({ variantId: a.variantId, quantity: 2 });
    const customer = await t.newCustomer("Kim Newcomer", browser);
    expect((await customer.cart.get()).lines.map((l) => [l.sku, l.quantity])).toEqual([[a.sku, 2]]);
    // Another customer sees none of it.
    expect((await (await t.newCustomer("Lee Stranger")).cart.get()).lines).toEqual([]);
  });

  it("is for shoppers: staff have the till", async () => {
    const staff = await t.callerAs("STAFF");
    await expect(staff.cart.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("paying for the basket", () => {
  it("places one order of its lines at today's prices, takes the stock, charges the card and empties the basket", async () => {
    const [a, b] = [
      await createTestProduct(t.caller, { priceAmount: 1500, stockQuantity: 5 }),
      await createTestProduct(t.caller, { priceAmount: 700, stockQuantity: 5 }),
    ];
    const customer = await t.newCustomer("Mo Payer");
    await customer.cart.add({ variantId: a.variantId, quantity: 2 });
    const basket = await customer.cart.add({ variantId: b.variantId, quantity: 1 });
    const paid = await customer.cart.checkout(pay(basket.subtotal.amount));
    expect(paid.order).toMatchObject({ status: "PAID", total: eur(3700), channel: "WEB" });
    expect(paid.order.lines.map((l) => [l.sku, l.quantity]).sort()).toEqual(
      [
        [a.sku, 2],
        [b.sku, 1],
      ].sort(),
    );
    expect(paid.payment).toMatchObject({ status: "SUCCEEDED", amount: eur(3700) });
    expect(await customer.cart.get()).toMatchObject({ lines: [], count: 0 });
    expect([await stockOf(t.db, a.id), await stockOf(t.db, b.id)]).toEqual([3, 4]);
    await expect(customer.cart.checkout(pay(0))).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Your basket is empty" });
  });

  it("charges nothing when a price moved or the basket changed since it was shown; the basket stays", async () => {
    const p = await createTestProduct(t.caller, { priceAmount: 1000, stockQuantity: 5 });
    const customer = await t.newCustomer("Nia Careful");
    const shown = await customer.cart.add({ variantId: p.variantId, quantity: 1 });
    await t.caller.product.updateVariant({ id: p.variantId, price: eur(1100) });
    await expect(customer.cart.checkout(pay(shown.subtotal.amount))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Prices changed"),
    });
    const after = await customer.cart.acceptPrices();
    await expect(customer.cart.checkout(pay(shown.subtotal.amount))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("basket changed"),
    });
    expect(await stockOf(t.db, p.id)).toBe(5);
    expect((await customer.cart.get()).lines).toHaveLength(1);
    const paid = await customer.cart.checkout(pay(after.subtotal.amount));
    expect(paid.order.total).toEqual(eur(1100));
  });

  it("out of stock at the last moment refuses the lot and keeps the basket", async () => {
    const p = await createTestProduct(t.caller, { stockQuantity: 2 });
    const customer = await t.newCustomer("Oli Late");
    const shown = await customer.cart.add({ variantId: p.variantId, quantity: 2 });
    await t.caller.product.adjustStock({ variantId: p.variantId, change: -1, reason: "DAMAGED" });
    await expect(customer.cart.checkout(pay(shown.subtotal.amount))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Only 1") });
    expect((await customer.cart.get()).lines[0]).toMatchObject({ quantity: 2, problem: "short" });
  });

  it("a declined card charges nothing and turns the checkout back: the basket as it was, for another card", async () => {
    const p = await createTestProduct(t.caller, { stockQuantity: 3 });
    const customer = await t.newCustomer("Pat Declined");
    const shown = await customer.cart.add({ variantId: p.variantId, quantity: 1 });
    await expect(customer.cart.checkout(pay(shown.subtotal.amount, "tok_chargeDeclined"))).rejects.toMatchObject({
      code: "PAYMENT_REQUIRED",
      message: expect.stringContaining("try another card"),
    });
    expect((await customer.cart.get()).lines.map((l) => [l.sku, l.quantity])).toEqual([[p.sku, 1]]);
    expect(await stockOf(t.db, p.id)).toBe(3);
    const cancelled = await customer.order.list({});
    expect(cancelled.items.map((o) => o.status)).toEqual(["CANCELLED"]);
    const paid = await customer.cart.checkout(pay(shown.subtotal.amount));
    expect(paid.order.status).toBe("PAID");
    expect(await stockOf(t.db, p.id)).toBe(2);
  });

  it("lets a guest pay with an email, follow the order by its link's key, and claim it after registering", async () => {
    const p = await createTestProduct(t.caller, { priceAmount: 900, stockQuantity: 4 });
    const guest = t.visitor(undefined, t.browser());
    const shown = await guest.cart.add({ variantId: p.variantId, quantity: 2 });
    await expect(guest.cart.checkout(pay(shown.subtotal.amount))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("customer.email"),
    });
    const paid = await guest.cart.checkout({ ...pay(shown.subtotal.amount), customer: { name: "Gwen Guest", email: "Gwen@Example.test" } });
    expect(paid.order).toMatchObject({ status: "PAID", total: eur(1800), customer: { name: "Gwen Guest", email: "gwen@example.test" } });
    expect(paid.guestKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await guest.cart.get()).lines).toEqual([]);

    // The link works in any browser; a wrong key reads as no such order.
    const tracked = await t.visitor(undefined, t.browser()).order.track({ id: paid.order.id, key: paid.guestKey! });
    expect(tracked).toMatchObject({ id: paid.order.id, status: "PAID" });
    const wrong = `${paid.guestKey!.slice(0, 31)}${paid.guestKey!.endsWith("A") ? "B" : "A"}`;
    await expect(t.visitor().order.track({ id: paid.order.id, key: wrong })).rejects.toMatchObject({ code: "NOT_FOUND", message: "No order with that id" });
    await expect(t.visitor().order.track({ id: randomUUID(), key: paid.guestKey! })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "No order with that id",
    });
    // Another company's storefront knows nothing of it, key or not.
    await expect(t.visitor("globex").order.track({ id: paid.order.id, key: paid.guestKey! })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Registered, Gwen takes the order into her account; nobody else can after that.
    const gwen = await t.newCustomer("Gwen Guest");
    await expect(gwen.order.get({ id: paid.order.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(gwen.order.claim({ id: paid.order.id, key: wrong })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await gwen.order.claim({ id: paid.order.id, key: paid.guestKey! })).toMatchObject({ id: paid.order.id });
    expect((await gwen.order.list({})).items.map((o) => o.id)).toContain(paid.order.id);
    expect(await gwen.order.claim({ id: paid.order.id, key: paid.guestKey! })).toMatchObject({ id: paid.order.id });
    // Claimed, the order is followed in the account: its link shows it to nobody any more.
    await expect(t.visitor().order.track({ id: paid.order.id, key: paid.guestKey! })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await t.newCustomer("Hal Other");
    await expect(other.order.claim({ id: paid.order.id, key: paid.guestKey! })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(gwen.order.track({ id: paid.order.id, key: paid.guestKey! })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("one guest's idempotency key is not another's: two guests with the same key get two orders", async () => {
    const p = await createTestProduct(t.caller, { stockQuantity: 4 });
    const key = randomUUID();
    const orders = [];
    for (const name of ["Ida", "Jo"]) {
      const guest = t.visitor(undefined, t.browser());
      const shown = await guest.cart.add({ variantId: p.variantId, quantity: 1 });
      orders.push(
        await guest.cart.checkout({ ...pay(shown.subtotal.amount), idempotencyKey: key, customer: { name, email: `${name.toLowerCase()}@example.test` } }),
      );
    }
    expect(new Set(orders.map((o) => o.order.id)).size).toBe(2);
    expect(orders.map((o) => o.order.customer.name)).toEqual(["Ida", "Jo"]);
  });
});

describe("the wishlist", () => {
  it("keeps products for one customer, once each, as they are now", async () => {
    const p = await createTestProduct(t.caller, { stockQuantity: 0 });
    const customer = await t.newCustomer("Quinn Keeper");
    await customer.wishlist.add({ productId: p.id });
    const list = await customer.wishlist.add({ productId: p.id });
    expect(list).toMatchObject([{ productId: p.id, name: p.name, inStock: false, archived: false }]);
    expect(await (await t.newCustomer("Rae Other")).wishlist.list()).toEqual([]);
    await expect(t.visitor().wishlist.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(customer.wishlist.add({ productId: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await customer.wishlist.remove({ productId: p.id })).toEqual([]);
    expect(await customer.wishlist.remove({ productId: p.id })).toEqual([]);
  });
});
