"use client";
import { useState } from "react";
import Link from "next/link";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { Price } from "@commerce/ui/money";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { StatusBadge } from "@commerce/ui/status-badge";
import { formatDateTime } from "@commerce/ui/dates";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { secondaryButton, textLink } from "../styles";
import { AccountSection } from "./section";

const PAGE_SIZE = 10;

/** The customer's own orders (the server returns no one else's), newest first. */
export function OrderHistory() {
  const trpc = useTRPC();
  const slug = useStoreSlug();
  const [page, setPage] = useState(1);
  const orders = useQuery({ ...trpc.order.list.queryOptions({ page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });

  return (
    <AccountSection id="orders" title="Your orders">
      {orders.isPending ? (
        <Spinner label="Loading your orders…" />
      ) : orders.error && !orders.data ? (
        <ErrorBox error={orders.error} onRetry={() => void orders.refetch()} />
      ) : orders.data.total === 0 ? (
        <Empty>
          You have no orders yet.{" "}
          <Link href={storePath(slug)} className={textLink}>
            Start shopping
          </Link>
        </Empty>
      ) : (
        <>
          <ErrorBox error={orders.error} onRetry={() => void orders.refetch()} />
          <ul aria-label="Your orders" aria-busy={orders.isPlaceholderData} className="divide-y divide-gray-100">
            {orders.data.items.map((order) => {
              const items = order.lines.reduce((n, line) => n + line.quantity, 0);
              return (
                <li key={order.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3 text-sm">
                  <Link href={storePath(slug, `/orders/${order.id}`)} className="font-medium text-gray-900 underline-offset-4 hover:underline">
                    Order #{order.number}
                  </Link>
                  <span className="text-gray-500">{formatDateTime(order.createdAt)}</span>
                  <span className="text-gray-500">
                    {items} {items === 1 ? "item" : "items"}
                  </span>
                  <span className="ml-auto flex items-center gap-3">
                    <StatusBadge status={order.status} />
                    <Price value={order.total} className="w-24 text-right font-semibold" />
                  </span>
                </li>
              );
            })}
          </ul>
          {orders.data.pageCount > 1 && (
            <nav aria-label="Order pages" className="flex items-center justify-between gap-4">
              <button type="button" onClick={() => setPage((p) => p - 1)} disabled={page <= 1} className={secondaryButton}>
                Newer
              </button>
              <span className="text-sm text-gray-600">
                Page {orders.data.page} of {orders.data.pageCount}
              </span>
              <button type="button" onClick={() => setPage((p) => p + 1)} disabled={page >= orders.data.pageCount} className={secondaryButton}>
                Older
              </button>
            </nav>
          )}
        </>
      )}
    </AccountSection>
  );
}
