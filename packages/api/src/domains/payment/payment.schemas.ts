import { z } from "zod";
import { minorUnitsSchema } from "@commerce/core/money";
import { idempotencyKeySchema } from "../order/order.schemas";

export const processPaymentInput = z.object({
  orderId: z.uuid(),
  cardToken: z.string().min(3).max(100),
  idempotencyKey: idempotencyKeySchema,
});

export const paymentStatusInput = z.object({ orderId: z.uuid() });

export const refundInput = z.object({
  paymentId: z.uuid(),
  /** Minor units; omitted means everything still refundable. */
  amount: minorUnitsSchema.min(1, "must be more than zero").optional(),
  reason: z.string().trim().max(500).optional(),
  idempotencyKey: idempotencyKeySchema,
});
export type RefundInput = z.infer<typeof refundInput>;
