-- CreateEnum
CREATE TYPE "Plan" AS ENUM ('STARTER', 'GROWTH', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SUPER_ADMIN', 'COMPANY_ADMIN', 'SHOP_MANAGER', 'STAFF', 'CUSTOMER');

-- CreateTable
CREATE TABLE "company" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "taxRateBps" INTEGER NOT NULL,
    "brandName" TEXT NOT NULL,
    "brandColour" TEXT NOT NULL,
    "plan" "Plan" NOT NULL DEFAULT 'STARTER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "company_pkey" PRIMARY KEY ("id")
);

-- DropIndex
DROP INDEX "product_slug_key";

-- DropIndex
DROP INDEX "product_sku_key";

-- DropIndex
DROP INDEX "product_createdAt_id_idx";

-- DropIndex
DROP INDEX "product_colour_createdAt_idx";

-- DropIndex
DROP INDEX "product_category_createdAt_idx";

-- DropIndex
DROP INDEX "product_priceAmount_idx";

-- DropIndex
DROP INDEX "event_record_receivedAt_idx";

-- DropIndex
DROP INDEX "order_createdAt_idx";

-- DropIndex
DROP INDEX "order_status_createdAt_idx";

-- DropIndex
DROP INDEX "order_line_orderId_idx";

-- DropIndex
DROP INDEX "order_line_productId_idx";

-- DropIndex
DROP INDEX "order_status_change_orderId_createdAt_idx";

-- DropIndex
DROP INDEX "payment_orderId_createdAt_idx";

-- DropIndex
DROP INDEX "refund_paymentId_idx";

-- AlterTable
ALTER TABLE "product" ADD COLUMN     "companyId" UUID;

-- AlterTable
ALTER TABLE "outbox_event" ADD COLUMN     "companyId" UUID;

-- AlterTable
ALTER TABLE "event_record" ADD COLUMN     "companyId" UUID;

-- AlterTable
ALTER TABLE "order" ADD COLUMN     "companyId" UUID,
ADD COLUMN     "customerId" UUID,
ADD COLUMN     "shopId" UUID;

-- AlterTable
ALTER TABLE "order_line" ADD COLUMN     "companyId" UUID;

-- AlterTable
ALTER TABLE "order_status_change" ADD COLUMN     "companyId" UUID;

-- AlterTable
ALTER TABLE "payment" ADD COLUMN     "companyId" UUID;

-- AlterTable
ALTER TABLE "refund" ADD COLUMN     "companyId" UUID;

-- Rows made before tenancy move into one company so nothing is lost

INSERT INTO "company" ("id", "slug", "name", "currency", "timeZone", "taxRateBps", "brandName", "brandColour", "plan", "updatedAt")
SELECT '00000000-0000-7000-8000-000000000001', 'legacy', 'Legacy shop', 'EUR', 'Europe/Amsterdam', 2100, 'Legacy shop', '#1d4ed8', 'ENTERPRISE', CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "product") OR EXISTS (SELECT 1 FROM "order") OR EXISTS (SELECT 1 FROM "outbox_event") OR EXISTS (SELECT 1 FROM "event_record");

UPDATE "product" SET "companyId" = '00000000-0000-7000-8000-000000000001' WHERE "companyId" IS NULL;

UPDATE "order" SET "companyId" = '00000000-0000-7000-8000-000000000001' WHERE "companyId" IS NULL;

UPDATE "order_line" SET "companyId" = '00000000-0000-7000-8000-000000000001' WHERE "companyId" IS NULL;

UPDATE "order_status_change" SET "companyId" = '00000000-0000-7000-8000-000000000001' WHERE "companyId" IS NULL;

UPDATE "payment" SET "companyId" = '00000000-0000-7000-8000-000000000001' WHERE "companyId" IS NULL;

UPDATE "refund" SET "companyId" = '00000000-0000-7000-8000-000000000001' WHERE "companyId" IS NULL;

