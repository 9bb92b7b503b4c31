"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, loggerLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@commerce/api/client";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** Client errors (bad input, signed out, forbidden, not found) won't change on a retry. */
function retryable(failureCount: number, error: unknown) {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return failureCount < 1 && (status === undefined || status >= 500);
}

/**
 * Wraps an app: one QueryClient and one tRPC client talking to this app's /api/trpc. On the
 * storefront, `companySlug` names the company being visited (sent as x-company).
 */
export function TrpcProviders({ children, companySlug }: { children: ReactNode; companySlug?: string }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: retryable }, mutations: { retry: false } } }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        loggerLink({ enabled: (op) => process.env.NODE_ENV === "development" && op.direction === "down" && op.result instanceof Error }),
        httpBatchLink({ url: "/api/trpc", transformer: superjson, headers: () => (companySlug ? { "x-company": companySlug } : {}) }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
