import type { Money } from "@commerce/core/money";
import type { TicketLine, TicketProduct } from "./types";

/** The API accepts at most 50 lines of at most 100 each. */
export const MAX_LINES = 50;
export const MAX_QUANTITY = 100;

export type TicketAction =
  | { type: "add"; product: TicketProduct }
  | { type: "increment"; productId: string }
  | { type: "decrement"; productId: string }
  | { type: "remove"; productId: string }
  | { type: "stock"; productId: string; available: number }
  | { type: "clear" };

/** How many more of this product the ticket may take, given the stock the till last saw. */
export function maxQuantity(product: TicketProduct): number {
  return Math.min(MAX_QUANTITY, Math.max(0, product.stockQuantity));
}

export function ticketReducer(lines: TicketLine[], action: TicketAction): TicketLine[] {
  switch (action.type) {
    case "add": {
      const existing = lines.find((l) => l.product.id === action.product.id);
      if (existing) {
        // Refresh the snapshot (price, stock) with what the grid shows now.
        const product = action.product;
        if (existing.quantity >= maxQuantity(product)) return lines.map((l) => (l === existing ? { ...l, product } : l));
        return lines.map((l) => (l === existing ? { product, quantity: l.quantity + 1 } : l));
      }
      if (lines.length >= MAX_LINES || maxQuantity(action.product) < 1) return lines;
      return [...lines, { product: action.product, quantity: 1 }];
    }
    case "increment":
      return lines.map((l) => (l.product.id === action.productId && l.quantity < maxQuantity(l.product) ? { ...l, quantity: l.quantity + 1 } : l));
    case "decrement":
      return lines.map((l) => (l.product.id === action.productId && l.quantity > 1 ? { ...l, quantity: l.quantity - 1 } : l));
    case "remove":
      return lines.filter((l) => l.product.id !== action.productId);
    case "stock":
      return lines.map((l) => (l.product.id === action.productId ? { ...l, product: { ...l.product, stockQuantity: action.available } } : l));
    case "clear":
      return [];
  }
}

export const lineTotal = (line: TicketLine): Money => ({ amount: line.product.price.amount * line.quantity, currency: line.product.price.currency });

/** Display total before charging (integers only). Null while empty; "mixed" if the ticket spans currencies. */
export function ticketTotal(lines: TicketLine[]): Money | null | "mixed" {
  if (lines.length === 0) return null;
  const currency = lines[0]!.product.price.currency;
  if (lines.some((l) => l.product.price.currency !== currency)) return "mixed";
  return { amount: lines.reduce((s, l) => s + lineTotal(l).amount, 0), currency };
}

export const itemCount = (lines: TicketLine[]) => lines.reduce((s, l) => s + l.quantity, 0);

export function toTicketProduct(p: TicketProduct): TicketProduct {
  return { id: p.id, name: p.name, sku: p.sku, price: p.price, stockQuantity: p.stockQuantity };
}
