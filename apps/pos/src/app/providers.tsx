"use client";
import { matchQuery, useQueryClient, type Mutation, type Query } from "@tanstack/react-query";
import { SessionProvider } from "next-auth/react";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { errorDataOf } from "@commerce/ui/errors";
import { TrpcProviders, useTRPC } from "@commerce/ui/trpc";
import { isSignedOutError } from "@commerce/ui/errors";

export function Providers({ children }: { children: ReactNode }) {
  // Polling keeps the short-lived signed token fresh, and notices a session ended elsewhere.
  return (
    <SessionProvider refetchInterval={5 * 60}>
      <TrpcProviders retryWhenBusy>
        <SendSignedOutToSignIn />
        {children}
      </TrpcProviders>
    </SessionProvider>
  );
}

type CacheEvent = { type: string; action?: { type: string; error?: unknown }; query?: Query; mutation?: Mutation<unknown, unknown, unknown> };

/**
 * Whatever the screen, an API answer of UNAUTHORIZED (signed out, session revoked or expired)
 * means: sign in again. A till whose session ended is a visitor with no shop, so catalogue reads
 * answer NOT_FOUND instead; on such refusals ask `identity.me`, which does say UNAUTHORIZED.
 */
function SendSignedOutToSignIn() {
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const onSignIn = useRef(false);
  useEffect(() => {
    onSignIn.current = pathname === "/signin";
  }, [pathname]);

  useEffect(() => {
    const meFilter = trpc.identity.me.queryFilter();
    const check = (event: CacheEvent) => {
      if (event.type !== "updated" || event.action?.type !== "error" || onSignIn.current) return;
      const error = event.action.error;
      if (isSignedOutError(error)) {
        router.replace("/signin");
        return;
      }
      const code = errorDataOf(error)?.code;
      const isMe = event.query ? matchQuery(meFilter, event.query) : false;
      if ((code === "NOT_FOUND" || code === "FORBIDDEN") && !isMe) void queryClient.invalidateQueries(meFilter, { cancelRefetch: false });
    };
    const stopQueries = queryClient.getQueryCache().subscribe(check);
    const stopMutations = queryClient.getMutationCache().subscribe(check);
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, router, trpc]);

  return null;
}
