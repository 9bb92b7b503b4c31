"use client";
import { inputClass } from "~/components/ui";
import { sorts, type Sort } from "./use-products";

type Filters = {
  searchText: string;
  setSearchText: (text: string) => void;
  category: string;
  sort: Sort;
  categories: { category: string; count: number }[] | undefined;
};

/** Search, category and sort for products on sale; archived products can only be sorted. */
export function ProductFilters({
  filters,
  archived,
  set,
}: {
  filters: Filters;
  archived: boolean;
  set: (changes: Record<string, string | number | null>) => void;
}) {
  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        set({ q: filters.searchText.trim(), page: null });
      }}
      className="flex flex-wrap items-end gap-3"
    >
      {!archived && (
        <>
          <div className="min-w-64 flex-1">
            <label htmlFor="product-search" className="sr-only">
              Search products
            </label>
            <div className="relative">
              <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="pointer-events-none absolute top-2.5 left-3 h-4 w-4 text-gray-400">
                <path
                  fillRule="evenodd"
                  d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.58 3.58a.75.75 0 1 1-1.06 1.06l-3.58-3.58A7 7 0 0 1 2 9Z"
                  clipRule="evenodd"
                />
              </svg>
              <input
                id="product-search"
                type="search"
                value={filters.searchText}
                maxLength={100}
                onChange={(e) => filters.setSearchText(e.target.value)}
                placeholder="Search by name or SKU"
                className={`${inputClass} pl-9`}
              />
            </div>
          </div>
          <div>
            <label htmlFor="product-category" className="sr-only">
              Filter by category
            </label>
            <select id="product-category" value={filters.category} onChange={(e) => set({ category: e.target.value, page: null })} className={inputClass}>
              <option value="">All categories</option>
              {filters.categories?.map((c) => (
                <option key={c.category} value={c.category}>
                  {c.category} ({c.count})
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      <div>
        <label htmlFor="product-sort" className="sr-only">
          Sort by
        </label>
        <select
          id="product-sort"
          value={filters.sort}
          onChange={(e) => set({ sort: e.target.value === "newest" ? null : e.target.value, page: null })}
          className={inputClass}
        >
          {sorts.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
