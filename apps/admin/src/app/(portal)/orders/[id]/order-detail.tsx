"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { formatMoney, parseDecimal, toDecimalString, type Money } from "@commerce/core/money";
import type { RouterOutputs } from "@commerce/api/client";
import { Price } from "@commerce/ui/money";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { QueryError } from "~/components/api-errors";
import { DataTable, type Column } from "~/components/data-table";
import { StatusBadge } from "@commerce/ui/status-badge";
import { useTRPC } from "@commerce/ui/trpc";
import type { OrderStatus } from "~/components/order-statuses";
import { button, Card, describedBy, Field, formatDateTime, inputClass, LiveIndicator, messageOf, newIdempotencyKey, table } from "~/components/ui";

type Order = RouterOutputs["order"]["get"];
type Payment = Order["payments"][number];

/** Everything a person needs to look after one order. */
export function OrderDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const order = useQuery({ ...trpc.order.get.queryOptions({ id }), refetchInterval: 5_000 });

  if (order.isPending) return <Spinner label="Loading order…" />;
  if (order.error) {
    const code = (order.error.data as { code?: string } | undefined)?.code;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") {
      return (
        <div className="space-y-4">
          <BackLink />
          <Empty>No order with that id.</Empty>
        </div>
      );
    }
    return (
      <div className="space-y-4">
        <BackLink />
        <QueryError error={order.error} onRetry={() => void order.refetch()} />
      </div>
    );
  }
  const o = order.data;

  return (
    <div className="space-y-6">
      <div>
        <BackLink />
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Order #{o.number}</h1>
          <StatusBadge status={o.status} />
          <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-medium text-gray-700">{o.channel}</span>
        </div>
        <p className="mt-1 text-sm text-gray-500">
          Placed {formatDateTime(o.createdAt)} · last updated {formatDateTime(o.updatedAt)}
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Lines order={o} />
          <Payments order={o} />
          <OrderEvents orderId={o.id} />
        </div>
        <div className="min-w-0 space-y-6">
          <StatusActions order={o} />
          <Card title="Customer">
            <p className="font-medium text-gray-900">{o.customer.name}</p>
            {o.customer.email ? (
              <a href={`mailto:${o.customer.email}`} className="text-sm text-indigo-600 hover:underline">
                {o.customer.email}
              </a>
            ) : (
              <p className="text-sm text-gray-500">No email (walk-in sale)</p>
            )}
          </Card>
          <Card title="Money">
            <dl className="space-y-2 text-sm">
              <MoneyRow label="Total" value={o.total} strong />
              <MoneyRow label="Captured" value={o.captured} />
              <MoneyRow label="Refunded" value={o.refunded} />
              <MoneyRow label="Refundable" value={o.refundable} />
            </dl>
          </Card>
          <Timeline order={o} />
        </div>
      </div>
    </div>
  );
}

function BackLink() {
  return (
    <Link href="/orders" className="text-sm text-gray-500 hover:text-gray-900">
      <span aria-hidden="true">←</span> All orders
    </Link>
  );
}

function MoneyRow({ label, value, strong = false }: { label: string; value: Money; strong?: boolean }) {
  return (
    <div className="flex items-center justify-between gap-4">
      <dt className="text-gray-500">{label}</dt>
      <dd className={`tabular-nums ${strong ? "font-semibold text-gray-900" : "text-gray-900"}`}>
        <Price value={value} />
      </dd>
    </div>
  );
}

function useInvalidateOrder() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.order.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.payment.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.eventLog.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() }),
    ]);
}

