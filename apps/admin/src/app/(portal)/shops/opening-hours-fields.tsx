"use client";
import { labelled } from "@commerce/ui/errors";
import { inputClass } from "~/components/ui";

export const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export type DayValue = { closed: boolean; open: string; close: string };

/** A shop's week: each day closed, or open from–to. `errors` are keyed openingHours and day0…day6. */
export function OpeningHoursFields({
  idPrefix,
  hours,
  errors,
  onChange,
}: {
  idPrefix: string;
  hours: DayValue[];
  errors: Record<string, string | undefined>;
  onChange: (day: number, change: Partial<DayValue>) => void;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-gray-900">Opening hours</legend>
      {errors.openingHours && <p className="mt-1 text-xs font-medium text-red-600">{labelled("Opening hours", errors.openingHours)}</p>}
      <div className="mt-2 divide-y divide-gray-100 rounded-md ring-1 ring-gray-200">
        {days.map((day, i) => {
          const d = hours[i]!;
          const error = errors[`day${i}`];
          const errorId = `${idPrefix}-day${i}-error`;
          return (
            <div key={day} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 text-sm">
              <span className="w-24 font-medium text-gray-900">{day}</span>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={d.closed}
                  onChange={(e) => onChange(i, { closed: e.target.checked })}
                  aria-label={`${day} closed`}
                  className="h-4 w-4 rounded border-gray-300"
                />
                <span aria-hidden="true">Closed</span>
              </label>
              <label className="flex items-center gap-2">
                <span aria-hidden="true" className="text-gray-600">
                  Opens
                </span>
                <input
                  type="time"
                  value={d.open}
                  disabled={d.closed}
                  onChange={(e) => onChange(i, { open: e.target.value })}
                  aria-label={`${day} opens`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  className={`${inputClass} w-32 disabled:opacity-50`}
                />
              </label>
              <label className="flex items-center gap-2">
                <span aria-hidden="true" className="text-gray-600">
                  Closes
                </span>
                <input
                  type="time"
                  value={d.close}
                  disabled={d.closed}
                  onChange={(e) => onChange(i, { close: e.target.value })}
                  aria-label={`${day} closes`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  className={`${inputClass} w-32 disabled:opacity-50`}
                />
              </label>
              {error && (
                <p id={errorId} className="w-full text-xs font-medium text-red-600">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
