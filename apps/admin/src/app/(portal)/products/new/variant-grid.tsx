"use client";
import { button, Card, table } from "~/components/ui";
import { GridInput } from "../grid-input";
import type { VariantOptions } from "./use-variant-options";
import { MAX_LISTED, MAX_VARIANTS, rowErrorKey, type VariantRow } from "./variant-drafts";

/** The variants the options make: each with its SKU, price and stock to change, or removed. */
export function VariantGrid({ variants, currency }: { variants: VariantOptions; currency: string }) {
  const { rows, errors } = variants;
  return (
    <Card title={`Variants (${rows.length.toLocaleString("en-GB")})`}>
      <div className="space-y-3">
        <p className="text-sm text-gray-600">
          One for each combination of the values. SKUs start from the SKU above, prices and stock from the price and stock quantity above; change any of them,
          or remove a variant the product does not come in. Up to {MAX_VARIANTS} variants.
        </p>
        {errors.variants && (
          <p role="alert" className="text-sm text-red-700">
            {errors.variants}
          </p>
        )}
        {variants.count > MAX_LISTED ? (
          <p className="text-sm text-amber-800">
            These options make {variants.count.toLocaleString("en-GB")} combinations, too many to list: use fewer values.
          </p>
        ) : !variants.listed ? (
          <p className="text-sm text-gray-500">Add values to an option to see its variants.</p>
        ) : (
          rows.length > 0 && (
            <div className={table.wrapper}>
              <table className={table.table}>
                <caption className="sr-only">Variants to add</caption>
                <thead className="bg-gray-50">
                  <tr>
                    <th scope="col" className={table.th}>
                      Variant
                    </th>
                    <th scope="col" className={table.th}>
                      SKU
                    </th>
                    <th scope="col" className={table.th}>
                      Price{currency && ` (${currency})`}
                    </th>
                    <th scope="col" className={table.th}>
                      Stock
                    </th>
                    <th scope="col" className={table.th}>
                      <span className="sr-only">Remove</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100">
                  {rows.map((row, i) => (
                    <GridRow key={row.key} row={row} index={i} variants={variants} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        )}
        {variants.removedCount > 0 && (
          <p className="flex flex-wrap items-center gap-3 text-sm text-gray-600">
            {variants.removedCount === 1 ? "1 variant removed." : `${variants.removedCount} variants removed.`}
            <button type="button" className={button.small} onClick={variants.restoreRows}>
              Restore removed variants
            </button>
          </p>
        )}
      </div>
    </Card>
  );
}

function GridRow({ row, index, variants }: { row: VariantRow; index: number; variants: VariantOptions }) {
  const error = (field: Parameters<typeof rowErrorKey>[1]) => variants.errors[rowErrorKey(row.key, field)];
  const cell = "px-3 py-2 align-top";
  return (
    <tr>
      <th scope="row" className={`${cell} pt-3.5 text-left font-medium whitespace-nowrap text-gray-900`}>
        {row.title}
        {error("row") && <p className="mt-1 max-w-48 text-xs font-normal whitespace-normal text-red-700">{error("row")}</p>}
      </th>
      <td className={cell}>
        <GridInput
          id={`variant-${index}-sku`}
          label={`SKU of ${row.title}`}
          field="SKU"
          value={row.sku}
          error={error("sku")}
          onChange={(value) => variants.editCell(row.key, "sku", value)}
          maxLength={40}
          className="min-w-40 font-mono uppercase"
        />
      </td>
      <td className={cell}>
        <GridInput
          id={`variant-${index}-price`}
          label={`Price of ${row.title}`}
          field="Price"
          value={row.price}
          error={error("price")}
          onChange={(value) => variants.editCell(row.key, "price", value)}
          inputMode="decimal"
          className="w-28 tabular-nums"
        />
      </td>
      <td className={cell}>
        <GridInput
          id={`variant-${index}-stock`}
          label={`Stock of ${row.title}`}
          field="Stock"
          value={row.stock}
          error={error("stock")}
          onChange={(value) => variants.editCell(row.key, "stock", value)}
          inputMode="numeric"
          className="w-24 tabular-nums"
        />
      </td>
      <td className={`${cell} pt-3 text-right`}>
        <button type="button" className={button.smallDanger} onClick={() => variants.removeRow(row.key)} aria-label={`Remove ${row.title}`}>
          Remove
        </button>
      </td>
    </tr>
  );
}
