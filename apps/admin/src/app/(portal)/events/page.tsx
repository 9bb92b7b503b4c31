"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Fragment, Suspense, useState } from "react";
import type { RouterOutputs } from "@commerce/api/client";
import { Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { DataTable, detailsIdOf, type Column } from "~/components/data-table";
import { ExpandToggle, formatTimestamp, inputClass, LiveIndicator, PageHeader } from "~/components/ui";
import { useUrlState } from "~/components/url-state";

const eventTypes = ["product.created", "order.placed", "order.status_changed", "payment.succeeded", "payment.failed", "payment.refunded"] as const;
const LIMIT = 100;

type EventRecordRow = RouterOutputs["eventLog"]["list"]["records"][number];

export default function EventsPage() {
  return (
    <>
      <PageHeader title="Events" description="What the event worker has received from the bus, newest first." />
      <Suspense fallback={<Spinner />}>
        <EventRecord />
      </Suspense>
    </>
  );
}

function EventRecord() {
  const trpc = useTRPC();
  const { params, set } = useUrlState();
  const typeParam = params.get("type");
  const type = eventTypes.find((t) => t === typeParam);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const events = useQuery({
    ...trpc.eventLog.list.queryOptions({ limit: LIMIT, ...(type ? { type } : {}) }),
    placeholderData: keepPreviousData,
    refetchInterval: 2_000,
  });

  const columns: Column<EventRecordRow>[] = [
    { id: "type", header: "Type", className: "font-mono text-xs whitespace-nowrap text-gray-900", cell: (r) => r.type },
    {
      id: "subject",
      header: "Subject",
      className: "font-mono text-xs text-gray-600",
      cell: (r) =>
        r.subject.split(".").map((part, i) => (
          // Lets a long subject wrap at its dots only.
          <Fragment key={i}>
            {i > 0 && (
              <>
                .<wbr />
              </>
            )}
            {part}
          </Fragment>
        )),
    },
    { id: "seq", header: "Stream seq", align: "right", headerClassName: "w-20 whitespace-normal", cell: (r) => r.streamSequence },
    {
      id: "deliveries",
      header: "Deliveries",
      align: "right",
      headerClassName: "w-20",
      cell: (r) => <span className={r.deliveryCount > 1 ? "rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900" : ""}>{r.deliveryCount}</span>,
    },
    {
      id: "occurred",
      header: "Occurred",
      className: "whitespace-nowrap text-gray-600",
      cell: (r) => <time dateTime={new Date(r.occurredAt).toISOString()}>{formatTimestamp(r.occurredAt)}</time>,
    },
    {
      id: "received",
      header: "Received",
      className: "whitespace-nowrap text-gray-600",
      cell: (r) => <time dateTime={new Date(r.receivedAt).toISOString()}>{formatTimestamp(r.receivedAt)}</time>,
    },
    {
      id: "payload",
      header: "Payload",
      className: "whitespace-nowrap",
      cell: (r) => {
        const payload = (r.payload ?? {}) as { orderId?: unknown; orderNumber?: unknown };
        const open = expanded.has(r.eventId);
        return (
          <div className="flex flex-col items-start gap-1">
            <ExpandToggle open={open} controls={detailsIdOf(r.eventId)} onToggle={() => toggle(r.eventId)}>
              JSON
            </ExpandToggle>
            {typeof payload.orderId === "string" && (
              <Link href={`/orders/${payload.orderId}`} className="text-xs font-medium text-indigo-600 hover:underline">
                {typeof payload.orderNumber === "number" ? `Order #${payload.orderNumber}` : "View order"}
              </Link>
            )}
          </div>
        );
      },
    },
  ];

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="w-64">
          <label htmlFor="event-type" className="block text-sm font-medium text-gray-900">
            Type
          </label>
          <select id="event-type" value={type ?? ""} onChange={(e) => set({ type: e.target.value })} className={`${inputClass} mt-1.5`}>
            <option value="">All types</option>
            {eventTypes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Counter label="unpublished in outbox" value={events.data?.unpublished} tone="amber" testId="unpublished-count" />
          <Counter label="parked" value={events.data?.parked} tone="red" testId="parked-count" />
          <LiveIndicator fetching={events.isFetching} every="2 s" />
        </div>
      </div>

      <DataTable
        caption="Events"
        columns={columns}
        rows={events.data?.records}
        rowKey={(r) => r.eventId}
        rowProps={(r) => ({ "data-event-id": r.eventId })}
        loading={events.isPending}
        loadingLabel="Loading events…"
        error={events.error}
        onRetry={() => void events.refetch()}
        dimmed={events.isPlaceholderData}
        empty={type ? `No ${type} events recorded yet.` : "No events recorded yet. They appear here once the event worker is running."}
        details={(r) =>
          expanded.has(r.eventId) ? (
            <pre className="max-h-96 overflow-auto rounded-md bg-gray-900 p-3 text-xs leading-relaxed text-gray-100">{JSON.stringify(r.payload, null, 2)}</pre>
          ) : null
        }
        note={
          events.data && events.data.records.length > 0 ? (
            <p className="text-xs text-gray-500">
              Showing the latest {events.data.records.length} {events.data.records.length === 1 ? "event" : "events"}
              {events.data.records.length === LIMIT ? ` (at most ${LIMIT})` : ""}.
            </p>
          ) : null
        }
      />
    </div>
  );
}

function Counter({ label, value, tone, testId }: { label: string; value: number | undefined; tone: "amber" | "red"; testId: string }) {
  const active = (value ?? 0) > 0;
  const colours = tone === "amber" ? "bg-amber-50 text-amber-900 ring-amber-200" : "bg-red-50 text-red-900 ring-red-200";
  return (
    <span
      data-testid={testId}
      className={`inline-flex items-center gap-1.5 rounded-md px-2.5 py-1 text-sm ring-1 ${active ? colours : "bg-white text-gray-700 ring-gray-200"}`}
    >
      <span className="font-semibold tabular-nums">{value ?? "–"}</span> {label}
    </span>
  );
}
