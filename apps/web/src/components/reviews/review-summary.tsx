import type { ReviewSummary as Summary } from "~/lib/use-reviews";
import { formatAverage, ratingLabel, reviewCount, starCount } from "~/lib/review-words";
import { Stars } from "./stars";

const rows = [5, 4, 3, 2, 1] as const;

/** The average in stars and figures, how many reviews, and how many gave each number of stars. */
export function ReviewSummary({ summary }: { summary: Summary }) {
  const { count, average, distribution } = summary;
  if (count === 0 || average === null) {
    return <p className="text-sm text-gray-600">No reviews yet.</p>;
  }
  return (
    <div className="space-y-4" data-testid="review-summary">
      <div className="flex items-center gap-3">
        <p className="text-4xl font-semibold tabular-nums" aria-hidden="true">
          {average.toFixed(1)}
        </p>
        <div className="space-y-1">
          <Stars value={average} label={ratingLabel(average, count)} className="text-xl" />
          <p className="text-sm text-gray-600" aria-hidden="true">
            {formatAverage(average)} out of 5 · {reviewCount(count)}
          </p>
        </div>
      </div>
      <ul aria-label="Reviews by stars" className="space-y-1.5">
        {rows.map((stars) => {
          const n = distribution[stars];
          return (
            <li key={stars} className="flex items-center gap-3 text-sm">
              <span className="w-14 shrink-0 text-gray-700">{starCount(stars)}</span>
              <span aria-hidden="true" className="h-2 grow overflow-hidden rounded-full bg-gray-200">
                <span className="block h-full rounded-full bg-amber-500" style={{ width: `${(n / count) * 100}%` }} />
              </span>
              <span className="w-8 shrink-0 text-right tabular-nums text-gray-600">
                {n}
                <span className="sr-only"> {n === 1 ? "review" : "reviews"}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
