-- Products get tags (a filter), SEO fields, and the addresses they had before their slug changed
-- AlterTable
ALTER TABLE "product" ADD COLUMN     "seoDescription" TEXT,
ADD COLUMN     "seoTitle" TEXT,
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];
-- CreateTable
CREATE TABLE "product_slug_alias" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL DEFAULT (current_setting('app.company_id'))::uuid,
    "productId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "product_slug_alias_pkey" PRIMARY KEY ("id")
);
-- CreateIndex
CREATE INDEX "product_slug_alias_productId_idx" ON "product_slug_alias"("productId");
-- CreateIndex
CREATE UNIQUE INDEX "product_slug_alias_companyId_slug_key" ON "product_slug_alias"("companyId", "slug");
-- CreateIndex
CREATE INDEX "product_tags_idx" ON "product" USING GIN ("tags");
-- AddForeignKey
ALTER TABLE "product_slug_alias" ADD CONSTRAINT "product_slug_alias_productId_fkey" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "product_slug_alias" ADD CONSTRAINT "product_slug_alias_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