/** One button per move the server says is allowed. */
function StatusActions({ order }: { order: Order }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateOrder();
  const [done, setDone] = useState<string | null>(null);
  const update = useMutation(
    trpc.order.updateStatus.mutationOptions({
      onSuccess: async (updated) => {
        queryClient.setQueryData(trpc.order.get.queryKey({ id: updated.id }), updated);
        setDone(`Order #${updated.number} is now ${updated.status}`);
        await invalidate();
      },
    }),
  );

  function move(status: OrderStatus) {
    if (update.isPending) return;
    if (status === "CANCELLED") {
      const refundNote = order.refundable.amount > 0 ? " Any captured payment is refunded automatically." : "";
      if (!window.confirm(`Cancel order #${order.number}?${refundNote} This cannot be undone.`)) return;
    }
    setDone(null);
    update.mutate({ id: order.id, status });
  }

  return (
    <Card title="Status">
      {order.nextStatuses.length === 0 ? (
        <p className="text-sm text-gray-500">
          This order is <span className="font-medium text-gray-900">{order.status}</span>; there is nothing more to do with it.
        </p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {order.nextStatuses.map((status) => {
            const busy = update.isPending && update.variables?.status === status;
            return (
              <button
                key={status}
                type="button"
                onClick={() => move(status)}
                disabled={update.isPending}
                aria-busy={busy || undefined}
                className={status === "CANCELLED" ? button.danger : button.primary}
              >
                {busy && <span aria-hidden="true" className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-current/30 border-t-current" />}
                {status === "CANCELLED" ? "Cancel order" : `Mark as ${status}`}
              </button>
            );
          })}
        </div>
      )}
      {update.error && (
        <div className="mt-3">
          <ErrorBox error={update.error} />
        </div>
      )}
      {done && !update.error && (
        <p role="status" className="mt-3 text-sm text-emerald-700">
          {done}
        </p>
      )}
    </Card>
  );
}

type Line = Order["lines"][number];

const lineColumns: Column<Line>[] = [
  { id: "product", header: "Product", className: "font-medium text-gray-900", cell: (l) => l.productName },
  { id: "sku", header: "SKU", className: "font-mono text-xs text-gray-600", cell: (l) => l.sku },
  { id: "qty", header: "Qty", align: "right", cell: (l) => l.quantity },
  { id: "unit", header: "Unit price", align: "right", cell: (l) => <Price value={l.unitPrice} /> },
  { id: "total", header: "Line total", align: "right", cell: (l) => <Price value={l.lineTotal} /> },
];

function Lines({ order }: { order: Order }) {
  return (
    <section aria-labelledby="lines-heading">
      <h2 id="lines-heading" className="mb-2 text-sm font-semibold text-gray-900">
        Lines
      </h2>
      <DataTable
        columns={lineColumns}
        rows={order.lines}
        rowKey={(l) => l.id}
        rowProps={() => ({ className: "" })}
        empty="No lines."
        footer={
          <tr>
            <th scope="row" colSpan={4} className="px-4 py-3 text-right text-sm font-semibold text-gray-900">
              Total
            </th>
            <td className={`${table.tdRight} font-semibold`}>
              <Price value={order.total} />
            </td>
          </tr>
        }
      />
    </section>
  );
}

function Payments({ order }: { order: Order }) {
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
          <StatusBadge status={p.status} />
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
                    <StatusBadge status={r.status} />
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

function RefundForm({ paymentId, refundable, onRefunded }: { paymentId: string; refundable: Money; onRefunded: (message: string) => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateOrder();
  const [amount, setAmount] = useState(() => toDecimalString(refundable));
  const [reason, setReason] = useState("");
  const [amountError, setAmountError] = useState<string | undefined>();
  const refund = useMutation(
    trpc.payment.refund.mutationOptions({
      onSuccess: async (done) => {
        onRefunded(`Refunded ${formatMoney({ amount: done.amount, currency: done.currency })}`);
        await invalidate();
      },
    }),
  );
  const amountId = `refund-amount-${paymentId}`;
  const reasonId = `refund-reason-${paymentId}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (refund.isPending) return;
    let money: Money;
    try {
      money = parseDecimal(amount, refundable.currency);
    } catch (error) {
      setAmountError(messageOf(error));
      return;
    }
    if (money.amount <= 0) {
      setAmountError("Refund amount must be more than zero");
      return;
    }
    setAmountError(undefined);
    onRefunded("");
    // A fresh key per attempt: a retried click is a new request, the provider dedupes a replayed one.
    refund.mutate({ paymentId, amount: money.amount, ...(reason.trim() ? { reason: reason.trim() } : {}), idempotencyKey: newIdempotencyKey() });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="rounded-md bg-gray-50 p-3 ring-1 ring-gray-200" aria-label="Refund payment">
      <p className="mb-3 text-xs text-gray-600">
        Up to <Price value={refundable} className="font-semibold text-gray-900" /> can still be refunded.
      </p>
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-start">
        <Field id={amountId} label="Refund amount" error={amountError}>
          <div className="relative">
            <input
              {...describedBy(amountId, amountError)}
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              autoComplete="off"
              className={`${inputClass} pr-12 tabular-nums`}
            />
            <span aria-hidden="true" className="pointer-events-none absolute top-2 right-3 text-xs leading-5 text-gray-500">
              {refundable.currency}
            </span>
          </div>
        </Field>
        <Field id={reasonId} label="Reason">
          <input id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="e.g. damaged in transit" className={inputClass} />
        </Field>
        <div className="sm:pt-7">
          <button type="submit" className={button.secondary} disabled={refund.isPending} aria-busy={refund.isPending || undefined}>
            {refund.isPending && <span aria-hidden="true" className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-gray-300 border-t-gray-700" />}
            Refund
          </button>
        </div>
      </div>
      {refund.error && (
        <div className="mt-3">
          <ErrorBox error={refund.error} />
        </div>
      )}
    </form>
  );
}

function Timeline({ order }: { order: Order }) {
  return (
    <Card title="Timeline">
      {order.timeline.length === 0 ? (
        <p className="text-sm text-gray-500">No status changes recorded.</p>
      ) : (
        <ol className="relative space-y-4 border-l border-gray-200 pl-5">
          {order.timeline.map((t, i) => (
            <li key={`${t.at.toString()}-${i}`} className="relative">
              <span aria-hidden="true" className="absolute top-1.5 -left-[1.6rem] h-2.5 w-2.5 rounded-full bg-indigo-500 ring-4 ring-white" />
              <div className="flex flex-wrap items-center gap-1.5 text-sm">
                {t.from ? (
                  <>
                    <StatusBadge status={t.from} />
                    <span aria-hidden="true" className="text-gray-400">
                      →
                    </span>
                    <span className="sr-only">to</span>
                    <StatusBadge status={t.to} />
                  </>
                ) : (
                  <>
                    <span className="text-gray-700">Placed as</span>
                    <StatusBadge status={t.to} />
                  </>
                )}
              </div>
              {t.reason && <p className="mt-1 text-sm text-gray-600">{t.reason}</p>}
              <time dateTime={new Date(t.at).toISOString()} className="mt-0.5 block text-xs text-gray-500">
                {formatDateTime(t.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

type OrderEventRecord = RouterOutputs["eventLog"]["list"]["records"][number];

const eventColumns: Column<OrderEventRecord>[] = [
  { id: "type", header: "Type", className: "font-mono text-xs", cell: (r) => r.type },
  { id: "seq", header: "Stream seq", align: "right", cell: (r) => r.streamSequence },
  { id: "deliveries", header: "Deliveries", align: "right", cell: (r) => r.deliveryCount },
  { id: "received", header: "Received", className: "whitespace-nowrap text-gray-600", cell: (r) => formatDateTime(r.receivedAt) },
];

function OrderEvents({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const events = useQuery({ ...trpc.eventLog.list.queryOptions({ orderId, limit: 50 }), refetchInterval: 2_000 });
  return (
    <section aria-labelledby="events-heading">
      <div className="mb-2 flex items-center justify-between gap-3">
        <h2 id="events-heading" className="text-sm font-semibold text-gray-900">
          Events
        </h2>
        <LiveIndicator fetching={events.isFetching} every="2 s" />
      </div>
      <DataTable
        columns={eventColumns}
        rows={events.data?.records}
        rowKey={(r) => r.eventId}
        rowProps={(r) => ({ "data-event-id": r.eventId, className: "" })}
        loading={events.isPending}
        loadingLabel="Loading events…"
        error={events.error}
        empty="No events recorded for this order yet. They appear here once the event worker receives them."
      />
    </section>
  );
}
