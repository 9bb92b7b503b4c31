import { Prisma, uniqueViolation, type Payment, type Refund } from "@commerce/db";
import { DomainError } from "@commerce/core/errors";
import { formatMoney, money, storedAmount, storedMoney } from "@commerce/core/money";
import { recordEvent } from "@commerce/events";
import { ProviderRejectedError, ProviderUnavailableError, type ChargeResult } from "@commerce/payments";
import type { z } from "zod";
import type { ServiceContext } from "../../service-context";
import type { processPaymentInput, RefundInput } from "./payment.schemas";

function toView(p: Payment) {
  const m = (amount: number) => money(amount, p.currency);
  const amount = storedAmount(p.amount);
  const refunded = storedAmount(p.refundedAmount);
  return {
    id: p.id,
    orderId: p.orderId,
    status: p.status,
    amount: m(amount),
    refunded: m(refunded),
    refundable: m(p.status === "SUCCEEDED" ? amount - refunded : 0),
    card: p.cardLast4 ? { brand: p.cardBrand, last4: p.cardLast4 } : null,
    failureCode: p.failureCode,
    failureMessage: p.failureMessage,
    createdAt: p.createdAt,
  };
}
export type PaymentView = ReturnType<typeof toView>;

const isUniqueViolation = (e: unknown) => uniqueViolation(e) !== null;

/** A key race resolves in one more look; a bound keeps a surprise from becoming a loop. */
const maxKeyRaceRetries = 2;

// The provider sees keys of our own making, one per payment or refund row: a client's key is
// unique only within its order (or payment), not across the provider account.
const chargeKey = (p: Payment) => `charge-${p.id}`;
const refundKey = (r: Refund) => `refund-${r.id}`;

function providerFault(error: unknown): never {
  if (error instanceof ProviderUnavailableError) {
    throw new DomainError("PROVIDER_UNAVAILABLE", "The payment provider is not answering; nothing was charged twice — try again in a moment");
  }
  if (error instanceof ProviderRejectedError) throw new DomainError("VALIDATION", `The payment provider refused the request: ${error.message}`);
  throw error;
}

/**
 * Charges the card for an order. A declined card is an expected outcome and comes back as a
 * FAILED payment, not an error. Steps:
 *  1. claim: insert a PROCESSING payment (one per order at a time, by partial unique index);
 *  2. charge the provider with our idempotency key (a retry gets the provider's first answer);
 *  3. record the answer with its event, in one commit.
 * A retry with the same key after a crash resumes at step 2. Moving the order to PAID is the
 * next step of the workflow that charged (workflows/order.workflows.ts), not this domain's.
 */
