import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure } from "../../trpc";
import { cancelOrder } from "../../workflows/cancel-order";
import { getOrderInput, listOrdersInput, placeOrderInput, updateStatusInput } from "./order.schemas";
import * as orders from "./order.service";

export const orderRouter = {
  place: publicProcedure.input(placeOrderInput).mutation(({ ctx, input }) => orders.placeOrder(ctx, input)),
  get: publicProcedure.input(getOrderInput).query(({ ctx, input }) => orders.getOrder(ctx, input.id)),
  list: publicProcedure.input(listOrdersInput).query(({ ctx, input }) => orders.listOrders(ctx, input)),
  updateStatus: publicProcedure
    .input(updateStatusInput)
    .mutation(({ ctx, input }) => (input.status === "CANCELLED" ? cancelOrder(ctx, input) : orders.updateOrderStatus(ctx, input))),
} satisfies TRPCRouterRecord;
