import { z } from "zod";
import { orderStatuses } from "@commerce/events/catalogue";

export const orderStatusSchema = z.enum(orderStatuses);
export const idempotencyKeySchema = z.string().min(8, "must be at least 8 characters").max(100);

export const placeOrderInput = z.object({
  lines: z
    .array(z.object({ productId: z.uuid(), quantity: z.number().int("must be a whole number").min(1).max(100) }))
    .min(1, "an order needs at least one line")
    .max(50),
  customer: z.object({
    name: z.string().trim().min(1, "is required").max(120),
    /** Required for web orders (confirmation mail); optional for a walk-in POS sale. */
    email: z.email("must be an email address").max(200).optional(),
  }),
  channel: z.enum(["WEB", "POS"]).default("WEB"),
  idempotencyKey: idempotencyKeySchema.optional(),
}).refine((o) => o.channel === "POS" || o.customer.email, { message: "is required for web orders", path: ["customer", "email"] });
export type PlaceOrderInput = z.infer<typeof placeOrderInput>;

export const getOrderInput = z.object({ id: z.uuid() });

export const listOrdersInput = z.object({
  status: orderStatusSchema.optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});

export const updateStatusInput = z.object({
  id: z.uuid(),
  status: orderStatusSchema,
  reason: z.string().trim().max(500).optional(),
});