export async function processPayment(ctx: ServiceContext, input: z.infer<typeof processPaymentInput>, keyRaces = 0): Promise<PaymentView> {
  const sameRequest = { orderId: input.orderId, idempotencyKey: input.idempotencyKey };
  let payment = await ctx.db.payment.findFirst({ where: sameRequest });
  if (payment && payment.status !== "PROCESSING") return toView(payment);

  if (!payment) {
    const order = await ctx.db.order.findUnique({ where: { id: input.orderId } });
    if (!order) throw new DomainError("NOT_FOUND", "No order with that id");
    if (order.status !== "PENDING") throw new DomainError("INVALID_STATE", `Order #${order.number} is ${order.status} and cannot be paid`);
    try {
      payment = await ctx.db.payment.create({
        data: {
          orderId: order.id,
          provider: ctx.payments.name,
          status: "PROCESSING",
          amount: order.totalAmount,
          currency: order.currency,
          idempotencyKey: input.idempotencyKey,
        },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const same = await ctx.db.payment.findFirst({ where: sameRequest });
      if (same && keyRaces < maxKeyRaceRetries) return processPayment(ctx, input, keyRaces + 1);
      throw new DomainError("PAYMENT_IN_PROGRESS", `Order #${order.number} already has a payment in progress or captured`);
    }
  }

  let result: ChargeResult;
  try {
    result = await ctx.payments.charge({
      amount: storedAmount(payment.amount),
      currency: payment.currency,
      cardToken: input.cardToken,
      idempotencyKey: chargeKey(payment),
      reference: payment.orderId,
    });
  } catch (error) {
    providerFault(error); // the PROCESSING row stays; a retry with the same key resumes here
  }

  const paymentId = payment.id;
  const settled = await ctx.db.$transaction(async (tx) => {
    const amount = storedMoney(payment.amount, payment.currency);
    // Settle only a PROCESSING payment: a concurrent retry with the same key may have settled it.
    const settle = (data: Prisma.PaymentUpdateManyMutationInput) => tx.payment.updateMany({ where: { id: paymentId, status: "PROCESSING" }, data });
    if (result.status === "failed") {
      const moved = await settle({
        status: "FAILED",
        providerPaymentId: result.providerPaymentId,
        failureCode: result.failureCode,
        failureMessage: result.failureMessage,
      });
      if (moved.count === 1) {
        await recordEvent(tx, "payment.failed", {
          paymentId,
          orderId: payment.orderId,
          amount,
          failureCode: result.failureCode,
          failureMessage: result.failureMessage,
        });
      }
    } else {
      const moved = await settle({
        status: "SUCCEEDED",
        providerPaymentId: result.providerPaymentId,
        cardBrand: result.cardBrand,
        cardLast4: result.cardLast4,
      });
      if (moved.count === 1) await recordEvent(tx, "payment.succeeded", { paymentId, orderId: payment.orderId, amount, provider: payment.provider });
    }
    return tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
  });
  ctx.log.info("payment recorded", { paymentId, orderId: payment.orderId, status: settled.status });
  return toView(settled);
}

/** A payment as the API shows it. */
export async function getPayment(ctx: ServiceContext, id: string): Promise<PaymentView> {
  const payment = await ctx.db.payment.findUnique({ where: { id } });
  if (!payment) throw new DomainError("NOT_FOUND", "No payment with that id");
  return toView(payment);
}

/** Whether a charge was ever started under this key: after a crash, a started charge is finished, not abandoned. */
export async function chargeStarted(ctx: ServiceContext, orderId: string, idempotencyKey: string): Promise<boolean> {
  return (await ctx.db.payment.count({ where: { orderId, idempotencyKey } })) > 0;
}

/** Refunds what is left of every captured payment of an order (a cancellation), each under its own key. */
export async function refundCaptured(ctx: ServiceContext, orderId: string, reason: string): Promise<string[]> {
  const captured = await ctx.db.payment.findMany({ where: { orderId, status: "SUCCEEDED" }, orderBy: { createdAt: "asc" } });
  const refunded: string[] = [];
  for (const payment of captured.filter((p) => p.refundedAmount < p.amount)) {
    refunded.push((await refundPayment(ctx, { paymentId: payment.id, reason, idempotencyKey: `cancel:${orderId}:${payment.id}` })).id);
  }
  return refunded;
}

/** Seed 000's GetPaymentStatus: where an order's money stands. */
export async function paymentStatus(ctx: ServiceContext, orderId: string) {
  const order = await ctx.db.order.findUnique({ where: { id: orderId }, include: { payments: { orderBy: { createdAt: "desc" } } } });
  if (!order) throw new DomainError("NOT_FOUND", "No order with that id");
  const latest = order.payments[0];
  const captured = order.payments.find((p) => p.status === "SUCCEEDED");
  const m = (amount: bigint | number) => storedMoney(amount, order.currency);
  const state = captured
    ? captured.refundedAmount === 0n
      ? "PAID"
      : captured.refundedAmount === captured.amount
        ? "REFUNDED"
        : "PARTIALLY_REFUNDED"
    : latest?.status === "PROCESSING"
      ? "PROCESSING"
      : latest?.status === "FAILED"
        ? "FAILED"
        : "UNPAID";
  return {
    orderId,
    state,
    amountDue: m(order.totalAmount),
    captured: m(captured?.amount ?? 0),
    refunded: m(captured?.refundedAmount ?? 0),
    lastFailure: latest?.status === "FAILED" ? { code: latest.failureCode, message: latest.failureMessage } : null,
    payments: order.payments.map(toView),
  };
}

/**
 * Refunds part or all of a captured payment, never more than what is left:
 *  1. reserve the amount with a conditional increment (the CHECK constraint backs it up);
 *  2. ask the provider, with our idempotency key;
 *  3. mark the refund done and record payment.refunded; on provider failure, undo step 1.
 */
export async function refundPayment(ctx: ServiceContext, input: RefundInput, keyRaces = 0): Promise<RefundView> {
  const existing = await ctx.db.refund.findFirst({ where: { paymentId: input.paymentId, idempotencyKey: input.idempotencyKey } });
  if (existing && existing.status !== "PENDING") return toRefundView(existing);

  const refund =
    existing ??
    (await reserveRefund(ctx, input).catch((error: unknown) => {
      // A concurrent call with the same key reserved first: finish that refund instead.
      if (isUniqueViolation(error)) return null;
      throw error;
    }));
  if (!refund) {
    if (keyRaces >= maxKeyRaceRetries) throw new DomainError("CONFLICT", "Another refund with this key is being made; try again in a moment");
    return refundPayment(ctx, input, keyRaces + 1);
  }

  const payment = await ctx.db.payment.findUniqueOrThrow({ where: { id: refund.paymentId } });
  let providerRefundId: string;
  try {
    ({ providerRefundId } = await ctx.payments.refund({
      providerPaymentId: payment.providerPaymentId!,
      amount: storedAmount(refund.amount),
      idempotencyKey: refundKey(refund),
    }));
  } catch (error) {
    if (error instanceof ProviderRejectedError) {
      // Compensate: the money never left, so the reservation goes back.
      await ctx.db.$transaction(async (tx) => {
        await tx.refund.update({ where: { id: refund.id }, data: { status: "FAILED", failureMessage: error.message } });
        await tx.payment.update({ where: { id: payment.id }, data: { refundedAmount: { decrement: refund.amount } } });
      });
    }
    providerFault(error); // unavailable: stays PENDING, a retry with the same key finishes it
  }

  const done = await ctx.db.$transaction(async (tx) => {
    // Only the call that moves it out of PENDING records the event: a concurrent retry may have.
    const settled = await tx.refund.updateMany({ where: { id: refund.id, status: "PENDING" }, data: { status: "SUCCEEDED", providerRefundId } });
    const updated = await tx.refund.findUniqueOrThrow({ where: { id: refund.id } });
    if (settled.count === 0) return updated;
    const after = await tx.payment.findUniqueOrThrow({ where: { id: payment.id } });
    await recordEvent(tx, "payment.refunded", {
      paymentId: payment.id,
      refundId: refund.id,
      orderId: payment.orderId,
      amount: storedMoney(refund.amount, refund.currency),
      totalRefunded: storedMoney(after.refundedAmount, after.currency),
    });
    return updated;
  });
  ctx.log.info("refund recorded", { refundId: done.id, paymentId: payment.id, amount: storedAmount(done.amount) });
  return toRefundView(done);
}

function toRefundView(r: Refund) {
  return { ...r, amount: storedAmount(r.amount) };
}
export type RefundView = ReturnType<typeof toRefundView>;

/** Step 1 of a refund: reserve the amount on the payment and create the PENDING refund. */
function reserveRefund(ctx: ServiceContext, input: RefundInput) {
  return ctx.db.$transaction(async (tx) => {
    const payment = await tx.payment.findUnique({ where: { id: input.paymentId } });
    if (!payment) throw new DomainError("NOT_FOUND", "No payment with that id");
    if (payment.status !== "SUCCEEDED") throw new DomainError("INVALID_STATE", `Only a captured payment can be refunded; this one is ${payment.status}`);
    const remaining = storedAmount(payment.amount) - storedAmount(payment.refundedAmount);
    const amount = input.amount ?? remaining;
    if (remaining === 0) throw new DomainError("REFUND_EXCEEDS_CAPTURED", "This payment has already been refunded in full", { refundable: 0 });
    if (amount > remaining) {
      throw new DomainError(
        "REFUND_EXCEEDS_CAPTURED",
        `A refund of ${formatMoney(money(amount, payment.currency))} is more than the ${formatMoney(money(remaining, payment.currency))} still refundable`,
        { refundable: remaining },
      );
    }
    const reserved = await tx.payment.updateMany({
      where: { id: payment.id, refundedAmount: { lte: payment.amount - BigInt(amount) } },
      data: { refundedAmount: { increment: amount } },
    });
    if (reserved.count === 0) throw new DomainError("CONFLICT", "Another refund changed this payment; reload and try again");
    return tx.refund.create({
      data: {
        paymentId: payment.id,
        status: "PENDING",
        amount,
        currency: payment.currency,
        reason: input.reason ?? null,
        idempotencyKey: input.idempotencyKey,
      },
    });
  });
}
