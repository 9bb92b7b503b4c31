"use client";
import type { ReactNode } from "react";
import { TrpcProviders } from "@commerce/ui/trpc";

export function Providers({ children }: { children: ReactNode }) {
  return <TrpcProviders>{children}</TrpcProviders>;
}
