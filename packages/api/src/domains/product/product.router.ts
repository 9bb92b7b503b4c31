import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure } from "../../trpc";
import { addProductInput, byColourInput, getAllInput, getProductInput } from "./product.schemas";
import * as products from "./product.service";

export const productRouter = {
  getAll: publicProcedure.input(getAllInput).query(({ ctx, input }) => products.listProducts(ctx, input)),
  byColour: publicProcedure.input(byColourInput).query(({ ctx, input }) => products.listProductsByColour(ctx, input)),
  get: publicProcedure.input(getProductInput).query(({ ctx, input }) => products.getProduct(ctx, input)),
  facets: publicProcedure.query(({ ctx }) => products.catalogueFacets(ctx)),
  add: publicProcedure.input(addProductInput).mutation(({ ctx, input }) => products.addProduct(ctx, input)),
} satisfies TRPCRouterRecord;
