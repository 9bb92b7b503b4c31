-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PUBLISHED', 'HIDDEN');
-- AlterTable
ALTER TABLE "product" ADD COLUMN     "ratingSum" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reviewCount" INTEGER NOT NULL DEFAULT 0;
-- CreateTable
CREATE TABLE "product_review" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "verifiedPurchase" BOOLEAN NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PUBLISHED',
    "reply" TEXT,
    "repliedAt" TIMESTAMP(3),
    "repliedById" UUID,
    "moderatedById" UUID,
    "moderatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "product_review_pkey" PRIMARY KEY ("id")
);
-- CreateIndex
CREATE INDEX "product_review_companyId_productId_status_createdAt_id_idx" ON "product_review"("companyId", "productId", "status", "createdAt" DESC, "id");
-- CreateIndex
CREATE INDEX "product_review_companyId_status_createdAt_id_idx" ON "product_review"("companyId", "status", "createdAt" DESC, "id");
-- CreateIndex
CREATE UNIQUE INDEX "product_review_companyId_productId_customerId_key" ON "product_review"("companyId", "productId", "customerId");
-- AddForeignKey
ALTER TABLE "product_review" ADD CONSTRAINT "product_review_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "product_review" ADD CONSTRAINT "product_review_productId_fkey" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "product_review" ADD CONSTRAINT "product_review_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- Stars stay between 1 and 5, and the product's running totals never go below zero
ALTER TABLE "product_review" ADD CONSTRAINT "product_review_rating_range" CHECK ("rating" BETWEEN 1 AND 5);
ALTER TABLE "product" ADD CONSTRAINT "product_review_totals_non_negative" CHECK ("reviewCount" >= 0 AND "ratingSum" >= 0);
