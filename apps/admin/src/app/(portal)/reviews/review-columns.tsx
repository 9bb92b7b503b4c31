"use client";
import { formatDateTime } from "@commerce/ui/dates";
import { detailsIdOf, type Column } from "~/components/data-table";
import { button, Pill } from "~/components/ui";
import { reviewActionWords, reviewStatusWords, starsWords, type ModeratedReview, type ReviewStatus } from "./review-words";

function Stars({ rating }: { rating: number }) {
  return (
    <span role="img" aria-label={`${starsWords(rating)} out of 5`} className="whitespace-nowrap text-amber-500">
      {"★".repeat(rating)}
      <span className="text-gray-300">{"★".repeat(5 - rating)}</span>
    </span>
  );
}

/** The moderation table: product, stars, the review, who wrote it and when, verified, status, and its actions. */
export function reviewColumns({
  replyOpenFor,
  onToggleReply,
  onSetStatus,
  busyId,
}: {
  replyOpenFor: string | null;
  onToggleReply: (review: ModeratedReview) => void;
  onSetStatus: (review: ModeratedReview, status: ReviewStatus) => void;
  /** The review whose status is changing. */
  busyId: string | null;
}): Column<ModeratedReview>[] {
  return [
    { id: "product", header: "Product", className: "min-w-36 font-medium text-gray-900", cell: (r) => r.productName },
    { id: "stars", header: "Stars", cell: (r) => <Stars rating={r.rating} /> },
    {
      id: "review",
      header: "Review",
      className: "min-w-56 max-w-sm",
      cell: (r) => (
        <div className="space-y-1">
          {r.title && <div className="font-medium text-gray-900">{r.title}</div>}
          <p className="line-clamp-2 text-gray-600">{r.body}</p>
          {r.reply && (
            <p className="line-clamp-1 text-xs text-gray-500">
              <span className="font-medium text-gray-700">Your reply:</span> {r.reply}
            </p>
          )}
        </div>
      ),
    },
    {
      id: "author",
      header: "Author",
      className: "whitespace-nowrap",
      cell: (r) => (
        <>
          <div className="text-gray-900">{r.authorName}</div>
          <time dateTime={new Date(r.createdAt).toISOString()} className="text-xs text-gray-500">
            {formatDateTime(r.createdAt)}
          </time>
        </>
      ),
    },
    {
      id: "verified",
      header: "Verified",
      cell: (r) => (r.verifiedPurchase ? <Pill tone="green">Verified</Pill> : <Pill tone="gray">Not verified</Pill>),
    },
    {
      id: "status",
      header: "Status",
      cell: (r) => (
        <span data-status={r.status}>
          <Pill tone={r.status === "PUBLISHED" ? "green" : "gray"}>{reviewStatusWords[r.status]}</Pill>
        </span>
      ),
    },
    {
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      align: "right",
      cell: (r) => {
        const next: ReviewStatus = r.status === "PUBLISHED" ? "HIDDEN" : "PUBLISHED";
        return (
          <div className="flex flex-col items-end gap-1.5">
            <button
              type="button"
              className={button.small}
              aria-expanded={replyOpenFor === r.id}
              aria-controls={detailsIdOf(r.id)}
              onClick={() => onToggleReply(r)}
            >
              {r.reply ? "Edit reply" : "Reply"}
            </button>
            <button
              type="button"
              className={next === "HIDDEN" ? button.smallDanger : button.small}
              disabled={busyId !== null}
              aria-busy={busyId === r.id || undefined}
              onClick={() => onSetStatus(r, next)}
            >
              {reviewActionWords[next]}
            </button>
          </div>
        );
      },
    },
  ];
}
