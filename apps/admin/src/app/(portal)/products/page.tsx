"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Suspense, useEffect, useState } from "react";
import { Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import type { RouterInputs } from "@commerce/api/client";
import { DataTable } from "~/components/data-table";
import { button, inputClass, PageHeader, SuccessNote, table } from "~/components/ui";
import { productColumns } from "./product-columns";
import { useUrlState } from "~/components/url-state";

type Sort = NonNullable<RouterInputs["product"]["getAll"]["sort"]>;
const sorts: { value: Sort; label: string }[] = [
  { value: "newest", label: "Newest first" },
  { value: "name", label: "Name (A–Z)" },
  { value: "price_asc", label: "Price: low to high" },
  { value: "price_desc", label: "Price: high to low" },
];
const PAGE_SIZE = 20;

export default function ProductsPage() {
  return (
    <>
      <PageHeader
        title="Products"
        description="The catalogue: every product, its price and stock."
        actions={
          <Link href="/products/new" className={button.primary}>
            <span aria-hidden="true">+</span> Add product
          </Link>
        }
      />
      <Suspense fallback={<Spinner />}>
        <ProductCatalogue />
      </Suspense>
    </>
  );
}

function ProductCatalogue() {
  const trpc = useTRPC();
  const { params, page, set } = useUrlState();
  const search = params.get("q") ?? "";
  const category = params.get("category") ?? "";
  const sortParam = params.get("sort");
  const sort: Sort = sorts.some((s) => s.value === sortParam) ? (sortParam as Sort) : "newest";
  const added = params.get("added");
  const addedId = params.get("new");

  // The search box updates the URL after a short pause in typing.
  const [searchText, setSearchText] = useState(search);
  useEffect(() => setSearchText((typed) => (typed.trim() === search.trim() ? typed : search)), [search]);
  useEffect(() => {
    if (searchText.trim() === search.trim()) return;
    const timer = setTimeout(() => set({ q: searchText.trim(), page: null }), 300);
    return () => clearTimeout(timer);
  }, [searchText, search, set]);

  const facets = useQuery(trpc.product.facets.queryOptions());
  const products = useQuery({
    ...trpc.product.getAll.queryOptions({
      page,
      pageSize: PAGE_SIZE,
      sort,
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(category ? { category } : {}),
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="space-y-4">
      {added && <SuccessNote onDismiss={() => set({ added: null, new: null })}>Added {added}</SuccessNote>}

      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: searchText.trim(), page: null });
        }}
        className="flex flex-wrap items-end gap-3"
      >
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
              value={searchText}
              maxLength={100}
              onChange={(e) => setSearchText(e.target.value)}
              placeholder="Search by name or SKU"
              className={`${inputClass} pl-9`}
            />
          </div>
        </div>
        <div>
          <label htmlFor="product-category" className="sr-only">
            Filter by category
          </label>
          <select id="product-category" value={category} onChange={(e) => set({ category: e.target.value, page: null })} className={inputClass}>
            <option value="">All categories</option>
            {facets.data?.categories.map((c) => (
              <option key={c.category} value={c.category}>
                {c.category} ({c.count})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="product-sort" className="sr-only">
            Sort by
          </label>
          <select
            id="product-sort"
            value={sort}
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

      <DataTable
        caption="Products"
        columns={productColumns}
        rows={products.data?.items}
        rowKey={(p) => p.id}
        rowProps={(p) => ({ "data-product-id": p.id, className: p.id === addedId ? "bg-emerald-50" : table.row })}
        loading={products.isPending}
        loadingLabel="Loading products…"
        error={products.error}
        onRetry={() => void products.refetch()}
        dimmed={products.isPlaceholderData}
        empty={search || category ? "No products match these filters." : "No products yet. Add the first one."}
        pagination={
          products.data && {
            page: products.data.page,
            pageCount: products.data.pageCount,
            total: products.data.total,
            noun: products.data.total === 1 ? "product" : "products",
            onPage: (next) => set({ page: next === 1 ? null : next }),
          }
        }
      />
    </div>
  );
}
