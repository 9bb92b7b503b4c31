"use client";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { Price } from "@commerce/ui/money";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import type { Colour } from "@commerce/core/colours";
import type { RouterOutputs } from "@commerce/api/client";
import { describeError } from "~/lib/errors";
import { titleCase } from "~/lib/format";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";

const PAGE_SIZE = 24;

const sorts = ["newest", "price_asc", "price_desc", "name"] as const;
type Sort = (typeof sorts)[number];
const sortLabels: Record<Sort, string> = {
  newest: "Newest",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
  name: "Name (A–Z)",
};

type Product = RouterOutputs["product"]["getAll"]["items"][number];
type Filters = { colour?: string | undefined; category?: string | undefined; search?: string | undefined; sort?: string | undefined; page?: string | undefined };

function readFilters(params: URLSearchParams) {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const sortParam = text("sort");
  const sort: Sort = sorts.includes(sortParam as Sort) ? (sortParam as Sort) : "newest";
  const pageNumber = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    colour: text("colour"),
    category: text("category"),
    search: text("search"),
    sort,
    page: Number.isSafeInteger(pageNumber) && pageNumber >= 1 ? pageNumber : 1,
  };
}

/** Builds a catalogue URL; the order of keys keeps links such as `/acme?colour=red` simple. */
function catalogueHref(slug: string, filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of ["colour", "category", "search", "sort", "page"] as const) {
    const value = filters[key];
    if (!value) continue;
    if (key === "sort" && value === "newest") continue;
    if (key === "page" && value === "1") continue;
    params.set(key, value);
  }
  const query = params.toString();
  return query ? `${storePath(slug)}?${query}` : storePath(slug);
}

