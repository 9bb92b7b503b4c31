"use client";
import { useRef } from "react";
import Link from "next/link";
import { messageOf } from "@commerce/ui/errors";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { useWishlist, useWishlistChanges, type WishlistItem } from "~/lib/use-wishlist";
import { PriceRange } from "../product-price";
import { RequireCustomer } from "../require-customer";
import { textLink } from "../styles";

/** /<slug>/wishlist: the products the signed-in customer saved, each with a link to it and "Remove". */
export function WishlistView() {
  return (
    <RequireCustomer>
      <Wishlist />
    </RequireCustomer>
  );
}

function Wishlist() {
  const slug = useStoreSlug();
  const list = useWishlist();
  const changes = useWishlistChanges();
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function remove(item: WishlistItem) {
    // The button goes with the item: the focus moves to the page's heading.
    if (await changes.remove(item.productId)) headingRef.current?.focus();
  }

  return (
    <div className="space-y-6">
      <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-semibold tracking-tight outline-none">
        Your wishlist
      </h1>
      {changes.error && <ErrorBox error={{ message: messageOf(changes.error) }} />}
      {list.isPending ? (
        <Spinner label="Loading your wishlist…" />
      ) : !list.data ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Empty>
          Your wishlist is empty: press “Save to wishlist” on a product to keep it here.{" "}
          <Link href={storePath(slug)} className={textLink}>
            Browse the shop
          </Link>
        </Empty>
      ) : (
        <ul aria-label="Saved products" aria-busy={changes.busy || undefined} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {list.data.map((item) => (
            <WishlistCard key={item.productId} item={item} onRemove={() => void remove(item)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function WishlistCard({ item, onRemove }: { item: WishlistItem; onRemove: () => void }) {
  const slug = useStoreSlug();
  const stock = item.archived ? "No longer sold" : item.inStock ? "In stock" : "Out of stock";
  return (
    <li className="flex gap-4 rounded-xl border border-gray-200 bg-white p-3 shadow-sm">
      {/* A plain img: catalogue images are data: URLs or remote files */}
      <img src={item.imageUrl} alt="" className={`h-24 w-24 shrink-0 rounded-lg object-cover ${item.inStock ? "" : "opacity-60 grayscale"}`} />
      <div className="flex min-w-0 grow flex-col gap-1">
        <Link href={storePath(slug, `/products/${item.slug}`)} className="font-medium text-gray-900 hover:underline">
          {item.name}
        </Link>
        <PriceRange price={item.price} maxPrice={item.maxPrice} className="text-sm font-semibold" />
        <p className={`text-xs font-medium ${item.inStock ? "text-emerald-800" : "text-gray-600"}`}>{stock}</p>
        <button
          type="button"
          aria-label={`Remove ${item.name} from wishlist`}
          onClick={onRemove}
          className="mt-auto self-start text-sm font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900"
        >
          Remove
        </button>
      </div>
    </li>
  );
}
