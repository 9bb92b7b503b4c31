"use client";
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { isSignedOutError, messageOf } from "@commerce/ui/errors";
import type { Me } from "./types";

/** Shows its children only to someone signed in; everyone else is sent to /signin. */
export function StaffGate({ children }: { children: (me: Me) => ReactNode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const me = useQuery({ ...trpc.identity.me.queryOptions(), staleTime: 60_000 });
  const signedOut = isSignedOutError(me.error);

  useEffect(() => {
    if (signedOut) router.replace("/signin");
  }, [signedOut, router]);

  if (me.data) return children(me.data);
  return (
    <div className="flex h-dvh items-center justify-center p-6">
      {me.isPending ? (
        <Spinner label="Opening the till…" />
      ) : signedOut ? (
        <Spinner label="Taking you to sign in…" />
      ) : (
        <div className="w-full max-w-md">
          <ErrorBox error={{ message: messageOf(me.error) }} onRetry={() => void me.refetch()} />
        </div>
      )}
    </div>
  );
}
