import type { TRPCRouterRecord } from "@trpc/server";
import { testCards } from "@commerce/payments";
import { publicProcedure } from "../../trpc";
import { paymentStatusInput, processPaymentInput, refundInput } from "./payment.schemas";
import * as payments from "./payment.service";

export const paymentRouter = {
  process: publicProcedure.input(processPaymentInput).mutation(({ ctx, input }) => payments.processPayment(ctx, input)),
  status: publicProcedure.input(paymentStatusInput).query(({ ctx, input }) => payments.paymentStatus(ctx, input.orderId)),
  refund: publicProcedure.input(refundInput).mutation(({ ctx, input }) => payments.refundPayment(ctx, input)),
  /** The provider's test cards, for checkout and the POS in test mode. */
  testCards: publicProcedure.query(() => testCards.map(({ token, label, outcome }) => ({ token, label, outcome }))),
} satisfies TRPCRouterRecord;
