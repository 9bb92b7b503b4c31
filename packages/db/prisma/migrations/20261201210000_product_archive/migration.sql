-- CreateEnum
CREATE TYPE "ProductStatus" AS ENUM ('ACTIVE', 'ARCHIVED');
-- AlterTable
ALTER TABLE "product" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "status" "ProductStatus" NOT NULL DEFAULT 'ACTIVE';
-- CreateIndex
CREATE INDEX "product_companyId_status_createdAt_id_idx" ON "product"("companyId", "status", "createdAt" DESC, "id");
