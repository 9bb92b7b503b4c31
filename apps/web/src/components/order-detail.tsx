"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { LoadFailure } from "./load-failure";
import { Price } from "@commerce/ui/money";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { refundStatusWords, statusWords } from "@commerce/ui/order-status";
import { StatusBadge } from "@commerce/ui/status-badge";
import { formatDateTime } from "@commerce/ui/dates";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { OrderLines, OrderTimeline } from "./order-parts";
import { PayOrderForm } from "./pay-order-form";

const POLL_MS = 2000;

/** Keep following while there is something to follow; stop when the very first load failed. */
const poll = (query: { state: { status: string; data: unknown } }) => (query.state.status === "error" && !query.state.data ? false : POLL_MS);

const paymentStateLabel: Record<string, string> = {
  PAID: "Paid",
  REFUNDED: "Refunded",
  PARTIALLY_REFUNDED: "Partially refunded",
  PROCESSING: "Payment processing",
  FAILED: "Last payment failed",
  UNPAID: "Not paid",
};

export function OrderDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const slug = useStoreSlug();
  const order = useQuery({ ...trpc.order.get.queryOptions({ id }), refetchInterval: poll });
  const payment = useQuery({ ...trpc.payment.status.queryOptions({ orderId: id }), refetchInterval: poll, enabled: order.isSuccess });

  if (order.isPending) return <Spinner label="Loading order…" />;
  if (order.error && !order.data) {
    return (
      <LoadFailure
        notFound={order.error.data?.code === "NOT_FOUND" || order.error.data?.code === "BAD_REQUEST"}
        what="Order"
        hint="We could not find that order. Check the link you followed."
        error={order.error}
        onRetry={() => void order.refetch()}
      />
    );
  }

  const o = order.data;
  const paid = o.payments.some((p) => p.status === "SUCCEEDED");
  const processing = o.payments.some((p) => p.status === "PROCESSING");
  const state = payment.data?.state ?? (paid ? "PAID" : processing ? "PROCESSING" : "UNPAID");
  const canPay = o.status === "PENDING" && !paid;

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
        <p className="flex items-center gap-2 text-xs text-gray-500" title="This page refreshes every 2 seconds">
          <span className="relative flex h-2 w-2">
            <span className="absolute inline-flex h-full w-full motion-safe:animate-ping rounded-full bg-emerald-400 opacity-75" />
            <span className="relative inline-flex h-2 w-2 rounded-full bg-emerald-500" />
          </span>
          Live updates
        </p>
      </div>

      {order.error && <ErrorBox error={{ message: `Could not refresh the order: ${order.error.message}` }} onRetry={() => void order.refetch()} />}

      {o.status === "PAID" && (
        <div role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          Thank you! Your payment was received and your order is being prepared.
        </div>
      )}

      {canPay && processing && (
        <div role="status" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          A payment for this order is being processed. This page will update when it completes.
        </div>
      )}
      {canPay && <PayOrderForm orderId={o.id} orderNumber={o.number} total={o.total} />}

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <OrderLines order={o} />
        <section aria-labelledby="payment-heading" className="space-y-3 rounded-2xl border border-gray-200 bg-white p-5 shadow-sm">
          <h2 id="payment-heading" className="text-lg font-semibold">
            Payment
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-gray-500">Status</dt>
            <dd data-payment-state={state} className="font-medium">
              {paymentStateLabel[state] ?? statusWords("payment", state)}
            </dd>
            <dt className="text-gray-500">Paid</dt>
            <dd>
              <Price value={o.captured} />
            </dd>
            {o.refunded.amount > 0 && (
              <>
                <dt className="text-gray-500">Refunded</dt>
                <dd>
                  <Price value={o.refunded} />
                </dd>
              </>
            )}
          </dl>
          {o.payments.length === 0 ? (
            <p className="text-sm text-gray-500">No payment attempts yet.</p>
          ) : (
            <ul className="space-y-2" aria-label="Payment attempts">
              {o.payments.map((p) => (
                <li key={p.id} className="rounded-lg border border-gray-100 bg-gray-50 p-3 text-sm">
                  <div className="flex items-center justify-between gap-2">
                    <span>{p.card ?? "Card payment"}</span>
                    <StatusBadge kind="payment" status={p.status} />
                  </div>
                  <div className="mt-1 flex items-center justify-between text-xs text-gray-500">
                    <Price value={p.amount} />
                    <span>{formatDateTime(p.createdAt)}</span>
                  </div>
                  {p.failureMessage && <p className="mt-1 text-xs text-red-700">{p.failureMessage}</p>}
                  {p.refunds.map((r) => (
                    <p key={r.id} className="mt-1 text-xs text-gray-600">
                      Refund <Price value={r.amount} /> ({refundStatusWords[r.status].toLowerCase()}){r.reason ? ` — ${r.reason}` : ""}
                    </p>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <OrderTimeline order={o} />

      <div className="flex flex-wrap gap-6">
        <Link href={storePath(slug)} className="inline-block text-sm font-medium text-gray-700 underline-offset-4 hover:underline">
          ← Continue shopping
        </Link>
        <Link href={storePath(slug, "/account")} className="inline-block text-sm font-medium text-gray-700 underline-offset-4 hover:underline">
          All your orders
        </Link>
      </div>
    </div>
  );
}
