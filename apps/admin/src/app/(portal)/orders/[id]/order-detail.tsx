"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { Money } from "@commerce/core/money";
import { Price } from "@commerce/ui/money";
import { channelWords } from "@commerce/ui/order-status";
import { Empty, Spinner } from "@commerce/ui/states";
import { StatusBadge } from "@commerce/ui/status-badge";
import { useTRPC } from "@commerce/ui/trpc";
import { QueryError } from "~/components/api-errors";
import { Card, formatDateTime } from "~/components/ui";
import { Lines, OrderEvents } from "./order-lines";
import { Payments } from "./payments";
import { StatusActions } from "./status-actions";
import { Timeline } from "./timeline";

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
          <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-medium text-gray-700">{channelWords[o.channel]}</span>
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
