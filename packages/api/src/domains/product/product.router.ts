import type { TRPCRouterRecord } from "@trpc/server";
import { requires } from "../../trpc";
import { addProductInput, byColourInput, getAllInput, getProductInput } from "./product.schemas";
import * as products from "./product.service";

export const productRouter = {
  getAll: requires("catalogue.browse").input(getAllInput).query(({ ctx, input }) => products.listProducts(ctx, input)),
  byColour: requires("catalogue.browse").input(byColourInput).query(({ ctx, input }) => products.listProductsByColour(ctx, input)),
  get: requires("catalogue.browse").input(getProductInput).query(({ ctx, input }) => products.getProduct(ctx, input)),
  facets: requires("catalogue.browse").query(({ ctx }) => products.catalogueFacets(ctx)),
  add: requires("catalogue.manage").input(addProductInput).mutation(({ ctx, input }) => products.addProduct(ctx, input)),
} satisfies TRPCRouterRecord;
