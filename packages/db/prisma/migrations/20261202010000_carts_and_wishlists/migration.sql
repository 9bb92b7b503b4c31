-- Baskets (a customer's, or a guest's found by the hash of their cookie's token) and wishlists
-- CreateTable
CREATE TABLE "cart" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL DEFAULT (current_setting('app.company_id'))::uuid,
    "customerId" UUID,
    "tokenHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "cart_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "cart_line" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL DEFAULT (current_setting('app.company_id'))::uuid,
    "cartId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "seenPriceAmount" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "cart_line_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "wishlist_item" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL DEFAULT (current_setting('app.company_id'))::uuid,
    "customerId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "wishlist_item_pkey" PRIMARY KEY ("id")
);
-- CreateIndex
CREATE UNIQUE INDEX "cart_customerId_key" ON "cart"("customerId");
-- CreateIndex
CREATE UNIQUE INDEX "cart_tokenHash_key" ON "cart"("tokenHash");
-- CreateIndex
CREATE INDEX "cart_companyId_updatedAt_idx" ON "cart"("companyId", "updatedAt");
-- CreateIndex
CREATE INDEX "cart_line_variantId_idx" ON "cart_line"("variantId");
-- CreateIndex
CREATE UNIQUE INDEX "cart_line_cartId_variantId_key" ON "cart_line"("cartId", "variantId");
-- CreateIndex
CREATE INDEX "wishlist_item_companyId_customerId_createdAt_idx" ON "wishlist_item"("companyId", "customerId", "createdAt" DESC);
-- CreateIndex
CREATE UNIQUE INDEX "wishlist_item_customerId_productId_key" ON "wishlist_item"("customerId", "productId");
-- AddForeignKey
ALTER TABLE "cart" ADD CONSTRAINT "cart_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "cart" ADD CONSTRAINT "cart_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "cart_line" ADD CONSTRAINT "cart_line_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "cart_line" ADD CONSTRAINT "cart_line_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "product_variant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "cart_line" ADD CONSTRAINT "cart_line_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "wishlist_item" ADD CONSTRAINT "wishlist_item_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "wishlist_item" ADD CONSTRAINT "wishlist_item_productId_fkey" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "wishlist_item" ADD CONSTRAINT "wishlist_item_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A line holds 1 to 100 of its variant, and a price above zero
ALTER TABLE "cart_line" ADD CONSTRAINT "cart_line_quantity" CHECK ("quantity" BETWEEN 1 AND 100 AND "seenPriceAmount" > 0);
-- A basket is a customer's or a guest's, never both or neither
ALTER TABLE "cart" ADD CONSTRAINT "cart_owner" CHECK (("customerId" IS NULL) <> ("tokenHash" IS NULL));
