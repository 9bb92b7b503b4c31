import type { TRPCRouterRecord } from "@trpc/server";
import { customer, staff, storefront } from "../../trpc";
import { runWorkflow } from "../../workflows/engine";
import { cancelOrderWorkflow, checkoutWorkflow, payOrderWorkflow, placeOrderWorkflow, saleWorkflow } from "../../workflows/order.workflows";
import {
  cancelOrderInput,
  checkoutInput,
  getOrderInput,
  guestOrderInput,
  listOrdersInput,
  payOrderInput,
  placeOrderInput,
  saleInput,
  updateStatusInput,
} from "./order.schemas";
import * as orders from "./order.service";

/** A walk-in at the till leaves no name. */
const walkIn = "Walk-in customer";

export const orderRouter = {
  /** A guest following the order they placed signed out, by its link's key. */
  track: storefront
    .requires("order.track")
    .input(guestOrderInput)
    .query(({ ctx, input }) => orders.trackGuestOrder(ctx, input)),
  /** Takes an order placed as a guest into the signed-in customer's account. */
  claim: customer
    .requires("order.claim")
    .input(guestOrderInput)
    .mutation(({ ctx, input }) => orders.claimGuestOrder(ctx, input)),
  place: customer
    .requires("order.place")
    .input(placeOrderInput)
    .mutation(({ ctx, input }) => runWorkflow(ctx, placeOrderWorkflow, orders.orderRequest(ctx, input), input.idempotencyKey)),
  /** The storefront's checkout: places the order and charges the card in one request. */
  checkout: customer
    .requires("order.place")
    .input(checkoutInput)
    .mutation(({ ctx, input }) =>
      runWorkflow(ctx, checkoutWorkflow, { ...orders.orderRequest(ctx, { ...input, channel: "WEB" }), cardToken: input.cardToken }, input.idempotencyKey),
    ),
  /** A sale at the till: the same, on the POS channel. */
  sell: customer
    .requires("order.place")
    .input(saleInput)
    .mutation(({ ctx, input }) =>
      runWorkflow(
        ctx,
        saleWorkflow,
        { lines: input.lines, customer: { name: input.customer?.name ?? walkIn, email: input.customer?.email }, channel: "POS", cardToken: input.cardToken },
        input.idempotencyKey,
      ),
    ),
  /** Pays a PENDING order, e.g. with another card after a decline. */
  pay: customer
    .requires("payment.take")
    .input(payOrderInput)
    .mutation(({ ctx, input }) => runWorkflow(ctx, payOrderWorkflow, input, input.idempotencyKey)),
  cancel: staff
    .requires("order.manage")
    .input(cancelOrderInput)
    .mutation(({ ctx, input }) => {
      ctx.audit.setTarget("Order", input.id);
      return runWorkflow(ctx, cancelOrderWorkflow, { orderId: input.id, reason: input.reason ?? null });
    }),
  get: customer
    .requires("order.read")
    .input(getOrderInput)
    .query(({ ctx, input }) => orders.getOrder(ctx, input.id)),
  list: customer
    .requires("order.read")
    .input(listOrdersInput)
    .query(({ ctx, input }) => orders.listOrders(ctx, input)),
  updateStatus: staff
    .requires("order.manage")
    .input(updateStatusInput)
    .mutation(({ ctx, input }) => {
      // The audit entry is about the order, whichever row (refund, stock, status change) is written first.
      ctx.audit.setTarget("Order", input.id);
      return input.status === "CANCELLED"
        ? runWorkflow(ctx, cancelOrderWorkflow, { orderId: input.id, reason: input.reason ?? null })
        : orders.updateOrderStatus(ctx, input);
    }),
} satisfies TRPCRouterRecord;
