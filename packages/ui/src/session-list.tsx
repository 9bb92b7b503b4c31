"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@commerce/api/client";
import { formatDateTime } from "./dates";
import { appWords, describeDevice } from "./devices";
import { messageOf } from "./errors";
import { Empty, ErrorBox, Spinner } from "./states";
import { useTRPC } from "./trpc";

/** What a row shows; the signed-in person's own list also knows which session is this one. */
type Session = Pick<RouterOutputs["identity"]["sessions"][number], "id" | "app" | "userAgent" | "ip" | "createdAt" | "lastUsedAt"> & { current?: boolean };

const endButton = {
  regular:
    "inline-flex items-center justify-center rounded-lg border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-800 shadow-xs hover:border-gray-500 disabled:cursor-not-allowed disabled:opacity-60",
  touch: "h-11 rounded-xl border border-gray-300 px-4 text-base font-medium text-gray-700 active:bg-gray-100 disabled:opacity-40",
};

/**
 * Where the signed-in person is signed in (storefront, back office, till); any session but this
 * one can be ended from here. `thisOne` names the current session ("This device", "This till").
 */
export function SessionList({ label, thisOne = "This device", touch = false }: { label: string; thisOne?: string; touch?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.identity.sessions.queryOptions());
  const end = useMutation(trpc.identity.endSession.mutationOptions({ onSettled: () => queryClient.invalidateQueries(trpc.identity.sessions.queryFilter()) }));

  if (sessions.isPending) return <Spinner label="Loading sessions…" />;
  if (sessions.error && !sessions.data) return <ErrorBox error={{ message: messageOf(sessions.error) }} onRetry={() => void sessions.refetch()} />;
  return (
    <div className="space-y-3">
      {end.error && <ErrorBox error={{ message: messageOf(end.error) }} />}
      <SessionRows
        sessions={sessions.data}
        label={label}
        thisOne={thisOne}
        touch={touch}
        ending={end.isPending ? end.variables?.id : undefined}
        onEnd={(id) => end.mutate({ id })}
      />
    </div>
  );
}

/** A list of sessions; with `onEnd`, each one but the current has an "End session" button. */
export function SessionRows({
  sessions,
  label,
  thisOne = "This device",
  touch = false,
  ending,
  onEnd,
  empty = "No open sessions.",
}: {
  sessions: readonly Session[];
  label: string;
  thisOne?: string;
  touch?: boolean;
  /** The id of the session being ended. */
  ending?: string | undefined;
  onEnd?: (id: string) => void;
  empty?: string;
}) {
  if (sessions.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul aria-label={label} className="divide-y divide-gray-100">
      {sessions.map((s) => (
        <SessionRow key={s.id} session={s} thisOne={thisOne} touch={touch} ending={ending === s.id} {...(onEnd ? { onEnd: () => onEnd(s.id) } : {})} />
      ))}
    </ul>
  );
}

function SessionRow({ session: s, thisOne, touch, ending, onEnd }: { session: Session; thisOne: string; touch: boolean; ending: boolean; onEnd?: () => void }) {
  const device = describeDevice(s.userAgent);
  const where = appWords[s.app] ?? s.app;
  const signedIn = formatDateTime(s.createdAt);
  return (
    <li data-session-id={s.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3" title={s.userAgent ?? undefined}>
      <div className="min-w-0 flex-1">
        <p className={touch ? "font-semibold" : "text-sm font-medium text-gray-900"}>
          {where} · {device}
          {s.current && <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">{thisOne}</span>}
        </p>
        <p className={touch ? "text-sm text-gray-500" : "text-xs text-gray-500"}>
          {s.ip ? `${s.ip} · ` : ""}signed in <time dateTime={new Date(s.createdAt).toISOString()}>{signedIn}</time> · last active{" "}
          <time dateTime={new Date(s.lastUsedAt).toISOString()}>{formatDateTime(s.lastUsedAt)}</time>
        </p>
      </div>
      {!s.current && onEnd && (
        <button
          type="button"
          onClick={onEnd}
          disabled={ending}
          aria-busy={ending || undefined}
          aria-label={`End session: ${where}, ${device}, signed in ${signedIn}`}
          className={touch ? endButton.touch : endButton.regular}
        >
          {ending ? "Ending…" : "End session"}
        </button>
      )}
    </li>
  );
}
