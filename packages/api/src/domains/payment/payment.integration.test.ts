import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, createTestProduct, shopper } from "../../testing";

let t: Awaited<ReturnType<typeof createTestPlatform>>;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

async function pendingOrder(priceAmount = 4000, quantity = 1) {
  const product = await createTestProduct(t.caller, { priceAmount, stockQuantity: 10 });
  return { product, order: await t.caller.order.place({ lines: [{ productId: product.id, quantity }], customer: shopper }) };
}

describe("payments", () => {
  it("a good card pays the order", async () => {
    const { order } = await pendingOrder();
    const payment = await t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: randomUUID() });
    expect(payment).toMatchObject({ status: "SUCCEEDED", amount: order.total, card: { last4: "4242" } });
    expect((await t.caller.order.get({ id: order.id })).status).toBe("PAID");
    expect(await t.caller.payment.status({ orderId: order.id })).toMatchObject({ state: "PAID", captured: order.total });
    const kinds = await t.db.outboxEvent.findMany({ where: { payload: { path: ["data", "orderId"], equals: order.id } }, select: { type: true } });
    expect(kinds.map((k) => k.type).sort()).toEqual(["order.placed", "order.status_changed", "payment.succeeded"]);
  });

  it("a declined card leaves the order pending, and another card can pay it", async () => {
    const { order } = await pendingOrder();
    const declined = await t.caller.payment.process({ orderId: order.id, cardToken: "tok_chargeDeclined", idempotencyKey: randomUUID() });
    expect(declined).toMatchObject({ status: "FAILED", failureCode: "card_declined" });
    const broke = await t.caller.payment.process({ orderId: order.id, cardToken: "tok_chargeDeclinedInsufficientFunds", idempotencyKey: randomUUID() });
    expect(broke).toMatchObject({ status: "FAILED", failureCode: "insufficient_funds", failureMessage: "The card has insufficient funds." });
    expect(await t.caller.payment.status({ orderId: order.id })).toMatchObject({ state: "FAILED", lastFailure: { code: "insufficient_funds" } });
    expect((await t.caller.order.get({ id: order.id })).status).toBe("PENDING");
    const ok = await t.caller.payment.process({ orderId: order.id, cardToken: "tok_mastercard", idempotencyKey: randomUUID() });
    expect(ok.status).toBe("SUCCEEDED");
  });

  it("a retried call with the same key never charges twice", async () => {
    const { order } = await pendingOrder();
    const key = randomUUID();
    const before = t.simulator.chargeCount();
    const [a, b] = await Promise.all([
      t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: key }),
      t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: key }),
    ]);
    const c = await t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: key });
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(t.simulator.chargeCount()).toBe(before + 1);
    // Settled once: one event, the order PAID, and nothing refunded by a confused second settle.
    expect(await t.caller.order.get({ id: order.id })).toMatchObject({ status: "PAID", refunded: { amount: 0 } });
    expect(await t.db.outboxEvent.count({ where: { type: "payment.succeeded", payload: { path: ["data", "orderId"], equals: order.id } } })).toBe(1);
  });

  it("a paid order cannot be charged again with a new key", async () => {
    const { order } = await pendingOrder();
    await t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: randomUUID() });
    await expect(t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: randomUUID() })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("PAID and cannot be paid"),
    });
  });

  it("survives a provider outage: the retry with the same key completes the payment", async () => {
    const { order } = await pendingOrder();
    const key = randomUUID();
    t.simulator.failNext(10);
    await expect(t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: key })).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
    });
    t.simulator.failNext(0);
    expect(await t.caller.payment.status({ orderId: order.id })).toMatchObject({ state: "PROCESSING" });
    const done = await t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: key });
    expect(done.status).toBe("SUCCEEDED");
  });

  it("refunds in parts, never more than captured", async () => {
    const { order } = await pendingOrder(5000);
    const payment = await t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: randomUUID() });
    const key = randomUUID();
    await t.caller.payment.refund({ paymentId: payment.id, amount: 2000, idempotencyKey: key });
    await Promise.all([
      // concurrent retries: one refund, one event
      t.caller.payment.refund({ paymentId: payment.id, amount: 2000, idempotencyKey: key }),
      t.caller.payment.refund({ paymentId: payment.id, amount: 2000, idempotencyKey: key }),
    ]);
    await t.caller.payment.refund({ paymentId: payment.id, amount: 2000, idempotencyKey: key });
    expect(await t.db.outboxEvent.count({ where: { type: "payment.refunded", payload: { path: ["data", "paymentId"], equals: payment.id } } })).toBe(1);
    expect(await t.caller.payment.status({ orderId: order.id })).toMatchObject({ state: "PARTIALLY_REFUNDED", refunded: { amount: 2000 } });
    await expect(t.caller.payment.refund({ paymentId: payment.id, amount: 3001, idempotencyKey: randomUUID() })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "A refund of €30.01 is more than the €30.00 still refundable",
    });
    await t.caller.payment.refund({ paymentId: payment.id, idempotencyKey: randomUUID() });
    expect(await t.caller.payment.status({ orderId: order.id })).toMatchObject({ state: "REFUNDED", refunded: { amount: 5000 } });
    await expect(t.caller.payment.refund({ paymentId: payment.id, amount: 1, idempotencyKey: randomUUID() })).rejects.toThrow(/refunded in full/);
  });

  it("concurrent refunds cannot together exceed the capture", async () => {
    const { order } = await pendingOrder(1000);
    const payment = await t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: randomUUID() });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => t.caller.payment.refund({ paymentId: payment.id, amount: 400, idempotencyKey: randomUUID() })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const row = await t.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(row.refundedAmount).toBe(800n);
  });

  it("cancelling a paid order refunds it and returns the stock", async () => {
    const { order, product } = await pendingOrder(3000, 2);
    await t.caller.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: randomUUID() });
    const cancelled = await t.caller.order.updateStatus({ id: order.id, status: "CANCELLED", reason: "Customer asked" });
    expect(cancelled).toMatchObject({ status: "CANCELLED", refunded: { amount: 6000 }, refundable: { amount: 0 } });
    expect((await t.caller.product.get({ id: product.id })).stockQuantity).toBe(10);
  });
});
