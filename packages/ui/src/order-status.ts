import type { RouterOutputs } from "@commerce/api/client";

// Statuses in the words a shop uses. The API speaks in enum names (FULFILLED); people never see
// them. Typed from the API, so a new status cannot reach a screen without its words here.

type OrderView = RouterOutputs["order"]["get"];
export type OrderStatus = OrderView["status"];
export type SalesChannel = OrderView["channel"];
export type PaymentStatus = OrderView["payments"][number]["status"];
export type RefundStatus = OrderView["payments"][number]["refunds"][number]["status"];

/** Every order status, in the order an order moves through them (for filters). */
export const orderStatuses = ["PENDING", "PAID", "FULFILLED", "DELIVERED", "CANCELLED"] as const satisfies readonly OrderStatus[];

export const orderStatusWords: Record<OrderStatus, string> = {
  PENDING: "Awaiting payment",
  PAID: "Paid",
  FULFILLED: "Shipped",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};

/** The button that moves an order to a status. */
export const orderActionWords: Record<OrderStatus, string> = {
  PENDING: "Mark as awaiting payment",
  PAID: "Mark as paid",
  FULFILLED: "Mark as shipped",
  DELIVERED: "Mark as delivered",
  CANCELLED: "Cancel order",
};

export const paymentStatusWords: Record<PaymentStatus, string> = {
  PROCESSING: "Processing",
  SUCCEEDED: "Paid",
  FAILED: "Failed",
};

export const refundStatusWords: Record<RefundStatus, string> = {
  PENDING: "Refund pending",
  SUCCEEDED: "Refunded",
  FAILED: "Refund failed",
};

export const channelWords: Record<SalesChannel, string> = { WEB: "Web shop", POS: "Till" };

export type StatusKind = "order" | "payment" | "refund";

const wordsByKind: Record<StatusKind, Record<string, string>> = { order: orderStatusWords, payment: paymentStatusWords, refund: refundStatusWords };

/** The words for a status; an unknown one reads as "Some status" rather than SOME_STATUS. */
export function statusWords(kind: StatusKind, status: string): string {
  return wordsByKind[kind][status] ?? status.charAt(0) + status.slice(1).toLowerCase().replaceAll("_", " ");
}
