import { DomainError } from "@commerce/core/errors";

export type OrderStatus = "PENDING" | "PAID" | "FULFILLED" | "DELIVERED" | "CANCELLED";

/** The order's life: the only moves allowed. */
const transitions: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING: ["PAID", "CANCELLED"],
  PAID: ["FULFILLED", "CANCELLED"],
  FULFILLED: ["DELIVERED"],
  DELIVERED: [],
  CANCELLED: [],
};

/** Who moves an order: a person in the portal, or a captured payment. */
export type TransitionCause = "person" | "payment";

/** Statuses that need evidence rather than a person's say-so: only a captured payment makes an order PAID. */
const paymentOnly: readonly OrderStatus[] = ["PAID"];

/** Where a person may move an order from here (what the portal offers). */
export const nextStatuses = (from: OrderStatus): readonly OrderStatus[] => transitions[from].filter((to) => !paymentOnly.includes(to));

export const canTransition = (from: OrderStatus, to: OrderStatus): boolean => transitions[from].includes(to);

export function assertTransition(from: OrderStatus, to: OrderStatus, orderNumber?: number, cause: TransitionCause = "person"): void {
  const which = orderNumber === undefined ? "The order" : `Order #${orderNumber}`;
  if (cause === "person" && paymentOnly.includes(to)) {
    throw new DomainError("INVALID_STATE", `${which} becomes ${to} only when a payment is captured`, { from, to, allowed: nextStatuses(from) });
  }
  if (canTransition(from, to)) return;
  const allowed = cause === "person" ? nextStatuses(from) : transitions[from];
  throw new DomainError(
    "INVALID_STATE",
    `${which} is ${from} and cannot become ${to}` + (allowed.length ? ` (it can become ${allowed.join(" or ")})` : ` (${from} is final)`),
    { from, to, allowed },
  );
}

/** Cancelling returns the goods to stock only while they have not left the shop. */
export const returnsStockOnCancel = (from: OrderStatus): boolean => from === "PENDING" || from === "PAID";