UPDATE "outbox_event" SET "companyId" = '00000000-0000-7000-8000-000000000001' WHERE "companyId" IS NULL;

UPDATE "event_record" SET "companyId" = '00000000-0000-7000-8000-000000000001' WHERE "companyId" IS NULL;

ALTER TABLE "product" ALTER COLUMN "companyId" SET NOT NULL;

ALTER TABLE "order" ALTER COLUMN "companyId" SET NOT NULL;

ALTER TABLE "order_line" ALTER COLUMN "companyId" SET NOT NULL;

ALTER TABLE "order_status_change" ALTER COLUMN "companyId" SET NOT NULL;

ALTER TABLE "payment" ALTER COLUMN "companyId" SET NOT NULL;

ALTER TABLE "refund" ALTER COLUMN "companyId" SET NOT NULL;

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "companyId" UUID,
    "chain" TEXT NOT NULL,
    "actorId" UUID,
    "actorRole" TEXT,
    "actorName" TEXT,
    "procedure" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "changes" JSONB NOT NULL,
    "requestId" TEXT NOT NULL,
    "ip" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shop" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "city" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "openingHours" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "shop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" UUID NOT NULL,
    "companyId" UUID,
    "shopId" UUID,
    "role" "Role" NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "staffCode" TEXT,
    "pinHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "companyId" UUID,
    "app" TEXT NOT NULL,
    "refreshTokenHash" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_reset_token" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_reset_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_counter" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_counter_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_entry_seq_key" ON "audit_entry"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "audit_entry_hash_key" ON "audit_entry"("hash");

-- CreateIndex
CREATE INDEX "audit_entry_chain_seq_idx" ON "audit_entry"("chain", "seq");

-- CreateIndex
CREATE INDEX "audit_entry_companyId_at_idx" ON "audit_entry"("companyId", "at" DESC);

