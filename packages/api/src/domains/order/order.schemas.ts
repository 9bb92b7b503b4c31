import { z } from "zod";
import { emailAddress, idempotencyKey, text, textLimits } from "@commerce/core/text";
import { orderStatuses } from "@commerce/events/catalogue";
import { cardTokenSchema } from "@commerce/payments";

export const orderStatusSchema = z.enum(orderStatuses);

/** A line names the variant bought, or a product that comes in only one. */
const orderLine = z
  .object({ variantId: z.uuid().optional(), productId: z.uuid().optional(), quantity: z.number().int("must be a whole number").min(1).max(100) })
  .refine((line) => line.variantId !== undefined || line.productId !== undefined, { message: "name the variant bought (variantId)", path: ["variantId"] });
const orderLines = z.array(orderLine).min(1, "an order needs at least one line").max(50);
const orderCustomer = z.object({
  name: text({ min: 1, minMessage: "is required", max: textLimits.name }),
  /** Required for web orders (confirmation mail); optional for a walk-in POS sale. */
  email: emailAddress().optional(),
});
const cardToken = cardTokenSchema;

export const placeOrderInput = z
  .object({ lines: orderLines, customer: orderCustomer, channel: z.enum(["WEB", "POS"]).default("WEB"), idempotencyKey: idempotencyKey().optional() })
  .refine((o) => o.channel === "POS" || o.customer.email, { message: "is required for web orders", path: ["customer", "email"] });
export type PlaceOrderInput = z.infer<typeof placeOrderInput>;

/** Storefront checkout: the order and its card in one request. */
export const checkoutInput = z.object({
  lines: orderLines,
  customer: orderCustomer.extend({ email: emailAddress() }),
  cardToken,
  idempotencyKey: idempotencyKey(),
});

/** A sale at the till: a walk-in needs no name or email. */
export const saleInput = z.object({
  lines: orderLines,
  customer: orderCustomer.partial({ name: true }).optional(),
  cardToken,
  idempotencyKey: idempotencyKey(),
});

/** Paying a PENDING order, e.g. with another card after a decline. */
export const payOrderInput = z.object({ orderId: z.uuid(), cardToken, idempotencyKey: idempotencyKey() });

export const cancelOrderInput = z.object({ id: z.uuid(), reason: text({ max: textLimits.short }).optional() });

export const getOrderInput = z.object({ id: z.uuid() });

/** A guest's order, by the key its link carries (from checkout and the confirmation mail). */
export const guestOrderInput = z.object({ id: z.uuid(), key: z.string().regex(/^[A-Za-z0-9_-]{32}$/, "is not an order link's key") });

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
