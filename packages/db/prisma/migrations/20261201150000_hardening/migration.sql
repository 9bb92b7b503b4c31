-- Money in 64-bit minor units. Idempotency keys unique only within what they protect:
-- an order's per company and person who placed it, a payment's per order, a refund's per payment.
-- Parked events carry their company, so a company is shown only its own.

-- DropIndex
DROP INDEX "order_idempotencyKey_key";

-- DropIndex
DROP INDEX "payment_idempotencyKey_key";

-- DropIndex
DROP INDEX "refund_idempotencyKey_key";

-- AlterTable
ALTER TABLE "product" ALTER COLUMN "priceAmount" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "parked_event" ADD COLUMN     "companyId" UUID;

-- AlterTable
ALTER TABLE "order" ADD COLUMN     "placedById" UUID,
ALTER COLUMN "totalAmount" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "order_line" ALTER COLUMN "unitPriceAmount" SET DATA TYPE BIGINT,
ALTER COLUMN "lineTotalAmount" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "payment" ALTER COLUMN "amount" SET DATA TYPE BIGINT,
ALTER COLUMN "refundedAmount" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "refund" ALTER COLUMN "amount" SET DATA TYPE BIGINT;

-- CreateIndex
CREATE INDEX "parked_event_companyId_parkedAt_idx" ON "parked_event"("companyId", "parkedAt");

-- CreateIndex
CREATE UNIQUE INDEX "order_companyId_placedById_idempotencyKey_key" ON "order"("companyId", "placedById", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "payment_orderId_idempotencyKey_key" ON "payment"("orderId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "refund_paymentId_idempotencyKey_key" ON "refund"("paymentId", "idempotencyKey");


-- Web orders were placed by their customer.
UPDATE "order" SET "placedById" = "customerId" WHERE "placedById" IS NULL AND "customerId" IS NOT NULL;

-- Parked events whose payload names a company.
UPDATE parked_event SET "companyId" = substring(payload from '"companyId":"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"')::uuid WHERE "companyId" IS NULL AND payload ~ '"companyId":"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"';
