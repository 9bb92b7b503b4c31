import type { RouterInputs, RouterOutputs } from "@commerce/api/client";

// Stock adjustments in a shop's words: the reasons, and a change written the way people read it.

export type StockReason = RouterInputs["product"]["adjustStock"]["reason"];
export type StockEntry = RouterOutputs["product"]["stockHistory"]["items"][number];

/** The reasons, in the order the select lists them. */
export const reasonWords: Record<StockReason, string> = {
  RECEIVED: "Delivery received",
  COUNTED: "Stock count",
  DAMAGED: "Damaged",
  LOST: "Lost",
  RETURNED: "Returned by customer",
  CORRECTION: "Correction",
};

export const stockReasons = Object.keys(reasonWords) as StockReason[];

/** "+5" or "−2" (a true minus sign). */
export function changeWords(change: number): string {
  const amount = Math.abs(change).toLocaleString("en-GB");
  return change < 0 ? `−${amount}` : `+${amount}`;
}

/** The note's label: a correction must say what it corrects (the server holds the rule). */
export function noteLabel(reason: StockReason): string {
  return reason === "CORRECTION" ? "Note (required for a correction)" : "Note (optional)";
}
