"use client";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { QueryError } from "~/components/api-errors";
import { button } from "~/components/ui";

export function VerifyChain() {
  const trpc = useTRPC();
  // Runs only when asked: it re-hashes every visible entry.
  const verify = useQuery({ ...trpc.audit.verify.queryOptions(), enabled: false, staleTime: 0, gcTime: 0 });
  const report = verify.data;
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
  return (
    <div className="flex flex-wrap items-start gap-3">
      <button
        type="button"
        className={button.secondary}
        onClick={() => void verify.refetch()}
        disabled={verify.isFetching}
        aria-busy={verify.isFetching || undefined}
      >
        {verify.isFetching && (
          <span aria-hidden="true" className="h-3.5 w-3.5 motion-safe:animate-spin rounded-full border-2 border-gray-300 border-t-gray-700" />
        )}
        Verify chain
      </button>
      <div className="min-w-0 flex-1">
        {verify.error && !verify.isFetching && <QueryError error={verify.error} />}
        {report &&
          !verify.isFetching &&
          !verify.error &&
          (report.breaks.length === 0 ? (
            <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
              <span aria-hidden="true">✓ </span>
              {plural(report.entries, "entry", "entries")} in {plural(report.chains, "chain", "chains")} verified, no breaks
            </p>
          ) : (
            <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
              <p className="font-semibold">
                {plural(report.breaks.length, "break", "breaks")} found in {plural(report.entries, "entry", "entries")} (
                {plural(report.chains, "chain", "chains")})
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
