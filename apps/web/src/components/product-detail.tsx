"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { LoadFailure } from "./load-failure";
import { Price } from "@commerce/ui/money";
import { Spinner } from "@commerce/ui/states";
import { colourSwatches } from "@commerce/core/colours";
import { titleCase } from "~/lib/format";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { BuyBox } from "./buy-box";
import { ProductReviews } from "./reviews/product-reviews";
import { RatingLink } from "./reviews/rating-link";

export function ProductDetail({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const storeSlug = useStoreSlug();
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

  const p = product.data;
  const onSale = p.inStock && !p.archived;
  const swatch = colourSwatches[p.colour as keyof typeof colourSwatches] ?? "#9ca3af";

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
          <div className="space-y-3">
            <h1 className="text-3xl font-semibold tracking-tight">{p.name}</h1>
            <Price value={p.price} className="block text-2xl font-semibold" />
            <RatingLink rating={p.rating} />
            <p
              data-testid="stock"
              className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-medium ${
                onSale ? "bg-emerald-50 text-emerald-800" : "bg-gray-200 text-gray-700"
              }`}
            >
              <span className={`h-2 w-2 rounded-full ${onSale ? "bg-emerald-500" : "bg-gray-500"}`} aria-hidden="true" />
              {p.archived ? "No longer sold" : p.inStock ? `${p.stockQuantity} in stock` : "Out of stock"}
            </p>
          </div>

          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl border border-gray-200 bg-white p-4 text-sm shadow-sm">
            <dt className="text-gray-500">Colour</dt>
            <dd className="flex items-center gap-2 capitalize">
              <span className="h-4 w-4 rounded-full border border-black/15" style={{ backgroundColor: swatch }} aria-hidden="true" />
              {p.colour}
            </dd>
            <dt className="text-gray-500">Category</dt>
            <dd className="capitalize">{p.category.replace(/-/g, " ")}</dd>
            <dt className="text-gray-500">SKU</dt>
            <dd className="font-mono">{p.sku}</dd>
          </dl>

          <div>
            <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-gray-500">Description</h2>
            <p className="whitespace-pre-line leading-relaxed text-gray-700">{p.description}</p>
          </div>

          <BuyBox product={p} />
        </div>
      </div>

      <ProductReviews productId={p.id} productSlug={p.slug} />
    </div>
  );
}
