import type { RouterOutputs } from "@commerce/api/client";

export type Product = RouterOutputs["product"]["getAll"]["items"][number];
export type Order = RouterOutputs["order"]["sell"]["order"];
export type Payment = RouterOutputs["order"]["sell"]["payment"];
export type TestCard = RouterOutputs["payment"]["testCards"][number];
/** What tapping a product did to the ticket. */
export type AddResult = "added" | "out-of-stock" | "limit" | "full";

/** What the ticket remembers about a product: enough to show it and to stay within known stock. */
export interface TicketProduct {
  id: string;
  name: string;
  sku: string;
  price: Product["price"];
  stockQuantity: number;
}

export interface TicketLine {
  product: TicketProduct;
  quantity: number;
}

/** Everything the receipt shows, from the order the server placed and the payment it captured. */
export interface ReceiptData {
  orderId: string;
  orderNumber: number;
  lines: { id: string; name: string; sku: string; quantity: number; unitPrice: Order["total"]; lineTotal: Order["total"] }[];
  total: Order["total"];
  card: string;
  paidAt: Date;
}
