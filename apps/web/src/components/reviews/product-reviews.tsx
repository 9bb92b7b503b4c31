"use client";
import { messageOf } from "@commerce/ui/errors";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { useProductReviews } from "~/lib/use-reviews";
import { secondaryButton } from "../styles";
import { ReviewCard } from "./review-card";
import { ReviewSummary } from "./review-summary";
import { WriteReview } from "./write-review";

/** The product page's reviews: the summary, the shopper's own review or a way to write one, and the published reviews. */
export function ProductReviews({ productId, productSlug }: { productId: string; productSlug: string }) {
  const reviews = useProductReviews(productId);
  const items = reviews.data?.pages.flatMap((p) => p.items);
  const summary = reviews.data?.pages[0]?.summary;

  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="scroll-mt-20 space-y-6 border-t border-gray-200 pt-8">
      <h2 id="reviews-heading" className="text-2xl font-semibold tracking-tight">
        Reviews
      </h2>
      <div className="grid gap-8 lg:grid-cols-[20rem_1fr]">
        <div className="space-y-6">
          {summary && <ReviewSummary summary={summary} />}
          <WriteReview productId={productId} productSlug={productSlug} />
        </div>
        <div className="space-y-4">
          {reviews.isPending ? (
            <Spinner label="Loading reviews…" />
          ) : reviews.error && !items ? (
            <ErrorBox error={{ message: messageOf(reviews.error) }} onRetry={() => void reviews.refetch()} />
          ) : items && items.length > 0 ? (
            <>
              <ol aria-label="Published reviews" className="divide-y divide-gray-200">
                {items.map((review) => (
                  <li key={review.id} className="py-5 first:pt-0">
                    <ReviewCard review={review} />
                  </li>
                ))}
              </ol>
              {reviews.error && <ErrorBox error={{ message: messageOf(reviews.error) }} onRetry={() => void reviews.fetchNextPage()} />}
              {reviews.hasNextPage && (
                <button
                  type="button"
                  className={secondaryButton}
                  onClick={() => void reviews.fetchNextPage()}
                  disabled={reviews.isFetchingNextPage}
                  aria-busy={reviews.isFetchingNextPage || undefined}
                >
                  {reviews.isFetchingNextPage && (
                    <span aria-hidden="true" className="mr-2 h-3.5 w-3.5 motion-safe:animate-spin rounded-full border-2 border-gray-300 border-t-gray-700" />
                  )}
                  Show more reviews
                </button>
              )}
            </>
          ) : (
            <p className="text-sm text-gray-600">Nobody has reviewed this product yet.</p>
          )}
        </div>
      </div>
    </section>
  );
}
