import { money, sum } from "@commerce/core/money";
import { DomainError } from "@commerce/core/errors";
import type { ServiceContext, TenantContext } from "../service-context";
import { returnsStockOnCancel } from "../domains/order/order-status";
import { assertCancellable, createOrder, getOrder, guestOrderKey, transitionOrder, type OrderView } from "../domains/order/order.service";
import type { PlaceOrderInput } from "../domains/order/order.schemas";
import { chargeStarted, getPayment, processPayment, refundCaptured, refundPayment, type PaymentView } from "../domains/payment/payment.service";
import { returnStock, takeStock } from "../domains/product/stock.service";
import { checkExpectedTotal, refillCart, takeCartLines } from "../domains/cart/cart.service";
import { runWorkflow, workflow, type StepDefinition } from "./engine";

// The order's workflows: where the order, its stock and its payment meet. Checkout on the
// storefront and a sale at the till are one request each; the browser sequences nothing.

interface Placed {
  orderId: string;
  number: number;
}
interface Charged {
  paymentId: string;
  orderId: string;
  status: string;
  card: string | null;
}

/** Takes the stock and creates the order, in one transaction; undone by cancelling it, which puts the stock back. */
const placeStep: StepDefinition<PlaceOrderInput, Record<never, never>, Placed> = {
  async invoke({ ctx, tx, input, key }) {
    const priced = await takeStock(tx, input.lines);
    return createOrder(ctx, tx, input, priced, key("order"));
  },
  compensate: ({ tx }, placed) => cancelPlaced(tx, placed.orderId),
};

/** Turns a placed order back: cancelled, its stock returned, unless someone moved it on meanwhile. */
async function cancelPlaced(tx: Parameters<typeof transitionOrder>[0], orderId: string) {
  const cancelled = await cancelledHere(tx, orderId, "Checkout could not be completed");
  if (cancelled && returnsStockOnCancel(cancelled.from)) await returnStock(tx, orderId, cancelled.lines);
}

/** Cancels an order still PENDING; one already cancelled (by a person, meanwhile) stays as it is. */
async function cancelledHere(tx: Parameters<typeof transitionOrder>[0], orderId: string, reason: string) {
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { status: true } });
  if (order?.status !== "PENDING") return null;
  return transitionOrder(tx, orderId, "CANCELLED", reason, "person");
}

interface Card {
  cardToken: string;
}

/** Charges the card (the provider is called with a key of this run, so a retry never charges twice); undone by a refund. */
function chargeStep<I extends Card, R>(orderOf: (input: I, results: R) => string): StepDefinition<I, R & Record<string, unknown>, Charged> {
  return {
    external: true,
    async invoke({ ctx, input, results, key }) {
      const orderId = orderOf(input, results);
      const payment = await processPayment(ctx, { orderId, cardToken: input.cardToken, idempotencyKey: key("charge") });
      return { paymentId: payment.id, orderId, status: payment.status, card: payment.card ? `${payment.card.brand} •••• ${payment.card.last4}` : null };
    },
    async compensate({ ctx, key }, charged) {
      if (charged.status !== "SUCCEEDED") return;
      await refundPayment(ctx, {
        paymentId: charged.paymentId,
        reason: "The order could not be completed; the charge was given back",
        idempotencyKey: key("refund"),
      });
    },
    // A charge that reached the provider is finished after a crash; one that never started is not made late.
    async onStale({ ctx, input, results, key }) {
      return (await chargeStarted(ctx, orderOf(input, results), key("charge"))) ? "resume" : "compensate";
    },
  };
}

/** A captured charge makes the order PAID; an order cancelled meanwhile refuses, and the charge is given back. */
const markPaidStep: StepDefinition<unknown, { charge: Charged }, { paid: boolean }> = {
  async invoke({ tx, results }) {
    const { charge } = results;
    if (charge.status !== "SUCCEEDED") return { paid: false }; // declined: the order waits for another card
    await transitionOrder(tx, charge.orderId, "PAID", `Paid by ${charge.card ?? "card"}`, "payment");
    return { paid: true };
  },
};

/** Places a PENDING order (stock taken), to be paid later. */
export const placeOrderWorkflow = workflow<PlaceOrderInput>("place-order")
  .step("place", placeStep)
  .finish((ctx, _input, results) => getOrder(ctx, results.place.orderId));

export type CheckoutInput = PlaceOrderInput & Card;

/** Storefront checkout and a till sale: place the order, charge the card, mark it paid. A declined card leaves the order waiting for another. */
function checkoutOf(name: string) {
  return workflow<CheckoutInput>(name)
    .step("place", placeStep)
    .step(
      "charge",
      chargeStep<CheckoutInput, { place: Placed }>((_input, results) => results.place.orderId),
    )
    .step("markPaid", markPaidStep)
    .finish(async (ctx, _input, results) => answer(ctx, results.place.orderId, results.charge.paymentId));
}
export const checkoutWorkflow = checkoutOf("checkout");
export const saleWorkflow = checkoutOf("sale");

async function answer(ctx: ServiceContext, orderId: string, paymentId: string): Promise<{ order: OrderView; payment: PaymentView }> {
  return { order: await getOrder(ctx, orderId), payment: await getPayment(ctx, paymentId) };
}

export interface CartCheckoutInput extends Card {
  cartId: string;
  customer: { name: string; email: string };
  /** The total the shopper was shown, in minor units. */
  expectedTotal: number;
}

