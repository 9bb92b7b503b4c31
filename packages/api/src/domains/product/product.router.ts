import type { TRPCRouterRecord } from "@trpc/server";
import { companyAdmin, storefront } from "../../trpc";
import { addProductInput, byColourInput, getAllInput, getProductInput } from "./product.schemas";
import * as products from "./product.service";

export const productRouter = {
  getAll: storefront
    .requires("product.browse")
    .input(getAllInput)
    .query(({ ctx, input }) => products.listProducts(ctx, input)),
  byColour: storefront
    .requires("product.browse")
    .input(byColourInput)
    .query(({ ctx, input }) => products.listProductsByColour(ctx, input)),
  get: storefront
    .requires("product.browse")
    .input(getProductInput)
    .query(({ ctx, input }) => products.getProduct(ctx, input)),
  facets: storefront.requires("product.browse").query(({ ctx }) => products.productFacets(ctx)),
  add: companyAdmin
    .requires("product.manage")
    .input(addProductInput)
    .mutation(({ ctx, input }) => products.addProduct(ctx, input)),
} satisfies TRPCRouterRecord;
