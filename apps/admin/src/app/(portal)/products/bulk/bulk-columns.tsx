"use client";
import Link from "next/link";
import type { Column } from "~/components/data-table";
import { GridInput } from "../grid-input";
import { variantName } from "../product-words";
import { errorKey, type BulkEdit, type BulkField, type BulkRow } from "./use-bulk-edit";

const cells: { field: BulkField; header: string; word: string; inputMode: "decimal" | "numeric"; className: string }[] = [
  { field: "price", header: "Price", word: "Price", inputMode: "decimal", className: "w-28" },
  { field: "compareAtPrice", header: "Compare-at price", word: "Compare-at price", inputMode: "decimal", className: "w-28" },
  { field: "stock", header: "Stock", word: "Stock", inputMode: "numeric", className: "w-24" },
];

/** The grid: product (on its first row), variant and SKU, then an input per editable cell. */
export function bulkColumns(bulk: BulkEdit): Column<BulkRow>[] {
  return [
    {
      id: "product",
      header: "Product",
      className: "align-top",
      cell: (row) =>
        row.first ? (
          <Link href={`/products/${row.product.id}`} className="font-medium text-indigo-600 hover:text-indigo-500 hover:underline">
            {row.product.name}
          </Link>
        ) : (
          <span className="sr-only">{row.product.name}</span>
        ),
    },
    {
      id: "variant",
      header: "Variant",
      className: "align-top",
      cell: (row) => (
        <>
          <span className="whitespace-nowrap text-gray-900">{variantName(row.variant)}</span>
          <span className="block font-mono text-xs text-gray-500">{row.variant.sku}</span>
          {bulk.errors[errorKey(row.variant.id, "row")] && (
            <span className="mt-1 block max-w-56 text-xs text-red-700">{bulk.errors[errorKey(row.variant.id, "row")]}</span>
          )}
        </>
      ),
    },
    ...cells.map(({ field, header, word, inputMode, className }): Column<BulkRow> => ({
      id: field,
      header,
      className: "align-top",
      cell: (row) => (
        <GridInput
          id={`bulk-${row.variant.id}-${field}`}
          label={`${word} of ${row.name}`}
          field={word}
          value={bulk.value(row, field)}
          error={bulk.errors[errorKey(row.variant.id, field)]}
          changed={bulk.differs(row, field)}
          onChange={(text) => bulk.edit(row, field, text)}
          inputMode={inputMode}
          placeholder={field === "compareAtPrice" ? "None" : undefined}
          className={`${className} tabular-nums`}
        />
      ),
    })),
  ];
}
