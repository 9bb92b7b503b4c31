"use client";
import Link from "next/link";
import { messageOf } from "@commerce/ui/errors";
import { storePath, withNext } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { useCustomer } from "~/lib/use-customer";
import { useWishlist, useWishlistChanges } from "~/lib/use-wishlist";
import { HeartIcon } from "../icons";

const look =
  "inline-flex items-center gap-2 rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 shadow-xs transition hover:border-gray-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-gray-900";

/**
 * The product page's heart: "Save to wishlist" / "Saved to wishlist" (aria-pressed) for a
 * signed-in customer; a visitor gets a link to sign in and come back. An archived product can
 * still be taken off the list, not put on it.
 */
export function WishlistToggle({ productId, productSlug, archived }: { productId: string; productSlug: string; archived: boolean }) {
  const slug = useStoreSlug();
  const customer = useCustomer();
  if (customer.status === "signedIn") return <WishlistButton productId={productId} archived={archived} />;
  if (customer.status !== "signedOut" || archived) return null;
  return (
    <Link href={withNext(storePath(slug, "/signin"), storePath(slug, `/products/${productSlug}`))} className={look}>
      <HeartIcon className="h-5 w-5 text-gray-500" />
      Sign in to save to your wishlist
    </Link>
  );
}

function WishlistButton({ productId, archived }: { productId: string; archived: boolean }) {
  const list = useWishlist();
  const changes = useWishlistChanges();
  const saved = list.data?.some((item) => item.productId === productId) ?? false;
  if (!list.data || (archived && !saved)) return null;
  return (
    <div className="space-y-2">
      <button
        type="button"
        aria-pressed={saved}
        aria-busy={changes.busy || undefined}
        onClick={() => void (saved ? changes.remove(productId) : changes.save(productId))}
        className={`${look} ${saved ? "border-rose-300 bg-rose-50 text-rose-900" : ""}`}
      >
        <HeartIcon filled={saved} className={`h-5 w-5 ${saved ? "text-rose-600" : "text-gray-500"}`} />
        {saved ? "Saved to wishlist" : "Save to wishlist"}
      </button>
      {changes.error && (
        <p role="alert" className="text-sm text-red-700">
          {messageOf(changes.error)}
        </p>
      )}
    </div>
  );
}
