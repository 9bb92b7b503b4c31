"use client";
import { useId } from "react";
import type { RouterOutputs } from "@commerce/api/client";

export type TestCard = RouterOutputs["payment"]["testCards"][number];

/** Radio group (accessible name "Card") of the payment provider's test cards. */
export function CardChoice({
  cards,
  value,
  onChange,
  disabled,
  name = "card",
}: {
  cards: readonly TestCard[];
  value: string | undefined;
  onChange: (token: string) => void;
  disabled?: boolean;
  name?: string;
}) {
  const labelId = useId();
  return (
    <div>
      <p id={labelId} className="mb-2 text-sm font-medium text-gray-700">
        Card
      </p>
      <div role="radiogroup" aria-labelledby={labelId} className="grid gap-2">
        {cards.map((card) => (
          <label
            key={card.token}
            className="flex cursor-pointer items-center gap-3 rounded-lg border border-gray-200 bg-white px-3 py-2 text-sm transition hover:border-gray-400 has-checked:border-gray-900 has-checked:ring-1 has-checked:ring-gray-900 has-disabled:cursor-not-allowed has-disabled:opacity-60"
          >
            <input
              type="radio"
              name={name}
              value={card.token}
              checked={value === card.token}
              onChange={() => onChange(card.token)}
              disabled={disabled}
              className="h-4 w-4 accent-gray-900"
            />
            <span>{card.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
