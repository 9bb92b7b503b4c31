-- Products get options (Size, Colour…) and variants: what is bought, priced and stocked is a
-- variant. Every existing product becomes one variant with a Colour option of its one colour,
-- keeping its SKU, price and stock, and the order lines and stock adjustments that named the
-- product now also name that variant.

-- CreateTable
CREATE TABLE "product_option" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL DEFAULT (current_setting('app.company_id'))::uuid,
    "productId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "values" TEXT[],
    CONSTRAINT "product_option_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "product_variant" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL DEFAULT (current_setting('app.company_id'))::uuid,
    "productId" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "barcode" TEXT,
    "optionValues" JSONB NOT NULL,
    "title" TEXT NOT NULL,
    "priceAmount" BIGINT NOT NULL,
    "compareAtAmount" BIGINT,
    "weightGrams" INTEGER,
    "stockQuantity" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "product_variant_pkey" PRIMARY KEY ("id")
);
-- Prices are positive, a compare-at price is above the price, stock and weight never negative
ALTER TABLE "product_variant" ADD CONSTRAINT "product_variant_amounts" CHECK ("priceAmount" > 0 AND ("compareAtAmount" IS NULL OR "compareAtAmount" > "priceAmount") AND "stockQuantity" >= 0 AND ("weightGrams" IS NULL OR "weightGrams" >= 0));
-- An option has at least one value
ALTER TABLE "product_option" ADD CONSTRAINT "product_option_has_values" CHECK (cardinality("values") > 0);

-- Backfill: one Colour option and one variant per product
INSERT INTO "product_option" ("id", "companyId", "productId", "name", "position", "values")
SELECT gen_random_uuid(), "companyId", "id", 'Colour', 0, ARRAY["colour"] FROM "product";
INSERT INTO "product_variant" ("id", "companyId", "productId", "sku", "optionValues", "title", "priceAmount", "stockQuantity", "position", "createdAt", "updatedAt")
SELECT gen_random_uuid(), "companyId", "id", "sku", jsonb_build_object('Colour', "colour"), "colour", "priceAmount", "stockQuantity", 0, "createdAt", CURRENT_TIMESTAMP FROM "product";

-- AlterTable
ALTER TABLE "order_line" ADD COLUMN "variantId" UUID, ADD COLUMN "variantTitle" TEXT NOT NULL DEFAULT '';
UPDATE "order_line" l SET "variantId" = v."id", "variantTitle" = v."title" FROM "product_variant" v WHERE v."productId" = l."productId";
ALTER TABLE "order_line" ALTER COLUMN "variantId" SET NOT NULL;

-- AlterTable
ALTER TABLE "stock_adjustment" ADD COLUMN "variantId" UUID;
UPDATE "stock_adjustment" a SET "variantId" = v."id" FROM "product_variant" v WHERE v."productId" = a."productId";
ALTER TABLE "stock_adjustment" ALTER COLUMN "variantId" SET NOT NULL;

-- AlterTable
ALTER TABLE "product" ADD COLUMN "colours" TEXT[] DEFAULT ARRAY[]::TEXT[], ADD COLUMN "maxPriceAmount" BIGINT;
UPDATE "product" SET "colours" = ARRAY["colour"], "maxPriceAmount" = "priceAmount";
ALTER TABLE "product" ALTER COLUMN "maxPriceAmount" SET NOT NULL;
-- DropIndex
DROP INDEX "product_companyId_colour_createdAt_idx";
-- DropIndex
DROP INDEX "product_companyId_sku_key";
ALTER TABLE "product" DROP COLUMN "colour", DROP COLUMN "sku", DROP COLUMN "stockQuantity";

-- CreateIndex
CREATE INDEX "product_option_companyId_productId_idx" ON "product_option"("companyId", "productId");
-- CreateIndex
CREATE UNIQUE INDEX "product_option_productId_name_key" ON "product_option"("productId", "name");
-- CreateIndex
CREATE INDEX "product_variant_companyId_barcode_idx" ON "product_variant"("companyId", "barcode");
-- CreateIndex
CREATE INDEX "product_variant_productId_position_idx" ON "product_variant"("productId", "position");
-- CreateIndex
CREATE UNIQUE INDEX "product_variant_companyId_sku_key" ON "product_variant"("companyId", "sku");
-- CreateIndex
CREATE UNIQUE INDEX "product_variant_productId_title_key" ON "product_variant"("productId", "title");
-- CreateIndex
CREATE INDEX "order_line_variantId_idx" ON "order_line"("variantId");
-- CreateIndex
CREATE INDEX "product_colours_idx" ON "product" USING GIN ("colours");
-- CreateIndex
CREATE INDEX "stock_adjustment_variantId_idx" ON "stock_adjustment"("variantId");
-- AddForeignKey
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "product_variant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "product_option" ADD CONSTRAINT "product_option_productId_fkey" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "product_option" ADD CONSTRAINT "product_option_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "product_variant" ADD CONSTRAINT "product_variant_productId_fkey" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "product_variant" ADD CONSTRAINT "product_variant_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "stock_adjustment" ADD CONSTRAINT "stock_adjustment_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "product_variant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
