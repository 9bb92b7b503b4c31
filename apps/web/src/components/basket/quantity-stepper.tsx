"use client";

const stepButton =
  "flex h-9 w-9 items-center justify-center text-lg font-semibold text-gray-800 transition hover:bg-gray-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-gray-900 aria-disabled:cursor-not-allowed aria-disabled:text-gray-400 aria-disabled:hover:bg-transparent";

/**
 * − quantity + for one basket line ("Decrease quantity of Crew Tee (M / red)"). A button at its
 * limit is aria-disabled rather than disabled, so it keeps the keyboard focus it has.
 */
export function QuantityStepper({
  name,
  quantity,
  canDecrease,
  canIncrease,
  onDecrease,
  onIncrease,
}: {
  name: string;
  quantity: number;
  canDecrease: boolean;
  canIncrease: boolean;
  onDecrease: () => void;
  onIncrease: () => void;
}) {
  return (
    <div role="group" aria-label={`Quantity of ${name}`} className="inline-flex items-center overflow-hidden rounded-lg border border-gray-300 bg-white">
      <button
        type="button"
        aria-label={`Decrease quantity of ${name}`}
        aria-disabled={!canDecrease || undefined}
        onClick={() => canDecrease && onDecrease()}
        className={stepButton}
      >
        <span aria-hidden="true">−</span>
      </button>
      <span aria-live="polite" className="min-w-8 px-1 text-center text-sm font-medium tabular-nums">
        {quantity}
      </span>
      <button
        type="button"
        aria-label={`Increase quantity of ${name}`}
        aria-disabled={!canIncrease || undefined}
        onClick={() => canIncrease && onIncrease()}
        className={stepButton}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
