"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";
import { Spinner } from "@commerce/ui/states";
import { titleCase } from "~/lib/format";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { useVariantChoice } from "~/lib/use-variant-choice";
import { BuyBox } from "./buy-box";
import { catalogueHref } from "./catalogue-filters";
import { LoadFailure } from "./load-failure";
import { ProductFacts } from "./product-facts";
import { ProductReviews } from "./reviews/product-reviews";
import { WishlistToggle } from "./wishlist/wishlist-toggle";

type Product = RouterOutputs["product"]["get"];

export function ProductDetail({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const product = useQuery(trpc.product.get.queryOptions({ slug }));

  if (product.isPending) return <Spinner label="Loading product…" />;
  if (product.error) {
    return (
      <LoadFailure
        notFound={product.error.data?.code === "NOT_FOUND"}
        what="Product"
        hint="We could not find that product. It may have been removed."
        error={product.error}
        onRetry={() => void product.refetch()}
      />
    );
  }
  return <ProductPage product={product.data} />;
}

/** The product with the variant being chosen: its price, stock and SKU follow the picker in the buy box. */
function ProductPage({ product: p }: { product: Product }) {
  const storeSlug = useStoreSlug();
  const choice = useVariantChoice(p);
  const onSale = p.inStock && !p.archived;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-gray-500">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href={storePath(storeSlug)} className="hover:text-gray-900 hover:underline">
              All products
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`${storePath(storeSlug)}?category=${encodeURIComponent(p.category)}`} className="hover:text-gray-900 hover:underline">
              {titleCase(p.category)}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="text-gray-900">
            {p.name}
          </li>
        </ol>
      </nav>

      <div className="grid gap-8 lg:grid-cols-2">
        <div className="self-start overflow-hidden rounded-2xl border border-gray-200 bg-white shadow-sm lg:sticky lg:top-20">
          {/* A plain img: catalogue images are data: URLs or remote files */}
          <img src={p.imageUrl} alt={p.name} className={`aspect-square w-full object-cover ${onSale ? "" : "opacity-60 grayscale"}`} />
        </div>

        <div className="space-y-6">
          <ProductFacts product={p} variant={choice.variant} />

          <div>
            <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-gray-500">Description</h2>
            <p className="whitespace-pre-line leading-relaxed text-gray-700">{p.description}</p>
            {p.tags.length > 0 && (
              <ul aria-label="Tags" className="mt-3 flex flex-wrap gap-2">
                {p.tags.map((tag) => (
                  <li key={tag}>
                    <Link
                      href={catalogueHref(storeSlug, { tag })}
                      className="inline-block rounded-full border border-gray-300 bg-white px-3 py-1 text-sm text-gray-700 hover:border-gray-500 hover:text-gray-900"
                    >
                      {tag}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>

          <BuyBox product={p} choice={choice} />
          <WishlistToggle productId={p.id} productSlug={p.slug} archived={p.archived} />
        </div>
      </div>

      <ProductReviews productId={p.id} productSlug={p.slug} />
    </div>
  );
}
