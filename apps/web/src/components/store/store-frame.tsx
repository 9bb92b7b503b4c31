"use client";
import { Suspense, type ReactNode } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { ErrorBox } from "@commerce/ui/states";
import { useBasketDrawer } from "~/lib/basket-drawer";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { BasketButton } from "../basket/basket-button";
import { BasketDrawer } from "../basket/basket-drawer";
import { AccountNav, AccountNavPlaceholder } from "./account-nav";

/**
 * Header in the company's colours, the page, and a footer. Pages load alongside the header
 * (one batched request); an unknown company replaces the page with a clear "not found".
 */
export function StoreFrame({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const slug = useStoreSlug();
  const storefront = useQuery(trpc.company.storefront.queryOptions());
  const notFound = storefront.error?.data?.code === "NOT_FOUND";
  const drawer = useBasketDrawer();

  return (
    <div className="flex min-h-screen flex-col">
      <header className="sticky top-0 z-10 border-b border-gray-200 bg-white/90 backdrop-blur">
        {/* One row at any width: the brand name gives way (ellipsis), the buttons do not. */}
        <div className="mx-auto flex min-h-14 max-w-6xl items-center justify-between gap-3 px-4 py-2 sm:gap-4">
          {storefront.data ? (
            <Link
              href={storePath(slug)}
              title={storefront.data.brandName}
              className="min-w-0 truncate text-lg font-bold tracking-tight sm:text-xl"
              style={{ color: storefront.data.brandColour }}
            >
              {storefront.data.brandName}
            </Link>
          ) : (
            <Link href="/" className="min-w-0 truncate text-lg font-bold tracking-tight text-gray-400 sm:text-xl">
              {storefront.isPending ? (
                <span className="inline-block h-5 w-40 motion-safe:animate-pulse rounded bg-gray-200" aria-label="Loading shop" />
              ) : (
                "Shops"
              )}
            </Link>
          )}
          {storefront.data && (
            <div className="flex shrink-0 items-center gap-2">
              <Suspense fallback={<AccountNavPlaceholder />}>
                <AccountNav />
              </Suspense>
              <BasketButton />
            </div>
          )}
        </div>
      </header>
      <main className="mx-auto w-full max-w-6xl grow px-4 py-8">
        {notFound ? (
          <StoreNotFound slug={slug} />
        ) : storefront.error && !storefront.data ? (
          <ErrorBox error={storefront.error} onRetry={() => void storefront.refetch()} />
        ) : (
          children
        )}
      </main>
      <footer className="border-t border-gray-200 py-6 text-center text-xs text-gray-600">
        {storefront.data ? `${storefront.data.name} · ` : ""}Test shop: payments use test cards, nothing is really charged.{" "}
        <Link href="/" className="underline">
          All shops
        </Link>
      </footer>
      {storefront.data && drawer.open && <BasketDrawer notice={drawer.notice} onClose={drawer.close} />}
    </div>
  );
}

function StoreNotFound({ slug }: { slug: string }) {
  return (
    <div className="mx-auto max-w-lg space-y-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">Shop not found</h1>
      <p className="text-gray-600">
        There is no open shop at <span className="font-mono">/{slug}</span>. It may have moved or closed.
      </p>
      <Link href="/" className="inline-block font-medium text-gray-900 underline">
        See all shops
      </Link>
    </div>
  );
}
