"use client";
import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";
import { TrpcProviders } from "@commerce/ui/trpc";

export function Providers({ children }: { children: ReactNode }) {
  return (
    <SessionProvider>
      <TrpcProviders>{children}</TrpcProviders>
    </SessionProvider>
  );
}
