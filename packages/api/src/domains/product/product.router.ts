import type { TRPCRouterRecord } from "@trpc/server";
import { companyAdmin, storefront } from "../../trpc";
import {
  addProductInput,
  addVariantInput,
  bulkUpdateVariantsInput,
  updateVariantInput,
  adjustStockInput,
  stockHistoryInput,
  byColourInput,
  duplicateProductInput,
  getAllInput,
  getProductInput,
  listArchivedInput,
  productIdInput,
  updateProductInput,
} from "./product.schemas";
import * as products from "./product.service";
import * as stock from "./stock.service";
import * as variants from "./variant.service";

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
  update: companyAdmin
    .requires("product.manage")
    .input(updateProductInput)
    .mutation(({ ctx, input }) => products.updateProduct(ctx, input)),
  archive: companyAdmin
    .requires("product.manage")
    .input(productIdInput)
    .mutation(({ ctx, input }) => products.archiveProduct(ctx, input)),
  restore: companyAdmin
    .requires("product.manage")
    .input(productIdInput)
    .mutation(({ ctx, input }) => products.restoreProduct(ctx, input)),
  duplicate: companyAdmin
    .requires("product.manage")
    .input(duplicateProductInput)
    .mutation(({ ctx, input }) => products.duplicateProduct(ctx, input)),
  archived: companyAdmin
    .requires("product.manage")
    .input(listArchivedInput)
    .query(({ ctx, input }) => products.listArchivedProducts(ctx, input)),
  addVariant: companyAdmin
    .requires("product.manage")
    .input(addVariantInput)
    .mutation(({ ctx, input }) => variants.addVariant(ctx, input)),
  updateVariant: companyAdmin
    .requires("product.manage")
    .input(updateVariantInput)
    .mutation(({ ctx, input }) => variants.updateVariant(ctx, input)),
  bulkUpdateVariants: companyAdmin
    .requires("product.manage")
    .input(bulkUpdateVariantsInput)
    .mutation(({ ctx, input }) => variants.bulkUpdateVariants(ctx, input)),
  adjustStock: companyAdmin
    .requires("product.manage")
    .input(adjustStockInput)
    .mutation(({ ctx, input }) => stock.adjustStock(ctx, input)),
  stockHistory: companyAdmin
    .requires("product.manage")
    .input(stockHistoryInput)
    .query(({ ctx, input }) => stock.stockHistory(ctx, input)),
} satisfies TRPCRouterRecord;
