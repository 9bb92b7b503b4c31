import type { TRPCRouterRecord } from "@trpc/server";
import { customer, storefront } from "../../trpc";
import { runWorkflow } from "../../workflows/engine";
import { cartCheckoutWorkflow } from "../../workflows/order.workflows";
import { addToCartInput, cartCheckoutInput, removeFromCartInput, setCartQuantityInput } from "./cart.schemas";
import * as carts from "./cart.service";

export const cartRouter = {
  /** The caller's basket (a guest's from their cookie; a customer's, with this browser's guest basket joined in). */
  get: storefront.requires("cart.use").query(({ ctx }) => carts.getCart(ctx)),
  add: storefront
    .requires("cart.use")
    .input(addToCartInput)
    .mutation(({ ctx, input }) => carts.addToCart(ctx, input)),
  setQuantity: storefront
    .requires("cart.use")
    .input(setCartQuantityInput)
    .mutation(({ ctx, input }) => carts.setCartQuantity(ctx, input)),
  remove: storefront
    .requires("cart.use")
    .input(removeFromCartInput)
    .mutation(({ ctx, input }) => carts.removeFromCart(ctx, input)),
  /** The shopper has seen the new prices. */
  acceptPrices: storefront.requires("cart.use").mutation(({ ctx }) => carts.acceptCartPrices(ctx)),
  /** Pays for the basket: one order of its lines, charged to the card, the basket emptied. */
  checkout: customer
    .requires("cart.checkout")
    .input(cartCheckoutInput)
    .mutation(async ({ ctx, input }) => {
      const { cartId } = await carts.cartToCheckOut(ctx);
      return runWorkflow(
        ctx,
        cartCheckoutWorkflow,
        { cartId, customer: { name: input.customer.name, email: ctx.actor.email }, cardToken: input.cardToken, expectedTotal: input.expectedTotal },
        input.idempotencyKey,
      );
    }),
} satisfies TRPCRouterRecord;
