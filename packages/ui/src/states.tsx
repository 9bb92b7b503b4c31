"use client";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore, type ReactNode } from "react";
import { isBusyError } from "./busy-retry";

export function Spinner({ label = "Loading…" }: { label?: string }) {
  return (
    <div role="status" className="flex items-center gap-2 p-6 text-sm text-gray-500">
      <span className="h-4 w-4 motion-safe:animate-spin rounded-full border-2 border-gray-300 border-t-gray-700" />
      {label}
    </div>
  );
}

/** Shows a tRPC/query error's message; the server's messages are written for people. */
export function ErrorBox({ error, onRetry }: { error: { message: string } | null | undefined; onRetry?: () => void }) {
  if (!error) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      {error.message}
      {onRetry && (
        <button type="button" onClick={onRetry} className="ml-3 underline">
          Try again
        </button>
      )}
    </div>
  );
}

/** True while some query or mutation waits to be retried (or is retrying) after a busy answer (503/429). */
function retryingWhenBusy(queryClient: QueryClient): boolean {
  return (
    queryClient
      .getQueryCache()
      .getAll()
      .some((q) => q.state.fetchStatus !== "idle" && q.state.fetchFailureCount > 0 && isBusyError(q.state.fetchFailureReason)) ||
    queryClient
      .getMutationCache()
      .getAll()
      .some((m) => m.state.status === "pending" && m.state.failureCount > 0 && isBusyError(m.state.failureReason))
  );
}

/**
 * "Busy, retrying…" while the server has answered busy and a retry is on its way (see
 * busy-retry.ts). Gone when the call succeeds, or fails for good and its own error shows.
 */
export function BusyRetrying() {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (changed: () => void) => {
      const stopQueries = queryClient.getQueryCache().subscribe(changed);
      const stopMutations = queryClient.getMutationCache().subscribe(changed);
      return () => {
        stopQueries();
        stopMutations();
      };
    },
    [queryClient],
  );
  const busy = useSyncExternalStore(
    subscribe,
    () => retryingWhenBusy(queryClient),
    () => false,
  );
  if (!busy) return null;
  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 mx-auto flex w-fit items-center gap-2 rounded-full border border-amber-300 bg-amber-50 px-4 py-2 text-sm font-medium text-amber-900 shadow-lg print:hidden"
    >
      <span className="h-4 w-4 motion-safe:animate-spin rounded-full border-2 border-amber-300 border-t-amber-800" aria-hidden="true" />
      Busy, retrying…
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="rounded-md border border-dashed p-8 text-center text-sm text-gray-500">{children}</div>;
}
