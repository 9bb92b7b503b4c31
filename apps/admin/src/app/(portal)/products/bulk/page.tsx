"use client";
import Link from "next/link";
import { Suspense } from "react";
import { SubmitButton } from "@commerce/ui/form";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { DataTable } from "~/components/data-table";
import { button, Field, inputClass, PageHeader, SuccessNote } from "~/components/ui";
import { bulkColumns } from "./bulk-columns";
import { useBulkEdit, type BulkEdit } from "./use-bulk-edit";

export default function BulkEditPage() {
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-gray-500">
        <Link href="/products" className="hover:text-gray-900">
          Products
        </Link>{" "}
        / <span className="text-gray-900">Bulk edit</span>
      </nav>
      <PageHeader
        title="Bulk edit"
        description="Prices, compare-at prices and stock of every variant, 100 products a page. Only the cells you change are saved, all together; a new stock figure is recorded as a stock count."
      />
      <Suspense fallback={<Spinner />}>
        <BulkEditor />
      </Suspense>
    </>
  );
}

function BulkEditor() {
  const bulk = useBulkEdit();
  const { products, filters } = bulk;

  return (
    <form ref={bulk.formRef} onSubmit={bulk.onSubmit} noValidate aria-label="Bulk edit variants" className="space-y-4">
      {(filters.search || filters.category) && (
        <p className="text-sm text-gray-600">
          Products {filters.search && <>matching “{filters.search}”</>} {filters.category && <>in {filters.category}</>}.{" "}
          <button
            type="button"
            className="font-medium text-indigo-600 underline hover:no-underline disabled:opacity-50"
            onClick={bulk.clearFilters}
            disabled={bulk.dirty}
          >
            Show all products
          </button>
        </p>
      )}
      {bulk.done && <SuccessNote onDismiss={bulk.dismissDone}>{bulk.done}</SuccessNote>}
      {bulk.formError && <ErrorBox error={{ message: bulk.formError }} />}

      <DataTable
        caption="Variants to edit"
        dense
        columns={bulkColumns(bulk)}
        rows={bulk.rows}
        rowKey={(row) => row.variant.id}
        rowProps={(row) => (row.first && row.product.id !== products.data?.items[0]?.id ? { className: "border-t-2 border-gray-200" } : {})}
        loading={products.isPending}
        loadingLabel="Loading variants…"
        error={products.error}
        onRetry={() => void products.refetch()}
        dimmed={products.isPlaceholderData}
        empty={filters.search || filters.category ? "No products match these filters." : "No products on sale yet."}
        note={bulk.dirty && <p className="text-sm text-amber-800">Save or discard your changes before moving to another page.</p>}
        pagination={
          products.data && {
            page: products.data.page,
            pageCount: products.data.pageCount,
            total: products.data.total,
            noun: products.data.total === 1 ? "product" : "products",
            onPage: bulk.onPage,
            disabled: bulk.dirty || bulk.saving,
          }
        }
      />
      <SaveBar bulk={bulk} />
    </form>
  );
}

/** Under the grid (kept in view while scrolling): the note for stock counts, what will be saved, Save and Discard. */
function SaveBar({ bulk }: { bulk: BulkEdit }) {
  return (
    <div className="sticky bottom-0 z-10 flex flex-wrap items-end gap-4 border-t border-gray-200 bg-white/95 px-1 py-3 backdrop-blur">
      <Field id="bulk-note" label="Note for the stock counts (optional)" error={bulk.errors.note} className="min-w-64 flex-1">
        {(aria) => (
          <input {...aria} value={bulk.note} onChange={(e) => bulk.setNote(e.target.value)} maxLength={500} autoComplete="off" className={inputClass} />
        )}
      </Field>
      <p role="status" className="pb-2 text-sm text-gray-600">
        {bulk.dirty
          ? `${bulk.changedCells} changed ${bulk.changedCells === 1 ? "cell" : "cells"} in ${bulk.editedCount} ${bulk.editedCount === 1 ? "variant" : "variants"}`
          : "No changes"}
      </p>
      <SubmitButton pending={bulk.saving} className={button.primary}>
        Save changes
      </SubmitButton>
      <button type="button" className={button.secondary} onClick={bulk.discard} disabled={!bulk.dirty || bulk.saving}>
        Discard changes
      </button>
    </div>
  );
}
