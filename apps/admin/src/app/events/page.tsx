"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Fragment, Suspense, useState } from "react";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { formatTimestamp, inputClass, LiveIndicator, PageHeader, table } from "~/components/ui";
import { useUrlState } from "~/components/url-state";

const eventTypes = ["product.created", "order.placed", "order.status_changed", "payment.succeeded", "payment.failed", "payment.refunded"] as const;
const LIMIT = 100;

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

      {events.error && <ErrorBox error={events.error} onRetry={() => void events.refetch()} />}
      {events.isPending ? (
        <Spinner label="Loading events…" />
      ) : events.data && events.data.records.length === 0 ? (
        <Empty>{type ? `No ${type} events recorded yet.` : "No events recorded yet. They appear here once the event worker is running."}</Empty>
      ) : events.data ? (
        <>
          <div className={`${table.wrapper} transition-opacity ${events.isPlaceholderData ? "opacity-60" : ""}`}>
            <table className={table.table}>
              <thead className="bg-gray-50">
                <tr>
                  <th scope="col" className={table.th}>Type</th>
                  <th scope="col" className={table.th}>Subject</th>
                  <th scope="col" className={`${table.thRight} w-20 whitespace-normal`}>Stream seq</th>
                  <th scope="col" className={`${table.thRight} w-20`}>Deliveries</th>
                  <th scope="col" className={table.th}>Occurred</th>
                  <th scope="col" className={table.th}>Received</th>
                  <th scope="col" className={table.th}>Payload</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {events.data.records.map((r) => {
                  const payload = (r.payload ?? {}) as { orderId?: unknown; orderNumber?: unknown };
                  const open = expanded.has(r.eventId);
                  const payloadId = `payload-${r.eventId}`;
                  return (
                    <Fragment key={r.eventId}>
                      <tr className={open ? "bg-gray-50" : table.row} data-event-id={r.eventId}>
                        <td className={`${table.td} font-mono text-xs whitespace-nowrap text-gray-900`}>{r.type}</td>
                        <td className={`${table.td} font-mono text-xs text-gray-600`}>
                          {r.subject.split(".").map((part, i) => (
                            // Lets a long subject wrap at its dots only.
                            <Fragment key={i}>
                              {i > 0 && (
                                <>
                                  .<wbr />
                                </>
                              )}
                              {part}
                            </Fragment>
                          ))}
                        </td>
                        <td className={table.tdRight}>{r.streamSequence}</td>
                        <td className={table.tdRight}>
                          <span className={r.deliveryCount > 1 ? "rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900" : ""}>{r.deliveryCount}</span>
                        </td>
                        <td className={`${table.td} whitespace-nowrap text-gray-600`}>
                          <time dateTime={new Date(r.occurredAt).toISOString()}>{formatTimestamp(r.occurredAt)}</time>
                        </td>
                        <td className={`${table.td} whitespace-nowrap text-gray-600`}>
                          <time dateTime={new Date(r.receivedAt).toISOString()}>{formatTimestamp(r.receivedAt)}</time>
                        </td>
                        <td className={`${table.td} whitespace-nowrap`}>
                          <div className="flex flex-col items-start gap-1">
                            <button
                              type="button"
                              aria-expanded={open}
                              aria-controls={payloadId}
                              onClick={() => toggle(r.eventId)}
                              className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium text-gray-700 ring-1 ring-gray-300 hover:bg-gray-100"
                            >
                              <span aria-hidden="true" className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}>
                                ▸
                              </span>
                              JSON
                            </button>
                            {typeof payload.orderId === "string" && (
                              <Link href={`/orders/${payload.orderId}`} className="text-xs font-medium text-indigo-600 hover:underline">
                                {typeof payload.orderNumber === "number" ? `Order #${payload.orderNumber}` : "View order"}
                              </Link>
                            )}
                          </div>
                        </td>
                      </tr>
                      {open && (
                        <tr id={payloadId} className="bg-gray-50">
                          <td colSpan={7} className="px-4 pb-4">
                            <pre className="max-h-96 overflow-auto rounded-md bg-gray-900 p-3 text-xs leading-relaxed text-gray-100">{JSON.stringify(r.payload, null, 2)}</pre>
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="text-xs text-gray-500">
            Showing the latest {events.data.records.length} {events.data.records.length === 1 ? "event" : "events"}
            {events.data.records.length === LIMIT ? ` (at most ${LIMIT})` : ""}.
          </p>
        </>
      ) : null}
    </div>
  );
}

function Counter({ label, value, tone, testId }: { label: string; value: number | undefined; tone: "amber" | "red"; testId: string }) {
  const active = (value ?? 0) > 0;
  const colours = tone === "amber" ? "bg-amber-50 text-amber-900 ring-amber-200" : "bg-red-50 text-red-900 ring-red-200";
  return (
    <span data-testid={testId} className={`inline-flex items-center gap-1.5 rounded-md px-2.5 py-1 text-sm ring-1 ${active ? colours : "bg-white text-gray-700 ring-gray-200"}`}>
      <span className="font-semibold tabular-nums">{value ?? "–"}</span> {label}
    </span>
  );
}
