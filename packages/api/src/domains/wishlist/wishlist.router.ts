import type { TRPCRouterRecord } from "@trpc/server";
import { customer } from "../../trpc";
import { wishlistProductInput } from "./wishlist.schemas";
import * as wishlists from "./wishlist.service";

export const wishlistRouter = {
  list: customer.requires("wishlist.use").query(({ ctx }) => wishlists.listWishlist(ctx)),
  add: customer
    .requires("wishlist.use")
    .input(wishlistProductInput)
    .mutation(({ ctx, input }) => wishlists.addToWishlist(ctx, input)),
  remove: customer
    .requires("wishlist.use")
    .input(wishlistProductInput)
    .mutation(({ ctx, input }) => wishlists.removeFromWishlist(ctx, input)),
} satisfies TRPCRouterRecord;
