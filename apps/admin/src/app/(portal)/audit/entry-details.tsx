"use client";
import type { RouterOutputs } from "@commerce/api/client";

type Entry = RouterOutputs["audit"]["list"]["items"][number];

type RowChange = { model?: string; operation?: string; id?: string | null; before?: unknown; after?: unknown; count?: number };

export function EntryDetails({ entry, onFilter }: { entry: Entry; onFilter: (key: "actor" | "target", value: string) => void }) {
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
