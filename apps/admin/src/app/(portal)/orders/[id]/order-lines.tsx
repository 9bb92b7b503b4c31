"use client";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@commerce/api/client";
import { Price } from "@commerce/ui/money";
import { useTRPC } from "@commerce/ui/trpc";
import { DataTable, type Column } from "~/components/data-table";
import { formatDateTime, LiveIndicator, table } from "~/components/ui";
import type { Order } from "./use-order";

type Line = Order["lines"][number];

const lineColumns: Column<Line>[] = [
  { id: "product", header: "Product", className: "font-medium text-gray-900", cell: (l) => l.productName },
  { id: "sku", header: "SKU", className: "font-mono text-xs text-gray-600", cell: (l) => l.sku },
  { id: "qty", header: "Qty", align: "right", cell: (l) => l.quantity },
  { id: "unit", header: "Unit price", align: "right", cell: (l) => <Price value={l.unitPrice} /> },
  { id: "total", header: "Line total", align: "right", cell: (l) => <Price value={l.lineTotal} /> },
];

export function Lines({ order }: { order: Order }) {
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

type OrderEventRecord = RouterOutputs["eventLog"]["list"]["records"][number];

const eventColumns: Column<OrderEventRecord>[] = [
  { id: "type", header: "Type", className: "font-mono text-xs", cell: (r) => r.type },
  { id: "seq", header: "Stream seq", align: "right", cell: (r) => r.streamSequence },
  { id: "deliveries", header: "Deliveries", align: "right", cell: (r) => r.deliveryCount },
  { id: "received", header: "Received", className: "whitespace-nowrap text-gray-600", cell: (r) => formatDateTime(r.receivedAt) },
];

export function OrderEvents({ orderId }: { orderId: string }) {
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
