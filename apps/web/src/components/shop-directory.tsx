"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { storePath } from "~/lib/paths";

/** The home page: every open storefront, each a card linking to /<slug>. */
export function ShopDirectory() {
  const trpc = useTRPC();
  const shops = useQuery(trpc.company.directory.queryOptions());

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Shops</h1>
        <p className="mt-1 text-sm text-gray-500">Choose a shop to browse its catalogue.</p>
      </div>
      {shops.isPending ? (
        <Spinner label="Loading shops…" />
      ) : shops.error ? (
        <ErrorBox error={shops.error} onRetry={() => void shops.refetch()} />
      ) : shops.data.length === 0 ? (
        <Empty>No shops are open at the moment.</Empty>
      ) : (
        <ul aria-label="Shops" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {shops.data.map((shop) => (
            <li key={shop.slug}>
              <Link
                href={storePath(shop.slug)}
                className="group flex h-full flex-col gap-3 overflow-hidden rounded-xl border border-gray-200 bg-white p-5 shadow-sm transition hover:-translate-y-0.5 hover:shadow-md focus-visible:outline-2 focus-visible:outline-gray-900"
              >
                <span className="h-2 w-16 rounded-full" style={{ backgroundColor: shop.brandColour }} aria-hidden="true" />
                <span className="text-lg font-semibold group-hover:underline" style={{ color: shop.brandColour }}>
                  {shop.brandName}
                </span>
                {shop.name !== shop.brandName && <span className="text-sm text-gray-500">{shop.name}</span>}
                <span className="mt-auto text-sm text-gray-500">/{shop.slug}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
