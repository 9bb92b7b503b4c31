"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Suspense } from "react";
import { Price } from "@commerce/ui/money";
import type { RouterOutputs } from "@commerce/api/client";
import { Spinner } from "@commerce/ui/states";
import { StatusBadge } from "@commerce/ui/status-badge";
import { useTRPC } from "@commerce/ui/trpc";
import { channelWords, orderStatuses, orderStatusWords, type OrderStatus } from "@commerce/ui/order-status";
import { DataTable, type Column } from "~/components/data-table";
import { formatDateShort, inputClass, LiveIndicator, PageHeader } from "~/components/ui";
import { useUrlState } from "~/components/url-state";

const PAGE_SIZE = 25;

type Order = RouterOutputs["order"]["list"]["items"][number];

const columns: Column<Order>[] = [
  {
    id: "order",
    header: "Order",
    className: "whitespace-nowrap",
    cell: (o) => (
      <Link
        href={`/orders/${o.id}`}
        aria-label={`Order #${o.number}`}
        className="inline-block font-semibold text-indigo-600 hover:text-indigo-500 hover:underline"
      >
        #{o.number}
      </Link>
    ),
  },
  {
    id: "created",
    header: "Created",
    className: "whitespace-nowrap text-gray-600",
    cell: (o) => <time dateTime={new Date(o.createdAt).toISOString()}>{formatDateShort(o.createdAt)}</time>,
  },
  {
    id: "customer",
    header: "Customer",
    cell: (o) => (
      <>
        <div className="font-medium text-gray-900">{o.customer.name}</div>
        {o.customer.email && <div className="text-xs text-gray-500">{o.customer.email}</div>}
      </>
    ),
  },
  {
    id: "channel",
    header: "Channel",
    cell: (o) => <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-medium text-gray-700">{channelWords[o.channel]}</span>,
  },
  { id: "status", header: "Status", cell: (o) => <StatusBadge status={o.status} /> },
  { id: "total", header: "Total", align: "right", className: "font-medium", cell: (o) => <Price value={o.total} /> },
];

export default function OrdersPage() {
  return (
    <>
      <PageHeader title="Orders" description="Orders from the web shop and the POS, newest first." />
      <Suspense fallback={<Spinner />}>
        <OrderList />
      </Suspense>
    </>
  );
}

function OrderList() {
  const trpc = useTRPC();
  const { params, page, set } = useUrlState();
  const statusParam = params.get("status");
  const status = orderStatuses.find((s) => s === statusParam) as OrderStatus | undefined;

  const orders = useQuery({
    ...trpc.order.list.queryOptions({ page, pageSize: PAGE_SIZE, ...(status ? { status } : {}) }),
    placeholderData: keepPreviousData,
    refetchInterval: 5_000,
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="w-56">
          <label htmlFor="order-status" className="block text-sm font-medium text-gray-900">
            Status
          </label>
          <select id="order-status" value={status ?? ""} onChange={(e) => set({ status: e.target.value, page: null })} className={`${inputClass} mt-1.5`}>
            <option value="">All statuses</option>
            {orderStatuses.map((s) => (
              <option key={s} value={s}>
                {orderStatusWords[s]}
              </option>
            ))}
          </select>
        </div>
        <LiveIndicator fetching={orders.isFetching} every="5 s" />
      </div>

      <DataTable
        caption="Orders"
        columns={columns}
        rows={orders.data?.items}
        rowKey={(o) => o.id}
        rowProps={(o) => ({ "data-order-id": o.id })}
        loading={orders.isPending}
        loadingLabel="Loading orders…"
        error={orders.error}
        onRetry={() => void orders.refetch()}
        dimmed={orders.isPlaceholderData}
        empty={status ? `No orders that are ${orderStatusWords[status].toLowerCase()}.` : "No orders yet."}
        pagination={
          orders.data && {
            page: orders.data.page,
            pageCount: orders.data.pageCount,
            total: orders.data.total,
            noun: orders.data.total === 1 ? "order" : "orders",
            onPage: (next) => set({ page: next === 1 ? null : next }),
          }
        }
      />
    </div>
  );
}
