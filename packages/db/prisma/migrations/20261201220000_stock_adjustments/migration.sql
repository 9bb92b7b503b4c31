-- CreateEnum
CREATE TYPE "StockAdjustmentReason" AS ENUM ('RECEIVED', 'COUNTED', 'DAMAGED', 'LOST', 'RETURNED', 'CORRECTION');
-- CreateTable
CREATE TABLE "stock_adjustment" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "reason" "StockAdjustmentReason" NOT NULL,
    "note" TEXT,
    "delta" INTEGER NOT NULL,
    "before" INTEGER NOT NULL,
    "after" INTEGER NOT NULL,
    "adjustedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "stock_adjustment_pkey" PRIMARY KEY ("id")
);
-- CreateIndex
CREATE INDEX "stock_adjustment_companyId_productId_createdAt_id_idx" ON "stock_adjustment"("companyId", "productId", "createdAt" DESC, "id");
-- AddForeignKey
ALTER TABLE "stock_adjustment" ADD CONSTRAINT "stock_adjustment_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "stock_adjustment" ADD CONSTRAINT "stock_adjustment_productId_fkey" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- A hand change always changes something, and its numbers add up
ALTER TABLE "stock_adjustment" ADD CONSTRAINT "stock_adjustment_consistent" CHECK ("delta" <> 0 AND "after" = "before" + "delta" AND "before" >= 0 AND "after" >= 0);
