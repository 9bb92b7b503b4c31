"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Money } from "@commerce/core/money";
import { Price } from "@commerce/ui/money";
import { Empty, ErrorBox } from "@commerce/ui/states";
import { StatusBadge } from "@commerce/ui/status-badge";
import { useTRPC } from "@commerce/ui/trpc";
import { formatDateTime } from "~/components/ui";
import { RefundForm } from "./refund-form";
import type { Order, Payment } from "./use-order";

export function Payments({ order }: { order: Order }) {
  const trpc = useTRPC();
  // Per-payment refundable amounts, as the server computes them.
  const status = useQuery({ ...trpc.payment.status.queryOptions({ orderId: order.id }), refetchInterval: 5_000 });
  const refundableOf = new Map(status.data?.payments.map((p) => [p.id, p.refundable]) ?? []);

  return (
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading" className="mb-2 text-sm font-semibold text-gray-900">
        Payments
      </h2>
      {order.payments.length === 0 ? (
        <Empty>No payments yet.</Empty>
      ) : (
        <div className="space-y-4">
          {status.error && <ErrorBox error={status.error} />}
          {order.payments.map((p) => (
            <PaymentCard key={p.id} payment={p} refundable={refundableOf.get(p.id)} />
          ))}
        </div>
      )}
    </section>
  );
}

function PaymentCard({ payment: p, refundable }: { payment: Payment; refundable: Money | undefined }) {
  const [refunded, setRefunded] = useState<string | null>(null);
  return (
    <div className="rounded-lg bg-white shadow-sm ring-1 ring-gray-200" data-payment-id={p.id}>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-gray-100 px-4 py-3">
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge kind="payment" status={p.status} />
          <span className="font-semibold tabular-nums">
            <Price value={p.amount} />
          </span>
          {p.card && <span className="text-sm text-gray-600">{p.card}</span>}
        </div>
        <span className="text-xs text-gray-500">{formatDateTime(p.createdAt)}</span>
      </div>
      <div className="space-y-4 px-4 py-3 text-sm">
        {p.status === "FAILED" && (
          <p className="text-red-700">
            {p.failureMessage ?? "The payment failed."}
            {p.failureCode && <span className="ml-1 font-mono text-xs text-red-500">({p.failureCode})</span>}
          </p>
        )}
        {p.refunded.amount > 0 && (
          <p className="text-gray-600">
            Refunded so far: <Price value={p.refunded} className="font-medium text-gray-900" />
          </p>
        )}
        {p.refunds.length > 0 && (
          <div>
            <h3 className="mb-1 text-xs font-semibold tracking-wide text-gray-500 uppercase">Refunds</h3>
            <ul className="divide-y divide-gray-100 rounded-md ring-1 ring-gray-200">
              {p.refunds.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2">
                  <span className="flex items-center gap-3">
                    <StatusBadge kind="refund" status={r.status} />
                    <Price value={r.amount} className="font-medium tabular-nums" />
                    {r.reason && <span className="text-gray-600">{r.reason}</span>}
                  </span>
                  <span className="text-xs text-gray-500">{formatDateTime(r.createdAt)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {refunded && (
          <p role="status" className="text-emerald-700">
            {refunded}
          </p>
        )}
        {p.status === "SUCCEEDED" && refundable && refundable.amount > 0 && (
          // Re-mounts with the new amount whenever what is refundable changes.
          <RefundForm key={`${p.id}:${refundable.amount}`} paymentId={p.id} refundable={refundable} onRefunded={setRefunded} />
        )}
        {p.status === "SUCCEEDED" && refundable && refundable.amount === 0 && <p className="text-gray-500">Fully refunded.</p>}
      </div>
    </div>
  );
}
