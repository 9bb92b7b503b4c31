"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import type { RouterOutputs } from "@commerce/api/client";
import { describeDevice, formatDateTime } from "~/lib/format";
import { describeError } from "~/lib/errors";
import { secondaryButton } from "../styles";
import { AccountSection } from "./section";

type Device = RouterOutputs["identity"]["sessions"][number];

/** Browsers where this account is signed in; any but this one can be signed out from here. */
export function DeviceList() {
  const trpc = useTRPC();
  const sessions = useQuery(trpc.identity.sessions.queryOptions());

  return (
    <AccountSection id="devices" title="Signed-in devices">
      {sessions.isPending ? (
        <Spinner label="Loading your devices…" />
      ) : sessions.error && !sessions.data ? (
        <ErrorBox error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <Empty>No devices are signed in.</Empty>
      ) : (
        <ul aria-label="Signed-in devices" className="divide-y divide-gray-100">
          {sessions.data.map((device) => (
            <DeviceRow key={device.id} device={device} />
          ))}
        </ul>
      )}
    </AccountSection>
  );
}

function DeviceRow({ device }: { device: Device }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const end = useMutation(
    trpc.identity.endSession.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.identity.sessions.queryKey() }),
    }),
  );
  const labelId = `device-${device.id}`;
  const error = describeError(end.error);

  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
      <div>
        <p id={labelId} className="font-medium text-gray-900">
          {describeDevice(device.userAgent)}
          {device.current && <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">This device</span>}
        </p>
        <p className="text-xs text-gray-500">
          Signed in {formatDateTime(device.createdAt)} · last active {formatDateTime(device.lastUsedAt)}
          {device.ip ? ` · ${device.ip}` : ""}
        </p>
        {error?.message && (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {error.message}
          </p>
        )}
      </div>
      {!device.current && (
        <button type="button" aria-describedby={labelId} disabled={end.isPending} aria-busy={end.isPending} onClick={() => end.mutate({ id: device.id })} className={secondaryButton}>
          {end.isPending ? "Signing out…" : "Sign out"}
        </button>
      )}
    </li>
  );
}
