import type { TRPCRouterRecord } from "@trpc/server";
import { storefront } from "../../trpc";
import { checkOutCart } from "../../workflows/order.workflows";
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
  /**
   * Pays for the basket: one order of its lines, charged to the card, the basket emptied. A
   * guest gives an email and gets the key of a link to follow (and later claim) the order.
   */
  checkout: storefront
    .requires("cart.checkout")
    .input(cartCheckoutInput)
    .mutation(async ({ ctx, input }) => checkOutCart(ctx, { ...(await carts.cartToCheckOut(ctx)), ...input })),
} satisfies TRPCRouterRecord;
