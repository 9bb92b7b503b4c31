"use client";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Suspense, useState, type FormEvent, type ReactNode } from "react";
import type { RouterInputs, RouterOutputs } from "@commerce/api/client";
import { Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { formErrorsOf, isNoAccess, NoAccess, QueryError } from "~/components/api-errors";
import { DataTable, detailsIdOf, type Column } from "~/components/data-table";
import { button, Card, describedBy, ExpandToggle, Field, formatTimestamp, inputClass, PageHeader } from "~/components/ui";
import { useUrlState } from "~/components/url-state";

type Entry = RouterOutputs["audit"]["list"]["items"][number];
type Filter = Omit<RouterInputs["audit"]["list"], "cursor" | "limit">;
const PAGE_SIZE = 50;

const filterKeys = ["procedure", "actor", "target", "from", "to"] as const;
type FilterKey = (typeof filterKeys)[number];

export default function AuditPage() {
  return (
    <>
      <PageHeader title="Audit log" description="Every change made through the API: who, what and when, newest first. Entries are chained by hash, so a changed or removed entry shows up." />
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
  procedure: { field: "procedure", label: "Procedure" },
  actorId: { field: "actor", label: "Actor id" },
  targetId: { field: "target", label: "Target id" },
  from: { field: "from", label: "From" },
  to: { field: "to", label: "To" },
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
  const filterErrors = formErrorsOf(log.error, filterFieldMap);
  const badFilter = Object.keys(filterErrors.fields).length > 0;
  const filtered = filterKeys.some((k) => applied[k]);

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (log.error && isNoAccess(log.error)) return <NoAccess />;

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

function FilterForm({
  applied,
  errors,
  onApply,
  onClear,
}: {
  applied: Record<FilterKey, string>;
  errors: Record<string, string | undefined>;
  onApply: (draft: Record<FilterKey, string>) => void;
  onClear: () => void;
}) {
  const [draft, setDraft] = useState(applied);
  const filtered = filterKeys.some((k) => applied[k]);
  function apply(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form role="search" aria-label="Filter the audit log" onSubmit={apply} noValidate>
      <Card>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <FilterField id="audit-procedure" label="Procedure" hint="Starts with, e.g. staff. or order.updateStatus" error={errors.procedure}>
            {(props) => <input {...props} value={draft.procedure} onChange={(e) => setDraft((d) => ({ ...d, procedure: e.target.value }))} maxLength={80} className={`${inputClass} font-mono`} />}
          </FilterField>
          <FilterField id="audit-actor" label="Actor id" hint="A user's id" error={errors.actor}>
            {(props) => <input {...props} value={draft.actor} onChange={(e) => setDraft((d) => ({ ...d, actor: e.target.value }))} className={`${inputClass} font-mono`} />}
          </FilterField>
          <FilterField id="audit-target" label="Target id" error={errors.target}>
            {(props) => <input {...props} value={draft.target} onChange={(e) => setDraft((d) => ({ ...d, target: e.target.value }))} maxLength={80} className={`${inputClass} font-mono`} />}
          </FilterField>
          <FilterField id="audit-from" label="From" error={errors.from}>
            {(props) => <input {...props} type="date" value={draft.from} onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))} className={inputClass} />}
          </FilterField>
          <FilterField id="audit-to" label="To" error={errors.to}>
            {(props) => <input {...props} type="date" value={draft.to} onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))} className={inputClass} />}
          </FilterField>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className={button.primary}>
            Apply filters
          </button>
          {filtered && (
            <button type="button" className={button.secondary} onClick={onClear}>
              Clear filters
            </button>
          )}
        </div>
      </Card>
    </form>
  );
}

function FilterField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: (props: ReturnType<typeof describedBy>) => ReactNode;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {children(describedBy(id, error, !!hint))}
    </Field>
  );
}

function short(value: string, length = 12) {
  return value.length > length ? `${value.slice(0, length)}…` : value;
}

type RowChange = { model?: string; operation?: string; id?: string | null; before?: unknown; after?: unknown; count?: number };

