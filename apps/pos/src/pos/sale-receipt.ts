import type { Order, Payment, ReceiptData } from "./types";

const brandName = (brand: string | null | undefined) =>
  !brand
    ? "Card"
    : (({ visa: "Visa", mastercard: "Mastercard", amex: "American Express" } as Record<string, string>)[brand.toLowerCase()] ??
      brand.charAt(0).toUpperCase() + brand.slice(1));

/** "Visa •••• 4242", as the receipt names the card a payment captured. */
export function cardLabel(card: Payment["card"]): string {
  return card ? `${brandName(card.brand)} •••• ${card.last4}` : "Card";
}

/** The receipt of a paid order. */
export function toReceipt(order: Order, card: string, paidAt: Date): ReceiptData {
  return {
    orderId: order.id,
    orderNumber: order.number,
    lines: order.lines.map((l) => ({
      id: l.id,
      name: l.productName,
      variantTitle: l.variantTitle,
      sku: l.sku,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      lineTotal: l.lineTotal,
    })),
    total: order.total,
    card,
    paidAt,
  };
}
