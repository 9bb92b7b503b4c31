"use client";
import { inputClass } from "~/components/ui";
import { reviewStatuses, reviewStatusWords, starChoices, starsWords, type ReviewStatus } from "./review-words";

/** Status (All, Published, Hidden) and stars: each change applies at once. */
export function ReviewFilters({
  status,
  stars,
  onChange,
}: {
  status: ReviewStatus | undefined;
  stars: number | undefined;
  onChange: (changes: { status?: string; stars?: string }) => void;
}) {
  return (
    <div role="search" aria-label="Filter reviews" className="flex flex-wrap items-end gap-3">
      <div className="w-48">
        <label htmlFor="review-status" className="block text-sm font-medium text-gray-900">
          Status
        </label>
        <select id="review-status" value={status ?? ""} onChange={(e) => onChange({ status: e.target.value })} className={`${inputClass} mt-1.5`}>
          <option value="">All</option>
          {reviewStatuses.map((s) => (
            <option key={s} value={s}>
              {reviewStatusWords[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="w-48">
        <label htmlFor="review-stars" className="block text-sm font-medium text-gray-900">
          Stars
        </label>
        <select id="review-stars" value={stars ?? ""} onChange={(e) => onChange({ stars: e.target.value })} className={`${inputClass} mt-1.5`}>
          <option value="">Any</option>
          {starChoices.map((n) => (
            <option key={n} value={n}>
              {starsWords(n)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