-- CreateIndex
CREATE INDEX "audit_entry_companyId_procedure_at_idx" ON "audit_entry"("companyId", "procedure", "at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "company_slug_key" ON "company"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "shop_code_key" ON "shop"("code");

-- CreateIndex
CREATE INDEX "shop_companyId_name_idx" ON "shop"("companyId", "name");

-- CreateIndex
CREATE INDEX "user_companyId_role_name_idx" ON "user"("companyId", "role", "name");

-- CreateIndex
CREATE INDEX "user_companyId_shopId_idx" ON "user"("companyId", "shopId");

-- CreateIndex
CREATE UNIQUE INDEX "user_companyId_email_key" ON "user"("companyId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "user_companyId_staffCode_key" ON "user"("companyId", "staffCode");

-- CreateIndex
CREATE INDEX "session_userId_createdAt_idx" ON "session"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "session_companyId_createdAt_idx" ON "session"("companyId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "password_reset_token_tokenHash_key" ON "password_reset_token"("tokenHash");

-- CreateIndex
CREATE INDEX "password_reset_token_userId_idx" ON "password_reset_token"("userId");

-- CreateIndex
CREATE INDEX "rate_limit_counter_windowStart_idx" ON "rate_limit_counter"("windowStart");

-- CreateIndex
CREATE INDEX "product_companyId_createdAt_id_idx" ON "product"("companyId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "product_companyId_colour_createdAt_idx" ON "product"("companyId", "colour", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "product_companyId_category_createdAt_idx" ON "product"("companyId", "category", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "product_companyId_priceAmount_idx" ON "product"("companyId", "priceAmount");

-- CreateIndex
CREATE UNIQUE INDEX "product_companyId_sku_key" ON "product"("companyId", "sku");

-- CreateIndex
CREATE UNIQUE INDEX "product_companyId_slug_key" ON "product"("companyId", "slug");

-- CreateIndex
CREATE INDEX "event_record_companyId_receivedAt_idx" ON "event_record"("companyId", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "order_companyId_createdAt_idx" ON "order"("companyId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "order_companyId_status_createdAt_idx" ON "order"("companyId", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "order_companyId_shopId_createdAt_idx" ON "order"("companyId", "shopId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "order_companyId_customerId_createdAt_idx" ON "order"("companyId", "customerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "order_line_companyId_orderId_idx" ON "order_line"("companyId", "orderId");

-- CreateIndex
CREATE INDEX "order_line_companyId_productId_idx" ON "order_line"("companyId", "productId");

-- CreateIndex
CREATE INDEX "order_status_change_companyId_orderId_createdAt_idx" ON "order_status_change"("companyId", "orderId", "createdAt");

-- CreateIndex
CREATE INDEX "payment_companyId_orderId_createdAt_idx" ON "payment"("companyId", "orderId", "createdAt");

-- CreateIndex
CREATE INDEX "refund_companyId_paymentId_idx" ON "refund"("companyId", "paymentId");

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product" ADD CONSTRAINT "product_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shop" ADD CONSTRAINT "shop_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_event" ADD CONSTRAINT "outbox_event_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_record" ADD CONSTRAINT "event_record_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "shop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_reset_token" ADD CONSTRAINT "password_reset_token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "shop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_status_change" ADD CONSTRAINT "order_status_change_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund" ADD CONSTRAINT "refund_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Exactly one of: a platform user (super admin) or a company user. Shop roles need a shop.
ALTER TABLE "user" ADD CONSTRAINT "user_role_scope" CHECK (("role" = 'SUPER_ADMIN') = ("companyId" IS NULL) AND ("role" NOT IN ('SHOP_MANAGER', 'STAFF') OR "shopId" IS NOT NULL));

-- Super admins have no company, so their emails need their own uniqueness
CREATE UNIQUE INDEX "user_platform_email_key" ON "user"("email") WHERE "companyId" IS NULL;

ALTER TABLE "user" ADD CONSTRAINT "user_email_lower" CHECK ("email" = lower("email"));

ALTER TABLE "user" ADD CONSTRAINT "user_failed_attempts_nonnegative" CHECK ("failedAttempts" >= 0);

ALTER TABLE "company" ADD CONSTRAINT "company_brand_colour_hex" CHECK ("brandColour" ~ '^#[0-9a-fA-F]{6}$');

ALTER TABLE "company" ADD CONSTRAINT "company_tax_rate_range" CHECK ("taxRateBps" BETWEEN 0 AND 10000);

ALTER TABLE "company" ADD CONSTRAINT "company_slug_format" CHECK ("slug" ~ '^[a-z0-9][a-z0-9-]{1,39}$');

-- The audit log is append-only: updates and deletes silently do nothing
CREATE RULE "audit_entry_no_update" AS ON UPDATE TO "audit_entry" DO INSTEAD NOTHING;

CREATE RULE "audit_entry_no_delete" AS ON DELETE TO "audit_entry" DO INSTEAD NOTHING;


-- companyId is always stamped by the tenant-scoped client. The default only exists so the
-- generated types don't demand it, and it fails loudly if a write ever arrives unstamped.
ALTER TABLE "product" ALTER COLUMN "companyId" SET DEFAULT (current_setting('app.company_id'))::uuid;

ALTER TABLE "order" ALTER COLUMN "companyId" SET DEFAULT (current_setting('app.company_id'))::uuid;

ALTER TABLE "order_line" ALTER COLUMN "companyId" SET DEFAULT (current_setting('app.company_id'))::uuid;

ALTER TABLE "order_status_change" ALTER COLUMN "companyId" SET DEFAULT (current_setting('app.company_id'))::uuid;

ALTER TABLE "payment" ALTER COLUMN "companyId" SET DEFAULT (current_setting('app.company_id'))::uuid;

ALTER TABLE "refund" ALTER COLUMN "companyId" SET DEFAULT (current_setting('app.company_id'))::uuid;

ALTER TABLE "shop" ALTER COLUMN "companyId" SET DEFAULT (current_setting('app.company_id'))::uuid;
