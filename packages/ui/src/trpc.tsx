"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, loggerLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@commerce/api/client";
import { busyRetryOptions, failedCallsLink } from "./busy-retry";
import { BusyRetrying } from "./states";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** Client errors (bad input, signed out, forbidden, not found) won't change on a retry. */
function retryable(failureCount: number, error: unknown) {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return failureCount < 1 && (status === undefined || status >= 500);
}

/**
 * Wraps an app: one QueryClient and one tRPC client talking to this app's /api/trpc. On the
 * storefront, `companySlug` names the company being visited (sent as x-company).
 *
 * With `retryWhenBusy`, calls the server answers 503 or 429 are retried with backoff (queries,
 * and mutations that carry an idempotency key; see busy-retry.ts) while a "Busy, retrying…"
 * status shows; when the retries run out, the call fails with the server's message as usual.
 */
export function TrpcProviders({ children, companySlug, retryWhenBusy = false }: { children: ReactNode; companySlug?: string; retryWhenBusy?: boolean }) {
  const [queryClient] = useState(() => {
    const busy = retryWhenBusy ? busyRetryOptions() : undefined;
    return new QueryClient({
      defaultOptions: {
        queries: { staleTime: 5_000, ...(busy ? busy.queries : { retry: retryable }) },
        mutations: busy ? busy.mutations : { retry: false },
      },
    });
  });
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        failedCallsLink<AppRouter>(),
        loggerLink({ enabled: (op) => process.env.NODE_ENV === "development" && op.direction === "down" && op.result instanceof Error }),
        httpBatchLink({ url: "/api/trpc", transformer: superjson, headers: () => (companySlug ? { "x-company": companySlug } : {}) }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
        {retryWhenBusy && <BusyRetrying />}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
