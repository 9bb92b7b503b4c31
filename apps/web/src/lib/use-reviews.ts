"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@commerce/api/client";
import { codeOf } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";

// A product's reviews on the storefront: the published ones page by page (newest first, "Show
// more" follows the server's cursor), and writing one. The rules (who may review, what counts
// as a verified purchase, the average) are the server's; this only asks and refreshes.

export type ReviewsPage = RouterOutputs["review"]["forProduct"];
export type Review = ReviewsPage["items"][number];
export type ReviewSummary = ReviewsPage["summary"];
export type MyReview = NonNullable<RouterOutputs["review"]["mine"]["review"]>;

const PAGE_SIZE = 5;

/** The summary comes with every page; the first page's is the one shown. */
export function useProductReviews(productId: string) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.review.forProduct.infiniteQueryOptions({ productId, limit: PAGE_SIZE }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
}

/**
 * Posts the signed-in customer's review; when it is in, their review, the list and the product's
 * rating are read again (and their review alone when the server says they already wrote one).
 */
export function useSubmitReview() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.review.submit.mutationOptions({
      onSuccess: () =>
        Promise.all([queryClient.invalidateQueries({ queryKey: trpc.review.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() })]),
      onError: (error) => {
        if (codeOf(error) === "CONFLICT") void queryClient.invalidateQueries({ queryKey: trpc.review.mine.pathKey() });
      },
    }),
  );
}