function EntryDetails({ entry, onFilter }: { entry: Entry; onFilter: (key: "actor" | "target", value: string) => void }) {
  const changes = entry.changes as { input?: unknown; rows?: RowChange[] } | null;
  const rows = changes && typeof changes === "object" && Array.isArray(changes.rows) ? changes.rows : null;
  return (
    <div className="space-y-4 pt-1 text-sm">
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="text-gray-500">Sequence</dt>
        <dd className="font-mono text-xs">{entry.seq}</dd>
        <dt className="text-gray-500">Chain</dt>
        <dd className="font-mono text-xs">{entry.chain}</dd>
        <dt className="text-gray-500">Request</dt>
        <dd className="font-mono text-xs">{entry.requestId}</dd>
        {entry.actorId && <FilterableId label="Actor id" id={entry.actorId} only="Only this actor" onFilter={() => onFilter("actor", entry.actorId!)} />}
        {entry.targetId && <FilterableId label="Target id" id={entry.targetId} only="Only this target" onFilter={() => onFilter("target", entry.targetId!)} />}
        <dt className="text-gray-500">Hash</dt>
        <dd className="font-mono text-xs break-all">{entry.hash}</dd>
        <dt className="text-gray-500">Previous hash</dt>
        <dd className="font-mono text-xs break-all">{entry.prevHash}</dd>
      </dl>
      {rows ? (
        <>
          {rows.length === 0 && <p className="text-gray-500">No rows changed.</p>}
          {rows.map((r, i) => (
            <div key={i} className="space-y-2">
              <h3 className="text-xs font-semibold tracking-wide text-gray-500 uppercase">
                {r.model} {r.operation}
                {r.id ? <span className="ml-2 font-mono normal-case">{r.id}</span> : null}
                {typeof r.count === "number" ? <span className="ml-2 normal-case">({r.count} rows)</span> : null}
              </h3>
              <div className="grid gap-3 md:grid-cols-2">
                <JsonBlock label="Before" value={r.before ?? null} />
                <JsonBlock label="After" value={r.after ?? null} />
              </div>
            </div>
          ))}
          {changes && "input" in changes && <JsonBlock label="Input" value={changes.input ?? null} />}
        </>
      ) : (
        <JsonBlock label="Changes" value={entry.changes} />
      )}
    </div>
  );
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <p className="mb-1 text-xs font-medium text-gray-600">{label}</p>
      <pre className="max-h-80 overflow-auto rounded-md bg-gray-900 p-3 text-xs leading-relaxed text-gray-100">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

function VerifyChain() {
  const trpc = useTRPC();
  // Runs only when asked: it re-hashes every visible entry.
  const verify = useQuery({ ...trpc.audit.verify.queryOptions(), enabled: false, staleTime: 0, gcTime: 0 });
  const report = verify.data;
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
  return (
    <div className="flex flex-wrap items-start gap-3">
      <button type="button" className={button.secondary} onClick={() => void verify.refetch()} disabled={verify.isFetching} aria-busy={verify.isFetching || undefined}>
        {verify.isFetching && <span aria-hidden="true" className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-gray-300 border-t-gray-700" />}
        Verify chain
      </button>
      <div className="min-w-0 flex-1">
        {verify.error && !verify.isFetching && <QueryError error={verify.error} />}
        {report && !verify.isFetching && !verify.error &&
          (report.breaks.length === 0 ? (
            <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
              <span aria-hidden="true">✓ </span>
              {plural(report.entries, "entry", "entries")} in {plural(report.chains, "chain", "chains")} verified, no breaks
            </p>
          ) : (
            <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
              <p className="font-semibold">
                {plural(report.breaks.length, "break", "breaks")} found in {plural(report.entries, "entry", "entries")} ({plural(report.chains, "chain", "chains")})
              </p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {report.breaks.map((b) => (
                  <li key={`${b.chain}:${b.seq}`}>
                    Chain <span className="font-mono text-xs">{b.chain}</span>, entry <span className="font-mono text-xs">#{b.seq}</span>: {b.reason}
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </div>
    </div>
  );
}

/** An id in an entry's details, with a button that filters the log down to it. */
function FilterableId({ label, id, only, onFilter }: { label: string; id: string; only: string; onFilter: () => void }) {
  return (
    <>
      <dt className="text-gray-500">{label}</dt>
      <dd className="flex flex-wrap items-center gap-2 font-mono text-xs">
        {id}
        <button type="button" className="font-sans text-indigo-600 underline hover:no-underline" onClick={onFilter}>
          {only}
        </button>
      </dd>
    </>
  );
}