/**
 * Places the order for a basket's lines (checked against the prices the shopper saw and the
 * total shown) and empties the basket, in one transaction; undone by cancelling the order,
 * which returns its stock, and putting the lines back in the basket.
 */
const placeFromCartStep: StepDefinition<
  CartCheckoutInput,
  Record<never, never>,
  Placed & { lines: { variantId: string; quantity: number; seenPriceAmount: number }[] }
> = {
  async invoke({ ctx, tx, input, key }) {
    const lines = await takeCartLines(tx, input.cartId);
    const priced = await takeStock(tx, lines);
    checkExpectedTotal(
      input.expectedTotal,
      sum(
        priced.lines.map((l) => money(l.lineTotalAmount, priced.currency)),
        priced.currency,
      ),
    );
    const placed = await createOrder(ctx, tx, { lines, customer: input.customer, channel: "WEB" }, priced, key("order"));
    return { ...placed, lines };
  },
  async compensate({ tx, input }, placed) {
    await cancelPlaced(tx, placed.orderId);
    await refillCart(tx, input.cartId, placed.lines);
  },
};

/**
 * A basket's checkout pays or turns back: a declined card cancels the order (its stock
 * returned) and puts the lines back in the basket, so the shopper tries another card with the
 * basket as it was, signed in or not.
 */
const paidOrTurnedBackStep: StepDefinition<unknown, { charge: Charged }, { paid: boolean }> = {
  async invoke(call) {
    const { charge } = call.results;
    if (charge.status !== "SUCCEEDED") {
      const payment = await getPayment(call.ctx, charge.paymentId);
      const reason = (payment.failureMessage ?? "The card was declined").replace(/[.\s]+$/, "");
      throw new DomainError("PAYMENT_DECLINED", `${reason}: nothing was charged, try another card`, {
        failureCode: payment.failureCode,
      });
    }
    return markPaidStep.invoke(call);
  },
};

/** The storefront's basket checkout: place the order from the basket, charge the card, mark it paid. A run is the basket's. */
export const cartCheckoutWorkflow = workflow<CartCheckoutInput>("cart-checkout")
  .keyedBy((input, _startedBy, key) => `${input.cartId}:${key}`)
  .step("place", placeFromCartStep)
  .step(
    "charge",
    chargeStep<CartCheckoutInput, { place: Placed }>((_input, results) => results.place.orderId),
  )
  .step("markPaid", paidOrTurnedBackStep)
  .finish(async (ctx, _input, results) => answer(ctx, results.place.orderId, results.charge.paymentId));

/** Checks out a basket for a customer (their account's email) or a guest (the email they give, and a key to follow the order). */
export async function checkOutCart(
  ctx: TenantContext,
  input: { cartId: string; customer: { name: string; email?: string | undefined }; cardToken: string; expectedTotal: number; idempotencyKey: string },
) {
  const account = ctx.actor?.role === "CUSTOMER" ? ctx.actor : null;
  const email = account?.email ?? input.customer.email;
  if (!email) throw new DomainError("VALIDATION", "customer.email: is required to check out without an account", { field: "customer.email" });
  const paid = await runWorkflow(
    ctx,
    cartCheckoutWorkflow,
    { cartId: input.cartId, customer: { name: input.customer.name, email }, cardToken: input.cardToken, expectedTotal: input.expectedTotal },
    input.idempotencyKey,
  );
  return { ...paid, guestKey: account ? null : guestOrderKey(ctx, paid.order.id) };
}

export type PayOrderInput = Card & { orderId: string };

/** Pays a PENDING order (another card after a decline). A payment key is the payer's within that order. */
export const payOrderWorkflow = workflow<PayOrderInput>("pay-order")
  .keyedBy((input, _startedBy, key) => `${input.orderId}:${key}`)
  .step(
    "charge",
    chargeStep<PayOrderInput, Record<never, never>>((input) => input.orderId),
  )
  .step("markPaid", markPaidStep)
  .finish((ctx, _input, results) => getPayment(ctx, results.charge.paymentId));

export interface CancelOrderInput {
  orderId: string;
  reason: string | null;
}

/**
 * Cancelling: checked first, then the money goes back, then the order is cancelled and its
 * stock returned in one commit. A refund can't be taken back, so nothing before it may fail late.
 */
export const cancelOrderWorkflow = workflow<CancelOrderInput>("cancel-order")
  .step("check", { invoke: ({ tx, input }) => assertCancellable(tx, input.orderId) })
  .step("refund", {
    external: true,
    invoke: async ({ ctx, input, results }) => (results.check.status === "PAID" ? refundCaptured(ctx, input.orderId, input.reason ?? "Order cancelled") : []),
  })
  .step("cancel", {
    async invoke({ tx, input }) {
      const moved = await transitionOrder(tx, input.orderId, "CANCELLED", input.reason, "person");
      if (returnsStockOnCancel(moved.from)) await returnStock(tx, input.orderId, moved.lines);
      return { from: moved.from };
    },
  })
  .finish((ctx, input) => getOrder(ctx, input.orderId));

/** Every workflow by name: the sweep finds a stale run's definition here. */
export const orderWorkflows = [placeOrderWorkflow, checkoutWorkflow, saleWorkflow, cartCheckoutWorkflow, payOrderWorkflow, cancelOrderWorkflow];
