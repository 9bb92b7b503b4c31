import { uniqueViolation, type Prisma, type ProductReview, type Tx } from "@commerce/db";
import { DomainError } from "@commerce/core/errors";
import { publicSignature } from "@commerce/core/names";
import { averageRating } from "@commerce/core/rating";
import { recordEvent } from "@commerce/events";
import type { z } from "zod";
import { keysetPage } from "../../keyset";
import type { MemberContext, TenantContext } from "../../service-context";
import type { moderationListInput, productReviewsInput, SubmitReviewInput } from "./review.schemas";

// Reviews: one per customer per product, published at once, hidden or published again by the
// company's staff. A product's review count and star total move in the same transaction as the
// review they count, so listings can show and sort by rating without adding reviews up.

/** Orders in these states are purchases a review can be "verified" by. */
const bought = ["PAID", "FULFILLED", "DELIVERED"] as const;

export type ReviewView = ReturnType<typeof toView>;

/** What a shopper sees of a review. */
export function toView(r: ProductReview) {
  return {
    id: r.id,
    productId: r.productId,
    rating: r.rating,
    title: r.title,
    body: r.body,
    authorName: r.authorName,
    verifiedPurchase: r.verifiedPurchase,
    reply: r.reply,
    repliedAt: r.repliedAt,
    createdAt: r.createdAt,
  };
}

/** What the company's staff see: the shopper's view plus its standing. */
function toModerationView(r: ProductReview & { product: { name: string; slug: string } }) {
  return { ...toView(r), status: r.status, productName: r.product.name, productSlug: r.product.slug, moderatedAt: r.moderatedAt };
}

async function productOrThrow(db: Tx | TenantContext["db"], productId: string) {
  const product = await db.product.findFirst({ where: { id: productId }, select: { id: true, name: true, reviewCount: true, ratingSum: true } });
  if (!product) throw new DomainError("NOT_FOUND", "No product with that id", { field: "productId" });
  return product;
}

/** A product's published reviews, newest first, with the summary a product page shows. */
export async function productReviews(ctx: TenantContext, input: z.infer<typeof productReviewsInput>) {
  const product = await productOrThrow(ctx.db, input.productId);
  const where: Prisma.ProductReviewWhereInput = {
    productId: input.productId,
    status: "PUBLISHED",
    ...(input.rating ? { rating: input.rating } : {}),
    ...(input.cursor ? { id: { lt: input.cursor } } : {}),
  };
  const [rows, byStars] = await Promise.all([
    ctx.db.productReview.findMany({ where, orderBy: { id: "desc" }, take: input.limit + 1 }),
    ctx.db.productReview.groupBy({ by: ["rating"], where: { productId: input.productId, status: "PUBLISHED" }, _count: { _all: true } }),
  ]);
  const distribution = Object.fromEntries([5, 4, 3, 2, 1].map((stars) => [stars, byStars.find((g) => g.rating === stars)?._count._all ?? 0])) as Record<
    1 | 2 | 3 | 4 | 5,
    number
  >;
  const { items, nextCursor } = keysetPage(rows, input.limit, (r) => r.id);
  return {
    summary: { count: product.reviewCount, average: averageRating(product.ratingSum, product.reviewCount), distribution },
    items: items.map(toView),
    nextCursor,
  };
}

/** Whether the customer has bought the product (a paid order with it): the scoped database sees only their own orders. */
async function hasBought(db: Tx | MemberContext["db"], customerId: string, productId: string): Promise<boolean> {
  const lines = await db.orderLine.count({ where: { productId, order: { customerId, status: { in: [...bought] } } } });
  return lines > 0;
}

/** The signed-in customer's own review of a product, and whether they may still write one. */
export async function myReview(ctx: MemberContext, input: { productId: string }) {
  await productOrThrow(ctx.db, input.productId);
  const [review, verified] = await Promise.all([
    ctx.db.productReview.findFirst({ where: { productId: input.productId, customerId: ctx.actor.userId } }),
    hasBought(ctx.db, ctx.actor.userId, input.productId),
  ]);
  return { review: review ? { ...toView(review), status: review.status } : null, canReview: review === null, verifiedPurchase: verified };
}

