-- Order numbers are counted per company, so the numbers of one company say nothing about the volume of another.
-- Existing orders keep their numbers, and the counter of each company starts after its highest one.

-- DropIndex
DROP INDEX "order_number_key";

-- AlterTable
ALTER TABLE "company" ADD COLUMN     "lastOrderNumber" INTEGER NOT NULL DEFAULT 1000;

-- AlterTable
ALTER TABLE "order" ALTER COLUMN "number" DROP DEFAULT;

DROP SEQUENCE IF EXISTS "order_number_seq";

UPDATE "company" c SET "lastOrderNumber" = GREATEST(1000, (SELECT COALESCE(MAX(o."number"), 0) FROM "order" o WHERE o."companyId" = c."id"));

-- CreateIndex
CREATE UNIQUE INDEX "order_companyId_number_key" ON "order"("companyId", "number");
