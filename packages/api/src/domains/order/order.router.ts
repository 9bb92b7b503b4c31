import type { TRPCRouterRecord } from "@trpc/server";
import { requires } from "../../trpc";
import { cancelOrder } from "../../workflows/cancel-order";
import { getOrderInput, listOrdersInput, placeOrderInput, updateStatusInput } from "./order.schemas";
import * as orders from "./order.service";

export const orderRouter = {
  place: requires("order.place").input(placeOrderInput).mutation(({ ctx, input }) => orders.placeOrder(ctx, input)),
  get: requires("order.read").input(getOrderInput).query(({ ctx, input }) => orders.getOrder(ctx, input.id)),
  list: requires("order.read").input(listOrdersInput).query(({ ctx, input }) => orders.listOrders(ctx, input)),
  updateStatus: requires("order.manage")
    .input(updateStatusInput)
    .mutation(({ ctx, input }) => {
      // The audit entry is about the order, whichever row (refund, stock, status change) is written first.
      ctx.audit.setTarget("Order", input.id);
      return input.status === "CANCELLED" ? cancelOrder(ctx, input) : orders.updateOrderStatus(ctx, input);
    }),
} satisfies TRPCRouterRecord;