export async function submitReview(ctx: MemberContext, input: SubmitReviewInput) {
  try {
    return await ctx.db.$transaction(async (tx) => {
      await productOrThrow(tx, input.productId);
      const verifiedPurchase = await hasBought(tx, ctx.actor.userId, input.productId);
      const review = await tx.productReview.create({
        data: {
          companyId: ctx.tenant.id,
          productId: input.productId,
          customerId: ctx.actor.userId,
          authorName: publicSignature(ctx.actor.name),
          rating: input.rating,
          title: input.title || null,
          body: input.body,
          verifiedPurchase,
        },
      });
      await tx.product.update({ where: { id: input.productId }, data: { reviewCount: { increment: 1 }, ratingSum: { increment: input.rating } } });
      await recordEvent(tx, "review.created", {
        reviewId: review.id,
        productId: review.productId,
        customerId: review.customerId,
        rating: review.rating,
        verifiedPurchase,
      });
      ctx.log.info("review written", { reviewId: review.id, productId: review.productId, rating: review.rating });
      return { ...toView(review), status: review.status };
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new DomainError("CONFLICT", "You have already reviewed this product", { field: "productId" });
    throw error;
  }
}

/** Every review of the company, for moderation: newest first, filtered by standing, product or stars. */
export async function moderationList(ctx: MemberContext, input: z.infer<typeof moderationListInput>) {
  const rows = await ctx.db.productReview.findMany({
    where: {
      ...(input.status ? { status: input.status } : {}),
      ...(input.productId ? { productId: input.productId } : {}),
      ...(input.rating ? { rating: input.rating } : {}),
      ...(input.cursor ? { id: { lt: input.cursor } } : {}),
    },
    include: { product: { select: { name: true, slug: true } } },
    orderBy: { id: "desc" },
    take: input.limit + 1,
  });
  const { items, nextCursor } = keysetPage(rows, input.limit, (r) => r.id);
  return { items: items.map(toModerationView), nextCursor };
}

async function reviewOrThrow(tx: Tx, reviewId: string) {
  const review = await tx.productReview.findFirst({ where: { id: reviewId }, include: { product: { select: { name: true, slug: true } } } });
  if (!review) throw new DomainError("NOT_FOUND", "No review with that id", { field: "reviewId" });
  return review;
}

/**
 * Hides a review from shoppers, or publishes it again; the product's rating follows. The change
 * is made only if the review is not already in that state, so two moderators at once move the
 * totals once.
 */
export async function setReviewStatus(ctx: MemberContext, input: { reviewId: string; status: "PUBLISHED" | "HIDDEN" }) {
  return ctx.db.$transaction(async (tx) => {
    const review = await reviewOrThrow(tx, input.reviewId);
    const changed = await tx.productReview.updateMany({
      where: { id: review.id, status: { not: input.status } },
      data: { status: input.status, moderatedById: ctx.actor.userId, moderatedAt: new Date() },
    });
    if (changed.count === 1) {
      const sign = input.status === "PUBLISHED" ? 1 : -1;
      await tx.product.update({ where: { id: review.productId }, data: { reviewCount: { increment: sign }, ratingSum: { increment: sign * review.rating } } });
      ctx.log.info("review moderated", { reviewId: review.id, status: input.status });
    }
    return toModerationView(await reviewOrThrow(tx, review.id));
  });
}

/** The company's public answer under a review (null takes it down). */
export async function replyToReview(ctx: MemberContext, input: { reviewId: string; reply: string | null }) {
  return ctx.db.$transaction(async (tx) => {
    const review = await reviewOrThrow(tx, input.reviewId);
    await tx.productReview.update({
      where: { id: review.id },
      data:
        input.reply === null
          ? { reply: null, repliedAt: null, repliedById: null }
          : { reply: input.reply, repliedAt: new Date(), repliedById: ctx.actor.userId },
    });
    return toModerationView(await reviewOrThrow(tx, review.id));
  });
}
