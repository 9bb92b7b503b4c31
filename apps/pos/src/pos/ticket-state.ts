import type { Money } from "@commerce/core/money";
import type { Product, TicketItem, TicketLine, Variant } from "./types";

/** The API accepts at most 50 lines of at most 100 each. */
export const MAX_LINES = 50;
export const MAX_QUANTITY = 100;

// A line is one variant of a product (a tee in M / red), keyed by the variant's id.
export type TicketAction =
  | { type: "add"; item: TicketItem }
  | { type: "increment"; variantId: string }
  | { type: "decrement"; variantId: string }
  | { type: "remove"; variantId: string }
  | { type: "stock"; variantId: string; available: number }
  | { type: "clear" };

/** How many of this variant the ticket may hold, given the stock the till last saw. */
export function maxQuantity(item: TicketItem): number {
  return Math.min(MAX_QUANTITY, Math.max(0, item.stockQuantity));
}

export function ticketReducer(lines: TicketLine[], action: TicketAction): TicketLine[] {
  switch (action.type) {
    case "add": {
      const existing = lines.find((l) => l.item.variantId === action.item.variantId);
      if (existing) {
        // Refresh the snapshot (price, stock) with what the grid shows now.
        const item = action.item;
        if (existing.quantity >= maxQuantity(item)) return lines.map((l) => (l === existing ? { ...l, item } : l));
        return lines.map((l) => (l === existing ? { item, quantity: l.quantity + 1 } : l));
      }
      if (lines.length >= MAX_LINES || maxQuantity(action.item) < 1) return lines;
      return [...lines, { item: action.item, quantity: 1 }];
    }
    case "increment":
      return lines.map((l) => (l.item.variantId === action.variantId && l.quantity < maxQuantity(l.item) ? { ...l, quantity: l.quantity + 1 } : l));
    case "decrement":
      return lines.map((l) => (l.item.variantId === action.variantId && l.quantity > 1 ? { ...l, quantity: l.quantity - 1 } : l));
    case "remove":
      return lines.filter((l) => l.item.variantId !== action.variantId);
    case "stock":
      return lines.map((l) => (l.item.variantId === action.variantId ? { ...l, item: { ...l.item, stockQuantity: action.available } } : l));
    case "clear":
      return [];
  }
}

export const lineTotal = (line: TicketLine): Money => ({ amount: line.item.price.amount * line.quantity, currency: line.item.price.currency });

/** Display total before charging (integers only). Null while empty; "mixed" if the ticket spans currencies. */
export function ticketTotal(lines: TicketLine[]): Money | null | "mixed" {
  if (lines.length === 0) return null;
  const currency = lines[0]!.item.price.currency;
  if (lines.some((l) => l.item.price.currency !== currency)) return "mixed";
  return { amount: lines.reduce((s, l) => s + lineTotal(l).amount, 0), currency };
}

export const itemCount = (lines: TicketLine[]) => lines.reduce((s, l) => s + l.quantity, 0);

/** How many of each product the ticket holds, all its variants together, by product id. */
export function countByProduct(lines: TicketLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.item.productId, (counts.get(l.item.productId) ?? 0) + l.quantity);
  return counts;
}

export function toTicketItem(product: Pick<Product, "id" | "name">, variant: Pick<Variant, "id" | "title" | "sku" | "price" | "stockQuantity">): TicketItem {
  return {
    variantId: variant.id,
    productId: product.id,
    name: product.name,
    title: variant.title,
    sku: variant.sku,
    price: variant.price,
    stockQuantity: variant.stockQuantity,
  };
}
