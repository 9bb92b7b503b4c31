import type { RouterOutputs } from "@commerce/api/client";

export type Product = RouterOutputs["product"]["getAll"]["items"][number];
export type Variant = Product["variants"][number];
export type Order = RouterOutputs["order"]["sell"]["order"];
export type Payment = RouterOutputs["order"]["sell"]["payment"];
export type TestCard = RouterOutputs["payment"]["testCards"][number];
/** What offering a variant to the ticket did. */
export type AddResult = "added" | "out-of-stock" | "limit" | "full";

/**
 * What the ticket remembers about the variant on a line: enough to show it ("Crew Tee — M / red"),
 * sell it (its id) and stay within the stock the till last saw, whether or not the grid still shows it.
 */
export interface TicketItem {
  variantId: string;
  productId: string;
  name: string;
  /** "M / red"; "" for a product without options. */
  title: string;
  sku: string;
  price: Variant["price"];
  stockQuantity: number;
}

export interface TicketLine {
  item: TicketItem;
  quantity: number;
}

/** Everything the receipt shows, from the order the server placed and the payment it captured. */
export interface ReceiptData {
  orderId: string;
  orderNumber: number;
  lines: { id: string; name: string; variantTitle: string; sku: string; quantity: number; unitPrice: Order["total"]; lineTotal: Order["total"] }[];
  total: Order["total"];
  card: string;
  paidAt: Date;
}
