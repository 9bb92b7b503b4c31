"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Suspense } from "react";
import { Price } from "@commerce/ui/money";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { StatusBadge } from "@commerce/ui/status-badge";
import { useTRPC } from "@commerce/ui/trpc";
import { orderStatuses, type OrderStatus } from "~/components/order-statuses";
import { formatDateShort, inputClass, LiveIndicator, PageHeader, Pagination, table } from "~/components/ui";
import { useUrlState } from "~/components/url-state";

const PAGE_SIZE = 25;

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
                {s}
              </option>
            ))}
          </select>
        </div>
        <LiveIndicator fetching={orders.isFetching} every="5 s" />
      </div>

      {orders.error && <ErrorBox error={orders.error} onRetry={() => void orders.refetch()} />}
      {orders.isPending ? (
        <Spinner label="Loading orders…" />
      ) : orders.data && orders.data.items.length === 0 ? (
        <Empty>{status ? `No ${status} orders.` : "No orders yet."}</Empty>
      ) : orders.data ? (
        <>
          <div className={`${table.wrapper} transition-opacity ${orders.isPlaceholderData ? "opacity-60" : ""}`}>
            <table className={table.table}>
              <thead className="bg-gray-50">
                <tr>
                  <th scope="col" className={table.th}>Order</th>
                  <th scope="col" className={table.th}>Created</th>
                  <th scope="col" className={table.th}>Customer</th>
                  <th scope="col" className={table.th}>Channel</th>
                  <th scope="col" className={table.th}>Status</th>
                  <th scope="col" className={table.thRight}>Total</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {orders.data.items.map((o) => (
                  <tr key={o.id} className={table.row} data-order-id={o.id}>
                    <td className={`${table.td} whitespace-nowrap`}>
                      <Link
                        href={`/orders/${o.id}`}
                        aria-label={`Order #${o.number}`}
                        className="inline-block font-semibold text-indigo-600 hover:text-indigo-500 hover:underline"
                      >
                        #{o.number}
                      </Link>
                    </td>
                    <td className={`${table.td} whitespace-nowrap text-gray-600`}>
                      <time dateTime={new Date(o.createdAt).toISOString()}>{formatDateShort(o.createdAt)}</time>
                    </td>
                    <td className={table.td}>
                      <div className="font-medium text-gray-900">{o.customer.name}</div>
                      {o.customer.email && <div className="text-xs text-gray-500">{o.customer.email}</div>}
                    </td>
                    <td className={table.td}>
                      <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-medium text-gray-700">{o.channel}</span>
                    </td>
                    <td className={table.td}>
                      <StatusBadge status={o.status} />
                    </td>
                    <td className={`${table.tdRight} font-medium`}>
                      <Price value={o.total} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={orders.data.page}
            pageCount={orders.data.pageCount}
            total={orders.data.total}
            noun={orders.data.total === 1 ? "order" : "orders"}
            onPage={(next) => set({ page: next === 1 ? null : next })}
          />
        </>
      ) : null}
    </div>
  );
}
