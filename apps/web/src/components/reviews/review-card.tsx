import { useId } from "react";
import { formatDateTime } from "@commerce/ui/dates";
import type { Review } from "~/lib/use-reviews";
import { starCount } from "~/lib/review-words";
import { Stars } from "./stars";

/** One review as shoppers see it: stars, title, who and when, the text, and the shop's reply under it. */
export function ReviewCard({ review: r }: { review: Review }) {
  // The shopper's own review shows twice (theirs, and in the list): ids unique per card.
  const titleId = useId();
  return (
    <article className="space-y-2" {...(r.title ? { "aria-labelledby": titleId } : { "aria-label": `Review by ${r.authorName}` })}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Stars value={r.rating} label={`${starCount(r.rating)} out of 5`} />
        {r.title && (
          <h3 id={titleId} className="font-semibold text-gray-900">
            {r.title}
          </h3>
        )}
      </div>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-gray-500">
        <span className="font-medium text-gray-700">{r.authorName}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={new Date(r.createdAt).toISOString()}>{formatDateTime(r.createdAt)}</time>
        {r.verifiedPurchase && (
          <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800">
            <span aria-hidden="true">✓</span>
            Verified purchase
          </span>
        )}
      </p>
      <p className="whitespace-pre-line leading-relaxed text-gray-700">{r.body}</p>
      {r.reply && (
        <div className="ml-2 space-y-1 border-l-2 border-gray-200 pl-4">
          <p className="text-sm font-semibold text-gray-900">
            Reply from the shop
            {r.repliedAt && (
              <>
                <span aria-hidden="true"> · </span>
                <time dateTime={new Date(r.repliedAt).toISOString()} className="font-normal text-gray-500">
                  {formatDateTime(r.repliedAt)}
                </time>
              </>
            )}
          </p>
          <p className="whitespace-pre-line text-sm leading-relaxed text-gray-700">{r.reply}</p>
        </div>
      )}
    </article>
  );
}
