import type { ReactNode } from "react";
import { messageOf } from "@commerce/ui/errors";
import { ErrorBox } from "@commerce/ui/states";
import { StatusBadge } from "@commerce/ui/status-badge";
import { formatDateTime } from "@commerce/ui/dates";
import { pollSeconds } from "~/lib/use-order";
import { OrderLines, OrderPayments, OrderTimeline, type Order } from "./order-parts";

/** The order is placed but its money is not in yet: it can still be paid. */
export function waitsForPayment(o: Order): boolean {
  return o.status === "PENDING" && !o.payments.some((p) => p.status === "SUCCEEDED");
}

/**
 * One order as its page shows it, to its customer or to a guest with its link: the status, the
 * items, the payment and the timeline, refreshed live by the caller. `waiting` is shown while the
 * order waits for its money (a way to pay, or what to do); `notice` above the items; `children` last.
 */
export function OrderView({
  order: o,
  paymentState,
  refreshError,
  onRetry,
  waiting,
  notice,
  children,
}: {
  order: Order;
  paymentState: string;
  /** A failed refresh (the order shown is the last one read). */
  refreshError: unknown;
  onRetry: () => void;
  waiting?: ReactNode;
  notice?: ReactNode;
  children?: ReactNode;
}) {
  const waits = waitsForPayment(o);
  const processing = o.payments.some((p) => p.status === "PROCESSING");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <div className="flex items-center gap-3">
            <h1 className="text-3xl font-semibold tracking-tight">Order #{o.number}</h1>
            <StatusBadge status={o.status} />
          </div>
          <p className="text-sm text-gray-500">
            Placed {formatDateTime(o.createdAt)} by {o.customer.name}
            {o.customer.email ? ` (${o.customer.email})` : ""}
          </p>
        </div>
        <p className="flex items-center gap-2 text-xs text-gray-500" title={`This page refreshes every ${pollSeconds} seconds`}>
          <span className="relative flex h-2 w-2">
            <span className="absolute inline-flex h-full w-full motion-safe:animate-ping rounded-full bg-emerald-400 opacity-75" />
            <span className="relative inline-flex h-2 w-2 rounded-full bg-emerald-500" />
          </span>
          Live updates
        </p>
      </div>

      {refreshError ? <ErrorBox error={{ message: `Could not refresh the order: ${messageOf(refreshError)}` }} onRetry={onRetry} /> : null}

      {o.status === "PAID" && (
        <div role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          Thank you! Your payment was received and your order is being prepared.
        </div>
      )}

      {waits && processing && (
        <div role="status" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          A payment for this order is being processed. This page will update when it completes.
        </div>
      )}
      {waits && waiting}
      {notice}

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <OrderLines order={o} />
        <OrderPayments order={o} state={paymentState} />
      </div>

      <OrderTimeline order={o} />

      {children}
    </div>
  );
}
