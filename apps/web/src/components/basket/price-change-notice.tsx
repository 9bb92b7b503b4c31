"use client";
import { secondaryButton } from "../styles";

/** Prices moved since the shopper put things in the basket: the new ones show, and "OK, got it" says they saw them. */
export function PriceChangeNotice({ onAccept, accepting }: { onAccept: () => void; accepting: boolean }) {
  return (
    <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">Some prices have changed since you added them.</p>
      <p>The new prices are shown, with the old ones struck through. Check them before you pay.</p>
      <button type="button" onClick={onAccept} aria-busy={accepting || undefined} className={`${secondaryButton} border-amber-400`}>
        OK, got it
      </button>
    </div>
  );
}
