import type { TRPCRouterRecord } from "@trpc/server";
import { testCards } from "@commerce/payments";
import { anyone, customer, staff } from "../../trpc";
import { runWorkflow } from "../../workflows/engine";
import { payOrderWorkflow } from "../../workflows/order.workflows";
import { paymentStatusInput, processPaymentInput, refundInput } from "./payment.schemas";
import * as payments from "./payment.service";

export const paymentRouter = {
  /** The same as order.pay: charging and marking the order paid is one workflow. */
  process: customer
    .requires("payment.take")
    .input(processPaymentInput)
    .mutation(({ ctx, input }) => runWorkflow(ctx, payOrderWorkflow, input, input.idempotencyKey)),
  status: customer
    .requires("order.read")
    .input(paymentStatusInput)
    .query(({ ctx, input }) => payments.paymentStatus(ctx, input.orderId)),
  refund: staff
    .requires("payment.refund")
    .input(refundInput)
    .mutation(({ ctx, input }) => payments.refundPayment(ctx, input)),
  /** The provider's test cards, for checkout and the POS in test mode. */
  testCards: anyone.requires("public").query(() => testCards.map(({ token, label, outcome }) => ({ token, label, outcome }))),
} satisfies TRPCRouterRecord;
