import type { TRPCRouterRecord } from "@trpc/server";
import { companyAdmin, staff } from "../../trpc";
import { shopInput, updateShopInput } from "./shop.schemas";
import * as shops from "./shop.service";

export const shopRouter = {
  list: staff.requires("shop.read").query(({ ctx }) => shops.listShops(ctx)),
  create: companyAdmin
    .requires("shop.manage")
    .input(shopInput)
    .mutation(({ ctx, input }) => shops.createShop(ctx, input)),
  update: companyAdmin
    .requires("shop.manage")
    .input(updateShopInput)
    .mutation(({ ctx, input }) => shops.updateShop(ctx, input)),
} satisfies TRPCRouterRecord;