export function Catalogue() {
  const trpc = useTRPC();
  const slug = useStoreSlug();
  const router = useRouter();
  const searchParams = useSearchParams();
  const filters = readFilters(searchParams);
  const { colour, category, search, sort, page } = filters;

  const facets = useQuery(trpc.product.facets.queryOptions());
  const paging = { page, pageSize: PAGE_SIZE, sort };
  const allProducts = useQuery({
    ...trpc.product.getAll.queryOptions({ ...paging, ...(category ? { category } : {}), ...(search ? { search } : {}) }),
    enabled: !colour,
    placeholderData: keepPreviousData,
  });
  const colourProducts = useQuery({
    ...trpc.product.byColour.queryOptions({ ...paging, colour: (colour ?? "black") as Colour }),
    enabled: !!colour,
    placeholderData: keepPreviousData,
  });
  const products = colour ? colourProducts : allProducts;

  const go = (next: Filters) => router.push(catalogueHref(slug, next));
  const sortParam = sort === "newest" ? undefined : sort;

  const heading = colour
    ? `${titleCase(colour)} products`
    : search
      ? `Results for “${search}”`
      : category
        ? titleCase(category)
        : "All products";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{heading}</h1>
          <p className="mt-1 text-sm text-gray-500" aria-live="polite">
            {products.data ? `${products.data.total} ${products.data.total === 1 ? "product" : "products"}` : "\u00a0"}
          </p>
        </div>
        {(colour || category || search || sortParam) && (
          <Link href={storePath(slug)} className="text-sm font-medium text-gray-600 underline-offset-4 hover:text-gray-900 hover:underline">
            Clear filters
          </Link>
        )}
      </div>

      <section aria-label="Filters" className="space-y-4 rounded-xl border border-gray-200 bg-white p-4 shadow-sm">
        <div>
          <p id="colour-filter-label" className="mb-2 text-xs font-semibold uppercase tracking-wide text-gray-500">
            Colour
          </p>
          <nav aria-labelledby="colour-filter-label" className="flex flex-wrap items-center gap-2">
            <Link
              href={catalogueHref(slug, { sort: sortParam })}
              aria-current={!colour ? "true" : undefined}
              className={`rounded-full border px-3 py-1 text-sm transition ${
                !colour ? "border-gray-900 bg-gray-900 text-white" : "border-gray-300 bg-white text-gray-700 hover:border-gray-500"
              }`}
            >
              All colours
            </Link>
            {facets.data?.colours.map((c) => {
              const selected = colour === c.colour;
              return (
                <Link
                  key={c.colour}
                  href={catalogueHref(slug, { colour: c.colour, sort: sortParam })}
                  aria-label={c.colour}
                  aria-current={selected ? "true" : undefined}
                  title={`${titleCase(c.colour)} (${c.count})`}
                  className={`grid h-8 w-8 place-items-center rounded-full transition ${
                    selected ? "ring-2 ring-gray-900 ring-offset-2" : "hover:ring-2 hover:ring-gray-300 hover:ring-offset-1"
                  }`}
                >
                  <span className="h-7 w-7 rounded-full border border-black/15" style={{ backgroundColor: c.swatch }} />
                </Link>
              );
            })}
          </nav>
          <ErrorBox error={facets.error} onRetry={() => void facets.refetch()} />
        </div>

        <div className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
          <form
            role="search"
            key={`${search ?? ""}|${category ?? ""}`}
            onSubmit={(event) => {
              event.preventDefault();
              const value = String(new FormData(event.currentTarget).get("search") ?? "").trim();
              go({ category, search: value || undefined, sort: sortParam });
            }}
            className="flex gap-2"
          >
            <label className="grow">
              <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-gray-500">Search</span>
              <input
                type="search"
                name="search"
                defaultValue={search ?? ""}
                maxLength={100}
                placeholder="Name or SKU"
                className="w-full rounded-lg border border-gray-300 px-3 py-2 text-sm focus:border-gray-900 focus:outline-none focus:ring-1 focus:ring-gray-900"
              />
            </label>
            <button
              type="submit"
              className="self-end rounded-lg bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700"
            >
              Search
            </button>
          </form>

          <label>
            <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-gray-500">Category</span>
            <select
              value={category ?? ""}
              onChange={(event) => go({ category: event.target.value || undefined, search, sort: sortParam })}
              className="w-full rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm sm:w-48"
            >
              <option value="">All categories</option>
              {facets.data?.categories.map((c) => (
                <option key={c.category} value={c.category}>
                  {titleCase(c.category)} ({c.count})
                </option>
              ))}
              {category && facets.data && !facets.data.categories.some((c) => c.category === category) && (
                <option value={category}>{titleCase(category)}</option>
              )}
            </select>
          </label>

          <label>
            <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-gray-500">Sort</span>
            <select
              value={sort}
              onChange={(event) => go({ colour, category, search, sort: event.target.value })}
              className="w-full rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm sm:w-48"
            >
              {sorts.map((s) => (
                <option key={s} value={s}>
                  {sortLabels[s]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {colour && (
          <p className="text-xs text-gray-500">
            Showing every {colour} product; choosing a category or searching clears the colour.
          </p>
        )}
      </section>

      {products.isPending ? (
        <Spinner label="Loading products…" />
      ) : products.error && !products.data ? (
        <ErrorBox error={{ message: describeError(products.error)?.message ?? products.error.message }} onRetry={() => void products.refetch()} />
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
            hrefFor={(p) => catalogueHref(slug, { colour, category, search, sort: sortParam, page: String(p) })}
          />
        </>
      )}
    </div>
  );
}

function ProductCard({ product, href }: { product: Product; href: string }) {
  const nameId = `product-${product.id}-name`;
  const infoId = `product-${product.id}-info`;
  const stockId = `product-${product.id}-stock`;
  return (
    <Link
      href={href}
      aria-labelledby={nameId}
      aria-describedby={product.inStock ? infoId : `${infoId} ${stockId}`}
      className="group flex h-full flex-col overflow-hidden rounded-xl border border-gray-200 bg-white shadow-sm transition hover:-translate-y-0.5 hover:shadow-md focus-visible:outline-2 focus-visible:outline-gray-900"
    >
      <div className="relative aspect-square overflow-hidden bg-gray-100">
        {/* eslint-disable-next-line @next/next/no-img-element -- catalogue images are data: URLs or remote files */}
        <img
          src={product.imageUrl}
          alt={product.name}
          loading="lazy"
          className={`h-full w-full object-cover transition duration-300 group-hover:scale-105 ${product.inStock ? "" : "opacity-50 grayscale"}`}
        />
        {!product.inStock && (
          <span id={stockId} className="absolute left-2 top-2 rounded-full bg-gray-900/85 px-2 py-0.5 text-xs font-semibold text-white">
            Out of stock
          </span>
        )}
      </div>
      <div className="flex grow flex-col gap-1 p-3">
        <h2 id={nameId} className="text-sm font-medium leading-snug text-gray-900 group-hover:underline">
          {product.name}
        </h2>
        <p id={infoId} className="mt-auto flex items-center justify-between text-sm">
          <Price value={product.price} className="font-semibold" />
          <span className="text-xs capitalize text-gray-500">{product.category.replace(/-/g, " ")}</span>
        </p>
      </div>
    </Link>
  );
}

function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const base = "rounded-lg border px-4 py-2 text-sm font-medium";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 pt-2">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pageCount))} className={`${base} border-gray-300 bg-white hover:border-gray-500`}>
          Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={`${base} cursor-not-allowed border-gray-200 text-gray-400`}>
          Previous
        </span>
      )}
      <span className="text-sm text-gray-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={`${base} border-gray-300 bg-white hover:border-gray-500`}>
          Next
        </Link>
      ) : (
        <span aria-disabled="true" className={`${base} cursor-not-allowed border-gray-200 text-gray-400`}>
          Next
        </span>
      )}
    </nav>
  );
}
