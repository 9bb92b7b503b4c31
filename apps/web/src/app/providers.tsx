"use client";
import type { ReactNode } from "react";
import { TrpcProviders } from "@commerce/ui/trpc";

/** Providers for pages outside any storefront (the directory): no company is named. */
export function Providers({ children }: { children: ReactNode }) {
  return <TrpcProviders retryWhenBusy>{children}</TrpcProviders>;
}
