import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@commerce/core/errors";
import { forTenant } from "../context";
import { toTenant } from "../who";
import { createTestPlatform, createTestProduct, shopper, stockOf as stockOfProduct, type TestPlatform } from "../testing";
import { runWorkflow, workflow } from "./engine";
import { placeOrderWorkflow } from "./order.workflows";
import { sweepStaleRuns } from "./sweep";

// Workflows against the real database and the payment simulator over HTTP: a checkout is one
// request; a refusal undoes what was done; a run a crash left behind is finished or undone by
// the sweep, exactly once.

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const serviceContext = () => forTenant(t.platform, toTenant(t.tenant.company));
const stockOf = (productId: string) => stockOfProduct(t.db, productId);
const runsOf = (workflowName: string, key: string) => t.db.workflowRun.findMany({ where: { workflow: workflowName, runKey: { endsWith: `:${key}` } } });
const stepsOf = (run: { steps: unknown }) => (run.steps as { name: string; status: string }[]).map((s) => `${s.name}:${s.status}`);
/** What a crash looks like afterwards: the run's holder stopped renewing its lease. */
const expireLeases = () => t.db.workflowRun.updateMany({ where: { companyId: t.tenant.company.id }, data: { leaseUntil: new Date(Date.now() - 60_000) } });

describe("checkout as one request", () => {
  it("places the order, charges the card and marks it paid; the run records each step", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 5, priceAmount: 1_250 });
    const customer = await t.callerAs("CUSTOMER");
    const key = `checkout-${randomUUID()}`;
    const { order, payment } = await customer.order.checkout({
      lines: [{ productId: product.id, quantity: 2 }],
      customer: shopper,
      cardToken: "tok_visa",
      idempotencyKey: key,
    });
    expect(order).toMatchObject({ status: "PAID", total: { amount: 2_500, currency: "EUR" }, channel: "WEB" });
    expect(payment).toMatchObject({ status: "SUCCEEDED", amount: { amount: 2_500 } });
    expect(await stockOf(product.id)).toBe(3);
    const [run] = await runsOf("checkout", key);
    expect(run).toMatchObject({ status: "SUCCEEDED", startedById: t.tenant.users.CUSTOMER.id });
    expect(stepsOf(run!)).toEqual(["place:done", "charge:done", "markPaid:done"]);
    // Every event the checkout recorded carries the request that caused it (for the bus's headers and the consumers' logs).
    const events = await t.db.outboxEvent.findMany({ where: { payload: { path: ["data", "orderId"], equals: order.id } } });
    expect(events.map((e) => e.type).sort()).toEqual(["order.placed", "order.status_changed", "payment.succeeded"]);
    expect(new Set(events.map((e) => e.requestId))).toEqual(new Set([run!.requestId]));
    expect(run!.requestId).toEqual(expect.any(String));
    // The same request again is answered from the run: no second order, no second charge.
    const again = await customer.order.checkout({
      lines: [{ productId: product.id, quantity: 2 }],
      customer: shopper,
      cardToken: "tok_visa",
      idempotencyKey: key,
    });
    expect(again.order.id).toBe(order.id);
    expect(again.payment.id).toBe(payment.id);
    expect(await stockOf(product.id)).toBe(3);
  });

  it("a declined card leaves the order awaiting payment, and another card pays it", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 5 });
    const customer = await t.callerAs("CUSTOMER");
    const declined = await customer.order.checkout({
      lines: [{ productId: product.id, quantity: 1 }],
      customer: shopper,
      cardToken: "tok_chargeDeclined",
      idempotencyKey: `decl-${randomUUID()}`,
    });
    expect(declined.order.status).toBe("PENDING");
    expect(declined.payment).toMatchObject({ status: "FAILED", failureCode: "card_declined" });
    const paid = await customer.order.pay({ orderId: declined.order.id, cardToken: "tok_visa", idempotencyKey: `pay-${randomUUID()}` });
    expect(paid.status).toBe("SUCCEEDED");
    expect((await customer.order.get({ id: declined.order.id })).status).toBe("PAID");
    expect(await stockOf(product.id)).toBe(4);
  });

  it("a till sale is the same workflow on the POS channel, for a walk-in", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 3 });
    const staff = await t.callerAs("STAFF");
    const { order, payment } = await staff.order.sell({
      lines: [{ productId: product.id, quantity: 3 }],
      cardToken: "tok_mastercard",
      idempotencyKey: `sale-${randomUUID()}`,
    });
    expect(order).toMatchObject({ status: "PAID", channel: "POS", customer: { name: "Walk-in customer", email: null } });
    expect(payment.card).toEqual({ brand: "mastercard", last4: "4444" });
    expect(await stockOf(product.id)).toBe(0);
  });

  it("the same key sent five times at once makes one order and one charge", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 10 });
    const customer = await t.callerAs("CUSTOMER");
    const key = `burst-${randomUUID()}`;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        customer.order.checkout({ lines: [{ productId: product.id, quantity: 2 }], customer: shopper, cardToken: "tok_visa", idempotencyKey: key }),
      ),
    );
    expect(new Set(answers.map((a) => a.order.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.payment.id)).size).toBe(1);
    expect(await stockOf(product.id)).toBe(8);
    expect(await t.db.payment.count({ where: { orderId: answers[0]!.order.id } })).toBe(1);
  });

  it("a refusal leaves nothing behind: out of stock places no order and takes no stock", async () => {
    const plenty = await createTestProduct(t.caller, { stockQuantity: 5 });
    const scarce = await createTestProduct(t.caller, { stockQuantity: 1 });
    const customer = await t.callerAs("CUSTOMER");
    const key = `short-${randomUUID()}`;
    const attempt = customer.order.checkout({
      lines: [
        { productId: plenty.id, quantity: 2 },
        { productId: scarce.id, quantity: 2 },
      ],
      customer: shopper,
      cardToken: "tok_visa",
      idempotencyKey: key,
    });
    await expect(attempt).rejects.toMatchObject({ cause: { code: "OUT_OF_STOCK" } });
    expect([await stockOf(plenty.id), await stockOf(scarce.id)]).toEqual([5, 1]);
    const [run] = await runsOf("checkout", key);
    expect(run).toMatchObject({ status: "COMPENSATED", error: { code: "OUT_OF_STOCK" } });
  });
});

