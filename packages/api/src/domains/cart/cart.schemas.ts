import { z } from "zod";
import { emailAddress, text, textLimits, idempotencyKey } from "@commerce/core/text";
import { minorUnitsSchema } from "@commerce/core/money";
import { cardTokenSchema } from "@commerce/payments";

/** The most of one variant a basket holds. */
export const maxLineQuantity = 100;
/** The most different items a basket holds (an order takes 50 lines). */
export const maxCartLines = 50;

export const addToCartInput = z.object({
  variantId: z.uuid(),
  quantity: z.number().int("must be a whole number").min(1, "must be at least 1").max(maxLineQuantity).default(1),
});
export type AddToCartInput = z.infer<typeof addToCartInput>;

/** 0 takes the line out. */
export const setCartQuantityInput = z.object({
  variantId: z.uuid(),
  quantity: z.number().int("must be a whole number").min(0, "cannot be negative").max(maxLineQuantity),
});
export type SetCartQuantityInput = z.infer<typeof setCartQuantityInput>;

export const removeFromCartInput = z.object({ variantId: z.uuid() });

/**
 * Paying for the basket. `expectedTotal` is the total the shopper was shown (minor units): if
 * prices moved since, nothing is charged and the basket shows what changed.
 */
export const cartCheckoutInput = z.object({
  /** A guest gives an email for the confirmation; a customer's is their account's. */
  customer: z.object({ name: text({ min: 1, minMessage: "is required", max: textLimits.name }), email: emailAddress().optional() }),
  cardToken: cardTokenSchema,
  expectedTotal: minorUnitsSchema,
  idempotencyKey: idempotencyKey(),
});
export type CartCheckoutInput = z.infer<typeof cartCheckoutInput>;
