import type { FailureCode } from "./provider";

// Test tokens, in the style card providers use in test mode. A shopper picks a test card;
// the browser never sends a card number to the platform.
export interface TestCard {
  token: string;
  label: string;
  brand: string;
  last4: string;
  outcome: "succeeds" | FailureCode;
}

export const testCards: readonly TestCard[] = [
  { token: "tok_visa", label: "Visa •••• 4242", brand: "visa", last4: "4242", outcome: "succeeds" },
  { token: "tok_mastercard", label: "Mastercard •••• 4444", brand: "mastercard", last4: "4444", outcome: "succeeds" },
  { token: "tok_chargeDeclined", label: "Visa •••• 0002 (declined)", brand: "visa", last4: "0002", outcome: "card_declined" },
  { token: "tok_chargeDeclinedInsufficientFunds", label: "Visa •••• 9995 (insufficient funds)", brand: "visa", last4: "9995", outcome: "insufficient_funds" },
  { token: "tok_chargeDeclinedExpiredCard", label: "Visa •••• 0069 (expired)", brand: "visa", last4: "0069", outcome: "expired_card" },
];

export const failureMessages: Record<FailureCode, string> = {
  card_declined: "The card was declined.",
  insufficient_funds: "The card has insufficient funds.",
  expired_card: "The card has expired.",
  invalid_token: "The card token is not valid.",
};

export type CardDecision = { status: "succeeded"; brand: string; last4: string } | { status: "failed"; failureCode: FailureCode; failureMessage: string };

/** What the simulated card network answers for a token. */
export function decideCharge(token: string): CardDecision {
  const card = testCards.find((c) => c.token === token);
  if (!card) return { status: "failed", failureCode: "invalid_token", failureMessage: failureMessages.invalid_token };
  if (card.outcome === "succeeds") return { status: "succeeded", brand: card.brand, last4: card.last4 };
  return { status: "failed", failureCode: card.outcome, failureMessage: failureMessages[card.outcome] };
}