describe("turning back", () => {
  it("compensates the steps already done, last first, when a later step is refused", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 7 });
    const undone: string[] = [];
    const refused = workflow<{ variantId: string }>("test-turn-back")
      .step("takeOne", {
        invoke: async ({ tx, input }) => {
          await tx.productVariant.update({ where: { id: input.variantId }, data: { stockQuantity: { decrement: 1 } } });
          return { taken: 1 };
        },
        compensate: async ({ tx, input }, output) => {
          undone.push("takeOne");
          await tx.productVariant.update({ where: { id: input.variantId }, data: { stockQuantity: { increment: output.taken } } });
        },
      })
      .step("takeTwo", {
        invoke: async ({ tx, input }) => {
          await tx.productVariant.update({ where: { id: input.variantId }, data: { stockQuantity: { decrement: 2 } } });
          return { taken: 2 };
        },
        compensate: async ({ tx, input }, output) => {
          undone.push("takeTwo");
          await tx.productVariant.update({ where: { id: input.variantId }, data: { stockQuantity: { increment: output.taken } } });
        },
      })
      .step("refuse", {
        invoke: async () => {
          throw new DomainError("INVALID_STATE", "Refused on purpose");
        },
      })
      .finish(async () => "never");
    const key = `turn-${randomUUID()}`;
    await expect(runWorkflow(serviceContext(), refused, { variantId: product.variantId }, key)).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: "Refused on purpose",
    });
    expect(undone).toEqual(["takeTwo", "takeOne"]);
    expect(await stockOf(product.id)).toBe(7);
    const [run] = await runsOf("test-turn-back", key);
    expect(run!.status).toBe("COMPENSATED");
    expect(stepsOf(run!)).toEqual(["takeOne:compensated", "takeTwo:compensated"]);
    // Asked again with the same key, the run answers as it did, and nothing runs twice.
    await expect(runWorkflow(serviceContext(), refused, { variantId: product.variantId }, key)).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await stockOf(product.id)).toBe(7);
  });

  it("cancelling a paid order refunds it and returns its stock, as one workflow", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 4, priceAmount: 900 });
    const customer = await t.callerAs("CUSTOMER");
    const { order } = await customer.order.checkout({
      lines: [{ productId: product.id, quantity: 4 }],
      customer: shopper,
      cardToken: "tok_visa",
      idempotencyKey: `c-${randomUUID()}`,
    });
    const cancelled = await t.caller.order.cancel({ id: order.id, reason: "Changed their mind" });
    expect(cancelled).toMatchObject({ status: "CANCELLED", refunded: { amount: 3_600 } });
    expect(await stockOf(product.id)).toBe(4);
    // A second cancellation is refused and refunds nothing more.
    await expect(t.caller.order.cancel({ id: order.id })).rejects.toMatchObject({ cause: { code: "INVALID_STATE" } });
    expect(await t.db.refund.count({ where: { payment: { orderId: order.id } } })).toBe(1);
  });
});

