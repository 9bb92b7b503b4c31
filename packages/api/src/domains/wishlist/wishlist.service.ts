import { uniqueViolation } from "@commerce/db";
import { DomainError } from "@commerce/core/errors";
import { storedMoney } from "@commerce/core/money";
import type { MemberContext } from "../../service-context";

// A customer's wishlist: products kept for later, newest first, shown as they are now (price,
// stock, still sold or not). Adding twice keeps one; removing what is not there is fine.

const productFields = {
  id: true,
  name: true,
  slug: true,
  imageUrl: true,
  priceAmount: true,
  maxPriceAmount: true,
  currency: true,
  status: true,
  variants: { select: { stockQuantity: true } },
} as const;

export async function listWishlist(ctx: MemberContext) {
  const items = await ctx.db.wishlistItem.findMany({
    where: { customerId: ctx.actor.userId },
    orderBy: { createdAt: "desc" },
    include: { product: { select: productFields } },
  });
  return items.map(({ product: p, createdAt }) => ({
    productId: p.id,
    name: p.name,
    slug: p.slug,
    imageUrl: p.imageUrl,
    price: storedMoney(p.priceAmount, p.currency),
    maxPrice: storedMoney(p.maxPriceAmount, p.currency),
    inStock: p.status === "ACTIVE" && p.variants.some((v) => v.stockQuantity > 0),
    archived: p.status === "ARCHIVED",
    addedAt: createdAt,
  }));
}

export async function addToWishlist(ctx: MemberContext, input: { productId: string }) {
  const product = await ctx.db.product.findFirst({ where: { id: input.productId, status: "ACTIVE" }, select: { id: true } });
  if (!product) throw new DomainError("NOT_FOUND", "No product with that id", { field: "productId" });
  try {
    await ctx.db.wishlistItem.create({ data: { customerId: ctx.actor.userId, productId: product.id } });
  } catch (error) {
    if (!uniqueViolation(error)) throw error; // already kept
  }
  return listWishlist(ctx);
}

export async function removeFromWishlist(ctx: MemberContext, input: { productId: string }) {
  await ctx.db.wishlistItem.deleteMany({ where: { customerId: ctx.actor.userId, productId: input.productId } });
  return listWishlist(ctx);
}
