"use client";
import Link from "next/link";
import { Suspense } from "react";
import { Spinner } from "@commerce/ui/states";
import { ActionError } from "~/components/api-errors";
import { DataTable } from "~/components/data-table";
import { button, PageHeader, SuccessNote, table } from "~/components/ui";
import { archivedColumns, productColumns } from "./product-columns";
import { ProductFilters } from "./product-filters";
import { ProductViewSwitch } from "./product-view-switch";
import { useProducts } from "./use-products";

export default function ProductsPage() {
  return (
    <>
      <PageHeader
        title="Products"
        description="The catalogue: every product, its variants' prices and stock."
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

/** The bulk edit opens on the products the list shows: its search, category and order. */
function bulkQuery({ search, category, sort }: { search: string; category: string; sort: string }) {
  const query = new URLSearchParams({
    ...(search.trim() ? { q: search.trim() } : {}),
    ...(category ? { category } : {}),
    ...(sort !== "newest" ? { sort } : {}),
  });
  return query.size ? `?${query.toString()}` : "";
}

function ProductCatalogue() {
  const { view, filters, set, added, addedId, products, restore, restored, dismissRestored } = useProducts();
  const archived = view === "archived";
  const filtered = Boolean(filters.search || filters.category);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ProductViewSwitch current={view} />
        {!archived && (
          <Link href={`/products/bulk${bulkQuery(filters)}`} className={button.secondary}>
            Bulk edit prices and stock
          </Link>
        )}
      </div>
      {added && <SuccessNote onDismiss={() => set({ added: null, new: null })}>Added {added}</SuccessNote>}
      {restored && (
        <SuccessNote onDismiss={dismissRestored}>
          Restored{" "}
          <Link href={`/products/${restored.id}`} className="font-medium underline hover:no-underline">
            {restored.name}
          </Link>
          : it is on sale again.
        </SuccessNote>
      )}
      <ActionError error={restore.error} />

      <ProductFilters filters={filters} archived={archived} set={set} />

      <DataTable
        caption={archived ? "Archived products" : "Products on sale"}
        columns={
          archived
            ? archivedColumns({
                onRestore: (p) => restore.mutate({ id: p.id }),
                restoringId: restore.isPending ? restore.variables?.id : undefined,
                busy: restore.isPending,
              })
            : productColumns
        }
        rows={products.data?.items}
        rowKey={(p) => p.id}
        rowProps={(p) => ({ "data-product-id": p.id, className: p.id === addedId ? "bg-emerald-50" : table.row })}
        loading={products.isPending}
        loadingLabel="Loading products…"
        error={products.error}
        onRetry={() => void products.refetch()}
        dimmed={products.isPlaceholderData}
        empty={
          archived
            ? "No archived products. Archive a product from its page to take it off sale; it shows here to restore."
            : filtered
              ? "No products match these filters."
              : "No products on sale. Add one, or restore one from Archived."
        }
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
