"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { SessionRows } from "@commerce/ui/session-list";
import { Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { ActionError, QueryError } from "~/components/api-errors";
import { button, SuccessNote } from "~/components/ui";
import type { Member } from "./types";

export function SessionsPanel({ member, onClose }: { member: Member; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.staff.sessions.queryOptions({ userId: member.id }));
  const [ended, setEnded] = useState<string | null>(null);
  const revoke = useMutation(
    trpc.staff.revokeSessions.mutationOptions({
      onMutate: () => setEnded(null),
      onSuccess: async (r) => {
        setEnded(`Ended ${r.ended} ${r.ended === 1 ? "session" : "sessions"} of ${member.name}.`);
        await queryClient.invalidateQueries({ queryKey: trpc.staff.sessions.queryKey({ userId: member.id }) });
      },
    }),
  );
  return (
    <section aria-label={`Open sessions of ${member.name}`} className="space-y-3 rounded-md bg-white p-4 ring-1 ring-gray-200">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 className="text-sm font-semibold text-gray-900">Open sessions of {member.name}</h3>
        <div className="flex gap-2">
          <button
            type="button"
            className={button.danger}
            disabled={revoke.isPending || !sessions.data?.length}
            aria-busy={revoke.isPending || undefined}
            onClick={() => revoke.mutate({ userId: member.id })}
          >
            Revoke all sessions
          </button>
          <button type="button" className={button.secondary} onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      {ended && <SuccessNote>{ended}</SuccessNote>}
      {revoke.error && <ActionError error={revoke.error} />}
      {sessions.isPending ? (
        <Spinner label="Loading sessions…" />
      ) : sessions.error && !sessions.data ? (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <SessionRows sessions={sessions.data} label={`Open sessions of ${member.name}`} empty={`${member.name} has no open sessions.`} />
      )}
    </section>
  );
}
