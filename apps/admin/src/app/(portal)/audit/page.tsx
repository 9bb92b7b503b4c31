"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Suspense, useState } from "react";
import type { RouterInputs, RouterOutputs } from "@commerce/api/client";
import { Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { NoAccess } from "~/components/api-errors";
import { describeError, isNoAccessError } from "@commerce/ui/errors";
import { DataTable, detailsIdOf, type Column } from "~/components/data-table";
import { ExpandToggle, formatTimestamp, PageHeader } from "~/components/ui";
import { useUrlState } from "~/components/url-state";
import { EntryDetails } from "./entry-details";
import { filterKeys, FilterForm, type FilterKey } from "./filter-form";
import { VerifyChain } from "./verify-chain";

type Entry = RouterOutputs["audit"]["list"]["items"][number];
type Filter = Omit<RouterInputs["audit"]["list"], "cursor" | "limit">;
const PAGE_SIZE = 50;

export default function AuditPage() {
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made through the API: who, what and when, newest first. Entries are chained by hash, so a changed or removed entry shows up."
      />
      <Suspense fallback={<Spinner />}>
        <AuditLog />
      </Suspense>
    </>
  );
}

/** A date input's day as the start (or end) of that day in the browser's time zone. */
function dayBound(day: string, end: boolean): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const d = new Date(`${day}T${end ? "23:59:59.999" : "00:00:00"}`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const filterFieldMap = {
  procedure: "procedure",
  actorId: "actor",
  targetId: "target",
  from: "from",
  to: "to",
};

function AuditLog() {
  const trpc = useTRPC();
  const { params, set } = useUrlState();
  const applied = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ""])) as Record<FilterKey, string>;
  const appliedKey = filterKeys.map((k) => applied[k]).join("|");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const from = dayBound(applied.from, false);
  const to = dayBound(applied.to, true);
  const filter: Filter = {
    ...(applied.procedure.trim() ? { procedure: applied.procedure.trim() } : {}),
    ...(applied.actor.trim() ? { actorId: applied.actor.trim() } : {}),
    ...(applied.target.trim() ? { targetId: applied.target.trim() } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const log = useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions({ ...filter, limit: PAGE_SIZE }, { getNextPageParam: (last) => last.nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = log.data?.pages.flatMap((p) => p.items);
  const filterErrors = describeError(log.error, filterFieldMap);
  const badFilter = Object.keys(filterErrors.fields).length > 0;
  const filtered = filterKeys.some((k) => applied[k]);

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (log.error && isNoAccessError(log.error)) return <NoAccess />;

  const columns: Column<Entry>[] = [
    {
      id: "at",
      header: "When",
      className: "whitespace-nowrap text-gray-600",
      cell: (e) => <time dateTime={new Date(e.at).toISOString()}>{formatTimestamp(e.at)}</time>,
    },
    { id: "procedure", header: "Procedure", className: "font-mono text-xs whitespace-nowrap text-gray-900", cell: (e) => e.procedure },
    {
      id: "actor",
      header: "Actor",
      cell: (e) =>
        e.actorName || e.actorId ? (
          <div className="whitespace-nowrap">
            <div className="text-gray-900">{e.actorName ?? "—"}</div>
            {e.actorRole && <div className="text-xs text-gray-500">{e.actorRole}</div>}
          </div>
        ) : (
          <span className="text-gray-500">System</span>
        ),
    },
    {
      id: "target",
      header: "Target",
      cell: (e) =>
        e.targetId ? (
          <div className="whitespace-nowrap">
            <div className="text-gray-900">{e.targetType ?? "—"}</div>
            <div className="font-mono text-xs text-gray-500" title={e.targetId}>
              {short(e.targetId, 8)}
            </div>
          </div>
        ) : (
          <span className="text-gray-500">—</span>
        ),
    },
    { id: "ip", header: "IP", className: "font-mono text-xs text-gray-600", cell: (e) => e.ip ?? "—" },
    {
      id: "hash",
      header: "Hash",
      className: "font-mono text-xs text-gray-600",
      cell: (e) => (
        <span title={e.hash}>
          {short(e.hash, 10)}
          <span className="sr-only"> (shortened)</span>
        </span>
      ),
    },
    {
      id: "details",
      header: <span className="sr-only">Details</span>,
      align: "right",
      cell: (e) => {
        const open = expanded.has(e.id);
        return (
          <ExpandToggle open={open} controls={detailsIdOf(e.id)} onToggle={() => toggle(e.id)}>
            Details
          </ExpandToggle>
        );
      },
    },
  ];

  return (
    <div className="space-y-4">
      {/* Re-mounts when the URL changes (back/forward, a shared link), so the form shows what is applied. */}
      <FilterForm
        key={appliedKey}
        applied={applied}
        errors={filterErrors.fields}
        onApply={(draft) => set(Object.fromEntries(filterKeys.map((k) => [k, draft[k].trim()])))}
        onClear={() => set(Object.fromEntries(filterKeys.map((k) => [k, null])))}
      />

      <VerifyChain />

      {badFilter ? (
        <p className="text-sm text-gray-600">Fix the filters above to see entries.</p>
      ) : (
        <DataTable
          caption="Audit entries, newest first"
          dense
          columns={columns}
          rows={rows}
          rowKey={(e) => e.id}
          rowProps={(e) => ({ "data-audit-id": e.id, "data-seq": e.seq })}
          loading={log.isPending}
          loadingLabel="Loading the audit log…"
          error={log.error}
          onRetry={() => void log.refetch()}
          dimmed={log.isPlaceholderData}
          empty={filtered ? "No entries match these filters." : "No audit entries yet."}
          details={(e) => (expanded.has(e.id) ? <EntryDetails entry={e} onFilter={(key, value) => set({ [key]: value })} /> : null)}
          loadMore={{ hasMore: !!log.hasNextPage, loading: log.isFetchingNextPage, onLoadMore: () => void log.fetchNextPage() }}
          note={
            rows && rows.length > 0 ? (
              <p className="text-xs text-gray-500">
                Showing {rows.length} {rows.length === 1 ? "entry" : "entries"}
                {log.hasNextPage ? "; older ones follow." : "; that is all of them."}
              </p>
            ) : null
          }
        />
      )}
    </div>
  );
}

function short(value: string, length = 12) {
  return value.length > length ? `${value.slice(0, length)}…` : value;
}