describe("the sweep", () => {
  it("finishes a checkout a provider outage left half-way, once the provider is back, charging once", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 5 });
    const customer = await t.callerAs("CUSTOMER");
    const key = `outage-${randomUUID()}`;
    t.simulator.failNext(100);
    await expect(
      customer.order.checkout({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper, cardToken: "tok_visa", idempotencyKey: key }),
    ).rejects.toMatchObject({
      cause: { code: "PROVIDER_UNAVAILABLE" },
    });
    t.simulator.failNext(0);
    const [stuck] = await runsOf("checkout", key);
    expect(stuck).toMatchObject({ status: "RUNNING" });
    expect(stepsOf(stuck!)).toEqual(["place:done"]);

    await expireLeases();
    await sweepStaleRuns(t.platform);
    const [run] = await runsOf("checkout", key);
    expect(run!.status).toBe("SUCCEEDED");
    const orderId = (run!.steps as { output: { orderId: string } }[])[0]!.output.orderId;
    expect((await t.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PAID");
    expect(await t.db.payment.count({ where: { orderId, status: "SUCCEEDED" } })).toBe(1);
    expect(await stockOf(product.id)).toBe(4);
    // Sweeping again finds nothing to do.
    await expireLeases();
    expect(await sweepStaleRuns(t.platform)).toEqual({ resumed: 0, compensated: 0, failed: 0 });
  });

  it("undoes a checkout that died before its charge started: the order is cancelled and its stock returned", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 6 });
    const ctx = serviceContext();
    // The place step as a crashed checkout left it: done and committed, then nothing.
    const order = await runWorkflow(ctx, placeOrderWorkflow, { lines: [{ productId: product.id, quantity: 2 }], customer: shopper, channel: "WEB" });
    const runKey = `checkout:visitor:crashed-${randomUUID()}`;
    await t.db.workflowRun.create({
      data: {
        companyId: t.tenant.company.id,
        workflow: "checkout",
        runKey,
        status: "RUNNING",
        attempts: 1,
        leaseUntil: new Date(Date.now() - 60_000),
        input: { lines: [{ productId: product.id, quantity: 2 }], customer: shopper, channel: "WEB", cardToken: "tok_visa" },
        steps: [{ name: "place", status: "done", output: { orderId: order.id, number: order.number }, at: new Date().toISOString() }],
      },
    });
    expect(await stockOf(product.id)).toBe(4);
    const outcome = await sweepStaleRuns(t.platform);
    expect(outcome.compensated).toBeGreaterThanOrEqual(1);
    expect((await t.db.workflowRun.findFirstOrThrow({ where: { runKey } })).status).toBe("COMPENSATED");
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
    expect(await t.db.payment.count({ where: { orderId: order.id } })).toBe(0);
    expect(await stockOf(product.id)).toBe(6);
  });

  it("two sweeps at once recover a run once", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 5 });
    const customer = await t.callerAs("CUSTOMER");
    const key = `twice-${randomUUID()}`;
    t.simulator.failNext(100);
    await customer.order
      .checkout({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper, cardToken: "tok_visa", idempotencyKey: key })
      .catch(() => undefined);
    t.simulator.failNext(0);
    await expireLeases();
    const outcomes = await Promise.all([sweepStaleRuns(t.platform), sweepStaleRuns(t.platform)]);
    expect(outcomes.reduce((n, o) => n + o.resumed, 0)).toBe(1);
    const [run] = await runsOf("checkout", key);
    expect(run!.status).toBe("SUCCEEDED");
    expect(await t.db.payment.count({ where: { order: { idempotencyKey: { startsWith: `wf:${run!.id}` } }, status: "SUCCEEDED" } })).toBe(1);
    expect(await stockOf(product.id)).toBe(4);
  });
});
