"use client";
import { useState } from "react";
import { ActionError } from "~/components/api-errors";
import { DataTable } from "~/components/data-table";
import { SuccessNote } from "~/components/ui";
import { useUrlState } from "~/components/url-state";
import { ReplyForm } from "./reply-form";
import { reviewColumns } from "./review-columns";
import { ReviewFilters } from "./review-filters";
import { reviewStatuses, reviewStatusWords, starChoices, starsWords, type ModeratedReview, type ReviewStatus } from "./review-words";
import { useReviewList, useSetReviewStatus } from "./use-reviews";

/** The filters (kept in the URL), the table with "Load more", and each review's actions. */
export function ReviewModeration() {
  const { params, set } = useUrlState();
  const status = reviewStatuses.find((s) => s === params.get("status"));
  const stars = starChoices.find((n) => String(n) === params.get("stars"));
  const reviews = useReviewList({ status, stars });
  const setStatus = useSetReviewStatus();
  const [replyOpenFor, setReplyOpenFor] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const rows = reviews.data?.pages.flatMap((p) => p.items);

  function changeStatus(review: ModeratedReview, next: ReviewStatus) {
    setDone(null);
    setStatus.mutate(
      { reviewId: review.id, status: next },
      { onSuccess: () => setDone(next === "HIDDEN" ? `Review by ${review.authorName} hidden.` : `Review by ${review.authorName} published again.`) },
    );
  }

  const columns = reviewColumns({
    replyOpenFor,
    onToggleReply: (review) => {
      setDone(null);
      setReplyOpenFor((open) => (open === review.id ? null : review.id));
    },
    onSetStatus: changeStatus,
    busyId: setStatus.isPending ? setStatus.variables.reviewId : null,
  });

  const which = `${status ? `${reviewStatusWords[status].toLowerCase()} ` : ""}reviews${stars ? ` with ${starsWords(stars)}` : ""}`;

  return (
    <div className="space-y-4">
      <ReviewFilters status={status} stars={stars} onChange={(changes) => set(changes)} />
      {done && <SuccessNote onDismiss={() => setDone(null)}>{done}</SuccessNote>}
      {setStatus.error && <ActionError error={setStatus.error} />}
      <DataTable
        caption="Reviews, newest first"
        dense
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowProps={(r) => ({ "data-review-id": r.id })}
        loading={reviews.isPending}
        loadingLabel="Loading reviews…"
        error={reviews.error}
        onRetry={() => void reviews.refetch()}
        dimmed={reviews.isPlaceholderData}
        empty={status || stars ? `No ${which}.` : "No reviews yet. They appear here as shoppers write them."}
        details={(r) =>
          replyOpenFor === r.id ? (
            <ReplyForm
              review={r}
              onCancel={() => setReplyOpenFor(null)}
              onSaved={(message) => {
                setReplyOpenFor(null);
                setDone(message);
              }}
            />
          ) : null
        }
        loadMore={{ hasMore: !!reviews.hasNextPage, loading: reviews.isFetchingNextPage, onLoadMore: () => void reviews.fetchNextPage() }}
      />
    </div>
  );
}
