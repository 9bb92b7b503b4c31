import { z } from "zod";
import { idempotencyKey, text, textLimits } from "@commerce/core/text";
import { minorUnitsSchema } from "@commerce/core/money";

export const processPaymentInput = z.object({
  orderId: z.uuid(),
  cardToken: z.string().regex(/^[A-Za-z0-9_-]{3,100}$/, "is not a card token"),
  idempotencyKey: idempotencyKey(),
});

export const paymentStatusInput = z.object({ orderId: z.uuid() });

export const refundInput = z.object({
  paymentId: z.uuid(),
  /** Minor units; omitted means everything still refundable. */
  amount: minorUnitsSchema.min(1, "must be more than zero").optional(),
  reason: text({ max: textLimits.short }).optional(),
  idempotencyKey: idempotencyKey(),
});
export type RefundInput = z.infer<typeof refundInput>;
