import type { RouterOutputs } from "@commerce/api/client";
import { formatAverage, ratingLabel, reviewCount } from "~/lib/review-words";
import { Stars } from "./stars";

type Rating = RouterOutputs["product"]["get"]["rating"];

/** Under the price: the average in stars, leading down to the reviews (nothing until there are some). */
export function RatingLink({ rating: { average, count } }: { rating: Rating }) {
  if (average === null || count === 0) return null;
  return (
    <a href="#reviews" className="flex w-fit items-center gap-2 text-sm text-gray-600 hover:text-gray-900 hover:underline">
      <Stars value={average} label={ratingLabel(average, count)} />
      <span aria-hidden="true">
        {formatAverage(average)} out of 5 · {reviewCount(count)}
      </span>
    </a>
  );
}
