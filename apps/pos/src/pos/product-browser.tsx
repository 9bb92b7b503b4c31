"use client";
import { messageOf } from "@commerce/ui/errors";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { CategoryChip, categoryLabel, ProductTile } from "./product-tile";
import type { AddResult, Product, Variant } from "./types";
import { useProductSearch } from "./use-product-search";
import { VariantChooser } from "./variant-chooser";

export function ProductBrowser({
  active,
  inTicket,
  perProduct,
  onAdd,
}: {
  /** False while the till is taking payment or showing a receipt. */
  active: boolean;
  /** Quantity of each variant already on the ticket, by variant id. */
  inTicket: ReadonlyMap<string, number>;
  /** Quantity of each product already on the ticket, its variants together, by product id. */
  perProduct: ReadonlyMap<string, number>;
  onAdd: (product: Product, variant: Variant) => AddResult;
}) {
  const {
    text,
    setText,
    search,
    setSearch,
    category,
    setCategory,
    page,
    setPage,
    notice,
    setNotice,
    searchRef,
    products,
    facets,
    onSearchKey,
    tap,
    chooser,
    pick,
    closeChooser,
  } = useProductSearch({ active, onAdd });
  const data = products.data;

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="space-y-3 border-b border-gray-200 bg-white px-5 pt-4 pb-3">
        <div className="flex items-center gap-3">
          <div className="relative flex-1">
            <label htmlFor="pos-search" className="sr-only">
              Search products
            </label>
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className="pointer-events-none absolute top-1/2 left-4 h-5 w-5 -translate-y-1/2 text-gray-400"
              fill="currentColor"
            >
              <path
                fillRule="evenodd"
                d="M9 3.5a5.5 5.5 0 1 0 3.36 9.86l3.64 3.64a.75.75 0 1 0 1.06-1.06l-3.64-3.64A5.5 5.5 0 0 0 9 3.5ZM5 9a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z"
                clipRule="evenodd"
              />
            </svg>
            <input
              ref={searchRef}
              id="pos-search"
              type="search"
              inputMode="search"
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="off"
              spellCheck={false}
              maxLength={100}
              enterKeyHint="search"
              placeholder="Search by name, SKU or barcode; scan or type a code and press Enter"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setNotice(null);
              }}
              onKeyDown={onSearchKey}
              className="h-14 w-full rounded-xl border border-gray-300 bg-gray-50 pr-4 pl-12 text-lg outline-none placeholder:text-gray-400 focus:border-gray-900 focus:bg-white focus:ring-2 focus:ring-gray-900/10"
            />
          </div>
          {text && (
            <button
              type="button"
              onClick={() => {
                setText("");
                setSearch("");
                setNotice(null);
                searchRef.current?.focus();
              }}
              className="h-14 rounded-xl border border-gray-300 bg-white px-5 text-base font-medium text-gray-700 active:bg-gray-100"
            >
              Clear search
            </button>
          )}
        </div>

        {/* One category at a time: a radio group drawn as chips (arrow keys move between them). */}
        <div role="radiogroup" aria-label="Category" className="flex flex-wrap gap-1.5">
          <CategoryChip label="All" checked={category === null} onSelect={() => setCategory(null)} />
          {facets.data?.categories.map((c) => (
            <CategoryChip
              key={c.category}
              label={categoryLabel(c.category)}
              count={c.count}
              checked={category === c.category}
              onSelect={() => setCategory(c.category)}
            />
          ))}
          {facets.isPending && <span className="self-center px-2 text-sm text-gray-500">Loading categories…</span>}
          {facets.error && (
            <button type="button" onClick={() => void facets.refetch()} className="h-11 px-2 text-sm text-red-700 underline">
              Categories unavailable — retry
            </button>
          )}
        </div>
      </div>

      <div className="relative min-h-0 flex-1">
        <div className="h-full overflow-y-auto px-5 py-4" aria-busy={products.isFetching}>
          {products.isPending ? (
            <Spinner label="Loading products…" />
          ) : products.error && !data ? (
            <ErrorBox error={{ message: messageOf(products.error) }} onRetry={() => void products.refetch()} />
          ) : data && data.items.length === 0 ? (
            <Empty>{search ? `No products match “${search}”${category ? ` in ${categoryLabel(category)}` : ""}.` : "No products in this category."}</Empty>
          ) : data ? (
            <>
              {products.error && (
                <div className="mb-3">
                  <ErrorBox error={{ message: `Could not refresh products: ${messageOf(products.error)}` }} onRetry={() => void products.refetch()} />
                </div>
              )}
              <ul
                className={`grid grid-cols-[repeat(auto-fill,minmax(11.5rem,1fr))] gap-3 transition-opacity ${products.isPlaceholderData ? "opacity-60" : ""}`}
              >
                {data.items.map((p) => (
                  <li key={p.id}>
                    <ProductTile product={p} inTicket={inTicket} count={perProduct.get(p.id) ?? 0} onTap={() => tap(p)} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        {/* Scan feedback floats over the grid so tiles never move under a finger. */}
        <div className="pointer-events-none absolute inset-x-0 bottom-3 flex justify-center px-5">
          {notice?.kind === "error" ? (
            <p role="alert" className="pointer-events-auto rounded-xl border border-red-300 bg-red-50 px-4 py-2.5 text-base font-medium text-red-800 shadow-lg">
              {notice.text}
            </p>
          ) : (
            <p role="status" className={notice ? "rounded-xl bg-gray-900 px-4 py-2.5 text-base font-medium text-white shadow-lg" : "sr-only"}>
              {notice?.text ?? ""}
            </p>
          )}
        </div>
      </div>

      {data && data.total > 0 && (
        <nav aria-label="Product pages" className="flex items-center justify-between gap-3 border-t border-gray-200 bg-white px-5 py-3">
          <button
            type="button"
            disabled={page <= 1}
            onClick={() => setPage((p) => Math.max(1, p - 1))}
            className="h-12 min-w-32 rounded-xl border border-gray-300 bg-white px-4 text-base font-medium active:bg-gray-100 disabled:opacity-40"
          >
            <span aria-hidden="true">‹</span> Previous
          </button>
          <p className="text-sm text-gray-600">
            Page {data.page} of {data.pageCount} · {data.total} {data.total === 1 ? "product" : "products"}
            {products.isPlaceholderData && <span className="ml-2 text-gray-400">Updating…</span>}
          </p>
          <button
            type="button"
            disabled={page >= data.pageCount}
            onClick={() => setPage((p) => p + 1)}
            className="h-12 min-w-32 rounded-xl border border-gray-300 bg-white px-4 text-base font-medium active:bg-gray-100 disabled:opacity-40"
          >
            Next <span aria-hidden="true">›</span>
          </button>
        </nav>
      )}

      {chooser && <VariantChooser product={chooser} inTicket={inTicket} onPick={(v) => pick(chooser, v)} onClose={closeChooser} />}
    </div>
  );
}
