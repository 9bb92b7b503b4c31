"use client";
import type { ReactNode } from "react";
import { SessionProvider } from "next-auth/react";
import { TrpcProviders } from "@commerce/ui/trpc";
import { BasketDrawerProvider } from "~/lib/basket-drawer";
import { StoreProvider } from "~/lib/store-context";
import { StoreFrame } from "./store-frame";

/**
 * Everything a storefront page runs inside: the session, a tRPC client that names this company
 * on every call (x-company) and retries while the server is busy, and the branded frame. Keyed by slug, so moving to another
 * company's storefront starts with an empty cache.
 */
export function StoreShell({ slug, children }: { slug: string; children: ReactNode }) {
  return (
    <SessionProvider>
      <TrpcProviders key={slug} companySlug={slug} retryWhenBusy>
        <StoreProvider slug={slug}>
          <BasketDrawerProvider>
            <StoreFrame>{children}</StoreFrame>
          </BasketDrawerProvider>
        </StoreProvider>
      </TrpcProviders>
    </SessionProvider>
  );
}
