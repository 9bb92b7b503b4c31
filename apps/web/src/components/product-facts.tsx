import { Fragment } from "react";
import type { RouterOutputs } from "@commerce/api/client";
import { colourSwatches } from "@commerce/core/colours";
import type { Variant } from "~/lib/use-variant-choice";
import { VariantPrice } from "./product-price";
import { RatingLink } from "./reviews/rating-link";

type Product = RouterOutputs["product"]["get"];

/** What a product page says of the variant chosen: its price (and the price it was), stock and SKU. */
export function ProductFacts({ product: p, variant: v }: { product: Product; variant: Variant }) {
  const onSale = v.inStock && !p.archived;
  return (
    <>
      <div className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">{p.name}</h1>
        <VariantPrice price={v.price} compareAtPrice={v.compareAtPrice} />
        <RatingLink rating={p.rating} />
        <p
          data-testid="stock"
          aria-live="polite"
          className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-medium ${
            onSale ? "bg-emerald-50 text-emerald-800" : "bg-gray-200 text-gray-700"
          }`}
        >
          <span className={`h-2 w-2 rounded-full ${onSale ? "bg-emerald-500" : "bg-gray-500"}`} aria-hidden="true" />
          {p.archived ? "No longer sold" : v.inStock ? `${v.stockQuantity} in stock` : "Sold out"}
        </p>
      </div>

      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl border border-gray-200 bg-white p-4 text-sm shadow-sm">
        {/* With one variant there is no picker: its option values are listed here instead. */}
        {p.variants.length === 1 &&
          p.options.map((o) => {
            const value = v.options[o.name] ?? "";
            return (
              <Fragment key={o.name}>
                <dt className="text-gray-500">{o.name}</dt>
                <dd className="flex items-center gap-2 capitalize">
                  {o.colour && (
                    <span
                      className="h-4 w-4 rounded-full border border-black/15"
                      style={{ backgroundColor: colourSwatches[value as keyof typeof colourSwatches] ?? colourSwatches.grey }}
                      aria-hidden="true"
                    />
                  )}
                  {value}
                </dd>
              </Fragment>
            );
          })}
        <dt className="text-gray-500">Category</dt>
        <dd className="capitalize">{p.category.replace(/-/g, " ")}</dd>
        <dt className="text-gray-500">SKU</dt>
        <dd className="font-mono">{v.sku}</dd>
      </dl>
    </>
  );
}
