"use client";
import { useState } from "react";
import { labelled } from "@commerce/ui/errors";
import { starCount } from "~/lib/review-words";

const choices = [1, 2, 3, 4, 5] as const;

/**
 * Choosing 1 to 5 stars: a radio group (arrow keys move and choose, as with any radio group),
 * drawn as stars that light up to the one pointed at or chosen.
 */
export function StarPicker({
  id,
  value,
  onChange,
  error,
  disabled = false,
}: {
  id: string;
  value: number | null;
  onChange: (stars: number) => void;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const [pointedAt, setPointedAt] = useState<number | null>(null);
  const lit = pointedAt ?? value ?? 0;
  const label = "Your rating";
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-required="true"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      disabled={disabled}
    >
      <legend id={`${id}-legend`} className="mb-1 block text-sm font-medium text-gray-800">
        {label}
      </legend>
      <div className="flex items-center gap-3">
        <div className="flex" onMouseLeave={() => setPointedAt(null)}>
          {choices.map((stars) => (
            <label key={stars} className="relative cursor-pointer px-0.5" onMouseEnter={() => setPointedAt(stars)}>
              <input
                type="radio"
                name={id}
                value={stars}
                checked={value === stars}
                onChange={() => onChange(stars)}
                className="peer absolute inset-0 z-10 m-0 h-full w-full cursor-pointer opacity-0"
                {...(stars === 1 ? { id: `${id}-1` } : {})}
              />
              <span
                aria-hidden="true"
                className={`block rounded text-3xl leading-none peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-gray-900 ${
                  stars <= lit ? "text-amber-500" : "text-gray-300"
                }`}
              >
                ★
              </span>
              <span className="sr-only">{starCount(stars)}</span>
            </label>
          ))}
        </div>
        <span className="text-sm text-gray-600" aria-hidden="true">
          {value ? `${value} out of 5` : "Choose 1 to 5 stars"}
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {labelled(label, error)}
        </p>
      )}
    </fieldset>
  );
}
