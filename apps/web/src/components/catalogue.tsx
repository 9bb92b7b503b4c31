"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { messageOf } from "@commerce/ui/errors";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { titleCase } from "~/lib/format";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { CatalogueFilters } from "./catalogue-filter-panel";
import { catalogueHref, useCatalogue } from "./catalogue-filters";
import { Pagination, ProductCard } from "./product-card";

export function Catalogue() {
  const slug = useStoreSlug();
  const { filters, facets, products, sortParam } = useCatalogue();
  const { colour, category, tag, search } = filters;
  const heading = colour ? `${titleCase(colour)} products` : search ? `Results for “${search}”` : category ? titleCase(category) : "All products";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{heading}</h1>
          <p className="mt-1 text-sm text-gray-500" aria-live="polite">
            {products.data ? `${products.data.total} ${products.data.total === 1 ? "product" : "products"}` : "\u00a0"}
          </p>
        </div>
        {(colour || category || tag || search || sortParam) && (
          <Link href={storePath(slug)} className="text-sm font-medium text-gray-600 underline-offset-4 hover:text-gray-900 hover:underline">
            Clear filters
          </Link>
        )}
      </div>

      <CatalogueFilters filters={filters} facets={facets} sortParam={sortParam} />
      {tag && !colour && <TagFilterChip tag={tag} href={catalogueHref(slug, { category, search, sort: sortParam })} />}

      {products.isPending ? (
        <Spinner label="Loading products…" />
      ) : products.error && !products.data ? (
        <ErrorBox error={{ message: messageOf(products.error) }} onRetry={() => void products.refetch()} />
      ) : products.data.items.length === 0 ? (
        <Empty>
          {products.data.total === 0 ? "No products match these filters." : "There are no products on this page."}{" "}
          <Link href={storePath(slug)} className="font-medium text-gray-900 underline">
            See all products
          </Link>
        </Empty>
      ) : (
        <>
          <ErrorBox error={products.error} onRetry={() => void products.refetch()} />
          <ul
            aria-label="Products"
            aria-busy={products.isPlaceholderData}
            className={`grid grid-cols-2 gap-4 transition-opacity sm:grid-cols-3 lg:grid-cols-4 ${products.isPlaceholderData ? "opacity-60" : ""}`}
          >
            {products.data.items.map((product) => (
              <li key={product.id}>
                <ProductCard product={product} href={storePath(slug, `/products/${product.slug}`)} />
              </li>
            ))}
          </ul>
          <Pagination
            page={products.data.page}
            pageCount={products.data.pageCount}
            hrefFor={(p) => catalogueHref(slug, { colour, category, tag, search, sort: sortParam, page: String(p) })}
          />
        </>
      )}
    </div>
  );
}

/** The tag the catalogue is narrowed to (a product page's tag link), with a button to drop it. */
function TagFilterChip({ tag, href }: { tag: string; href: string }) {
  const router = useRouter();
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <span className="inline-flex items-center gap-1 rounded-full border border-gray-300 bg-white py-1 pr-1 pl-3 text-gray-800">
        Tag: {tag}
        <button
          type="button"
          onClick={() => router.push(href)}
          aria-label={`Remove tag filter ${tag}`}
          className="grid h-6 w-6 place-items-center rounded-full text-gray-500 hover:bg-gray-100 hover:text-gray-900"
        >
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </p>
  );
}
