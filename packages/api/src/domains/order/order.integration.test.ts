import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestCompany, createTestPlatform, createTestProduct, shopper, type TestCompany } from "../../testing";

let t: Awaited<ReturnType<typeof createTestPlatform>>;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const stockOf = async (id: string) => (await t.caller.product.get({ id })).stockQuantity;

describe("placing orders", () => {
  it("prices from the catalogue, takes stock and starts PENDING", async () => {
    const a = await createTestProduct(t.caller, { priceAmount: 1999, stockQuantity: 5 });
    const b = await createTestProduct(t.caller, { priceAmount: 500, stockQuantity: 5 });
    const order = await t.caller.order.place({
      lines: [
        { productId: a.id, quantity: 2 },
        { productId: b.id, quantity: 1 },
        { productId: a.id, quantity: 1 },
      ],
      customer: shopper,
    });
    expect(order.status).toBe("PENDING");
    expect(order.total).toEqual({ amount: 1999 * 3 + 500, currency: "EUR" });
    expect(order.lines.find((l) => l.productId === a.id)?.quantity).toBe(3);
    expect(await stockOf(a.id)).toBe(2);
    expect(await stockOf(b.id)).toBe(4);
    expect(order.nextStatuses).toEqual(["CANCELLED"]);
  });

  it("refuses more than is in stock and takes nothing", async () => {
    const a = await createTestProduct(t.caller, { stockQuantity: 3 });
    const b = await createTestProduct(t.caller, { stockQuantity: 1 });
    await expect(
      t.caller.order.place({
        lines: [
          { productId: a.id, quantity: 2 },
          { productId: b.id, quantity: 2 },
        ],
        customer: shopper,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Only 1 of") });
    expect(await stockOf(a.id)).toBe(3);
    expect(await stockOf(b.id)).toBe(1);
  });

  it("returns the same order for a retried call with the same idempotency key", async () => {
    const a = await createTestProduct(t.caller, { stockQuantity: 5 });
    const input = { lines: [{ productId: a.id, quantity: 1 }], customer: shopper, idempotencyKey: randomUUID() };
    const [first, second] = await Promise.all([t.caller.order.place(input), t.caller.order.place(input)]);
    expect(second.id).toBe(first.id);
    expect(await stockOf(a.id)).toBe(4);
  });

  it("rejects bad input with field errors", async () => {
    await expect(t.caller.order.place({ lines: [], customer: { name: "", email: "nope" } } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const a = await createTestProduct(t.caller);
    await expect(t.caller.order.place({ lines: [{ productId: a.id, quantity: 1 }], customer: { name: "No Email" }, channel: "WEB" })).rejects.toThrow(
      /required for web orders/,
    );
    const pos = await t.caller.order.place({ lines: [{ productId: a.id, quantity: 1 }], customer: { name: "Walk-in" }, channel: "POS" });
    expect(pos.channel).toBe("POS");
    await expect(t.caller.order.place({ lines: [{ productId: randomUUID(), quantity: 1 }], customer: shopper })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("of 50 simultaneous buyers of 10 units, exactly 10 win and stock ends at 0", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 10 });
    // A buyer told "busy, retry" (a saturated pool on a loaded machine) tries again, as the apps do.
    const buy = async (i: number): Promise<unknown> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await t.caller.order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: { name: `Buyer ${i}`, email: `b${i}@example.com` } });
        } catch (error) {
          if ((error as { code?: string }).code !== "SERVICE_UNAVAILABLE" || attempt === 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
        }
      }
    };
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => buy(i)));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(10);
    expect(lost).toHaveLength(40);
    for (const r of lost) expect(r.reason).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/out of stock/) });
    expect(await stockOf(product.id)).toBe(0);
    const lines = await t.db.orderLine.aggregate({ where: { productId: product.id }, _sum: { quantity: true } });
    expect(lines._sum.quantity).toBe(10);
  });
});

describe("order numbers", () => {
  it("each company counts its own from #1001, and concurrent orders never share a number", async () => {
    const first = await createTestCompany(t.db);
    const second = await createTestCompany(t.db);
    const placeIn = async (company: TestCompany, count: number) => {
      const admin = await t.callerAs("COMPANY_ADMIN", company);
      const product = await createTestProduct(admin, { stockQuantity: 100 });
      const orders = await Promise.all(
        Array.from({ length: count }, () => admin.order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper })),
      );
      return orders.map((o) => o.number).sort((x, y) => x - y);
    };
    expect(await placeIn(first, 12)).toEqual(Array.from({ length: 12 }, (_, i) => 1001 + i));
    // The other company's orders say nothing about this one's: it starts at #1001 too.
    expect(await placeIn(second, 3)).toEqual([1001, 1002, 1003]);
  });

  it("a refused order does not use up a number", async () => {
    const company = await createTestCompany(t.db);
    const admin = await t.callerAs("COMPANY_ADMIN", company);
    const product = await createTestProduct(admin, { stockQuantity: 1 });
    await expect(admin.order.place({ lines: [{ productId: product.id, quantity: 2 }], customer: shopper })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await admin.order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper })).number).toBe(1001);
  });
});

describe("order status", () => {
  it("follows the state machine and refuses invalid moves", async () => {
    const a = await createTestProduct(t.caller, { stockQuantity: 5 });
    const order = await t.caller.order.place({ lines: [{ productId: a.id, quantity: 1 }], customer: shopper });
    await expect(t.caller.order.updateStatus({ id: order.id, status: "DELIVERED" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("PENDING and cannot become DELIVERED"),
    });
    // Only a captured payment makes it PAID.
    await expect(t.caller.order.updateStatus({ id: order.id, status: "PAID" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("only when a payment is captured"),
    });
    await t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: `pay-${order.id}` });
    await t.caller.order.updateStatus({ id: order.id, status: "FULFILLED" });
    const delivered = await t.caller.order.updateStatus({ id: order.id, status: "DELIVERED" });
    expect(delivered.timeline.map((c) => c.to)).toEqual(["PENDING", "PAID", "FULFILLED", "DELIVERED"]);
    await expect(t.caller.order.updateStatus({ id: order.id, status: "CANCELLED" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("puts the stock back when a pending order is cancelled", async () => {
    const a = await createTestProduct(t.caller, { stockQuantity: 4 });
    const order = await t.caller.order.place({ lines: [{ productId: a.id, quantity: 3 }], customer: shopper });
    expect(await stockOf(a.id)).toBe(1);
    const cancelled = await t.caller.order.updateStatus({ id: order.id, status: "CANCELLED", reason: "Changed mind" });
    expect(cancelled.status).toBe("CANCELLED");
    expect(await stockOf(a.id)).toBe(4);
  });
});
