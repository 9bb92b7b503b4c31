import type { RouterOutputs } from "@commerce/api/client";
import { variantName } from "@commerce/core/names";

// The persistent basket (cart.*) as the storefront shows it: its words, its limits and what an
// attempt to pay for it is, so a retry of the same attempt sends the same idempotency key.

export type CartView = RouterOutputs["cart"]["get"];
export type CartLine = CartView["lines"][number];

/** The most of one variant a basket line holds (the server's maxLineQuantity). */
export const maxLineQuantity = 100;

/** "1 item", "3 items". */
export function itemsWord(count: number): string {
  return `${count} ${count === 1 ? "item" : "items"}`;
}

/** The header button's accessible name: "Basket, 3 items" (just "Basket" while it is not known). */
export function basketButtonLabel(count: number | null): string {
  return count === null ? "Basket" : `Basket, ${itemsWord(count)}`;
}

/** A line's name in its controls and messages: "Crew Tee (M / red)", or the product's alone. */
export function lineName(line: Pick<CartLine, "productName" | "variantTitle">): string {
  return variantName(line.productName, line.variantTitle);
}

/** What stops a line from being bought, in words (the server's message when it sent one). */
export function lineProblem(line: Pick<CartLine, "problem" | "message" | "available" | "productName" | "variantTitle">): string | null {
  if (!line.problem) return null;
  if (line.message) return line.message;
  const name = lineName(line);
  if (line.problem === "no_longer_sold") return `${name} is no longer sold`;
  if (line.problem === "sold_out") return `${name} is sold out`;
  return `Only ${line.available} of ${name} left: lower the quantity to check out`;
}

/** The most the stepper may raise a line to: what is in stock, and never more than a line holds. */
export function lineMaximum(line: Pick<CartLine, "available">): number {
  return Math.max(0, Math.min(line.available, maxLineQuantity));
}

/**
 * Where "Decrease" takes a line: one fewer, or straight down to what is in stock when the line
 * asks for more than that (one press makes a short line buyable). Never below 1: "Remove" takes it out.
 */
export function decreasedQuantity(line: Pick<CartLine, "quantity" | "available">): number {
  const most = lineMaximum(line);
  if (line.quantity > most && most >= 1) return most;
  return Math.max(1, line.quantity - 1);
}

/** Why the basket cannot be paid for yet (null when it can). */
export function notReadyReason(cart: Pick<CartView, "lines" | "pricesMoved" | "ready">): string | null {
  if (cart.ready) return null;
  if (cart.lines.length === 0) return "Your basket is empty.";
  const problems = cart.lines.filter((l) => l.problem !== null).length;
  if (problems > 0)
    return problems === 1 ? "One item needs your attention before you check out." : `${problems} items need your attention before you check out.`;
  if (cart.pricesMoved) return "Some prices changed: check them and press “OK, got it” to check out.";
  return "Your basket cannot be checked out yet.";
}

/**
 * What one attempt to pay for the basket sends (the idempotency key aside): the basket as shown
 * (lines, quantities, prices, total), the name, a guest's email and the card. The same signature is the same
 * attempt, retried; any change makes it a new one, with a new key.
 */
export function checkoutSignature(
  cart: Pick<CartView, "lines" | "subtotal">,
  request: { name: string; email?: string | undefined; cardToken: string },
): string {
  return JSON.stringify({
    lines: cart.lines.map((l) => [l.variantId, l.quantity, l.unitPrice.amount]),
    total: cart.subtotal.amount,
    currency: cart.subtotal.currency,
    name: request.name,
    email: request.email ?? null,
    card: request.cardToken,
  });
}

/** The basket as a later read keeps it: a change's one-off notice belongs to that change, not to the basket. */
export function withoutNotice(cart: CartView): CartView {
  return cart.notice === null ? cart : { ...cart, notice: null };
}
