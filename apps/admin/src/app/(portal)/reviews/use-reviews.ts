"use client";
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import type { ReviewStatus } from "./review-words";

const PAGE_SIZE = 25;

/** The company's reviews, newest first, a page at a time ("Load more" follows the server's cursor). */
export function useReviewList(filter: { status: ReviewStatus | undefined; stars: number | undefined }) {
  const trpc = useTRPC();
  const input = { limit: PAGE_SIZE, ...(filter.status ? { status: filter.status } : {}), ...(filter.stars ? { rating: filter.stars } : {}) };
  return useInfiniteQuery({
    ...trpc.review.list.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
    placeholderData: keepPreviousData,
  });
}

/** Hide or publish again; the list is read again after. */
export function useSetReviewStatus() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.review.setStatus.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.review.list.pathKey() }) }));
}

/** Reply to a review, or take the reply down (null); the list is read again after. */
export function useReplyToReview() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.review.reply.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.review.list.pathKey() }) }));
}
