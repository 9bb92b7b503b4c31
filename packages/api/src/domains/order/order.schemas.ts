import { z } from "zod";
import { emailAddress, text, textLimits } from "@commerce/core/text";
import { orderStatuses } from "@commerce/events/catalogue";

export const orderStatusSchema = z.enum(orderStatuses);
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9:._-]{8,100}$/, "8 to 100 letters, digits or : . _ -");

export const placeOrderInput = z.object({
  lines: z
    .array(z.object({ productId: z.uuid(), quantity: z.number().int("must be a whole number").min(1).max(100) }))
    .min(1, "an order needs at least one line")
    .max(50),
  customer: z.object({
    name: text({ min: 1, minMessage: "is required", max: textLimits.name }),
    /** Required for web orders (confirmation mail); optional for a walk-in POS sale. */
    email: emailAddress().optional(),
  }),
  channel: z.enum(["WEB", "POS"]).default("WEB"),
  idempotencyKey: idempotencyKeySchema.optional(),
}).refine((o) => o.channel === "POS" || o.customer.email, { message: "is required for web orders", path: ["customer", "email"] });
export type PlaceOrderInput = z.infer<typeof placeOrderInput>;

export const getOrderInput = z.object({ id: z.uuid() });

export const listOrdersInput = z.object({
  status: orderStatusSchema.optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});

export const updateStatusInput = z.object({
  id: z.uuid(),
  status: orderStatusSchema,
  reason: text({ max: textLimits.short }).optional(),
});
