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

export const nextStatuses = (from: OrderStatus): readonly OrderStatus[] => transitions[from];

export const canTransition = (from: OrderStatus, to: OrderStatus): boolean => transitions[from].includes(to);

export function assertTransition(from: OrderStatus, to: OrderStatus, orderNumber?: number): void {
  if (canTransition(from, to)) return;
  const which = orderNumber === undefined ? "The order" : `Order #${orderNumber}`;
  const allowed = transitions[from];
  throw new DomainError(
    "INVALID_STATE",
    `${which} is ${from} and cannot become ${to}` + (allowed.length ? ` (it can become ${allowed.join(" or ")})` : ` (${from} is final)`),
    { from, to, allowed },
  );
}

/** Cancelling returns the goods to stock only while they have not left the shop. */
export const returnsStockOnCancel = (from: OrderStatus): boolean => from === "PENDING" || from === "PAID";
