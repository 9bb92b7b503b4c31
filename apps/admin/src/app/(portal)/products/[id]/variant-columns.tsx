"use client";
import type { KeyboardEvent } from "react";
import { formatMoney } from "@commerce/ui/money";
import type { Column } from "~/components/data-table";
import { button } from "~/components/ui";
import { GridInput } from "../grid-input";
import { variantName } from "../product-words";
import { editButtonId, editLabels, type EditField, type Variant, type VariantEdit } from "./use-variant-edit";

const inputClasses: Record<EditField, string> = {
  sku: "min-w-44 font-mono uppercase",
  barcode: "min-w-32 font-mono",
  price: "w-24 tabular-nums",
  compareAtPrice: "w-24 tabular-nums",
  weightGrams: "w-20 tabular-nums",
};

/** A cell's value, or its input while its row is edited (Enter saves, Escape puts it back). */
function editable(edit: VariantEdit, field: EditField, show: (v: Variant) => string) {
  return (v: Variant) => {
    if (edit.editingId !== v.id) return show(v);
    const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === "Enter") {
        e.preventDefault();
        edit.submit();
      } else if (e.key === "Escape") edit.cancel();
    };
    return (
      <GridInput
        id={`variant-${v.id}-${field}`}
        label={`${field === "weightGrams" ? "Weight in grams" : editLabels[field]} of ${variantName(v)}`}
        field={editLabels[field]}
        value={edit.values[field]}
        error={edit.errors[field]}
        onChange={(value) => edit.set(field, value)}
        onKeyDown={onKeyDown}
        autoFocus={field === "sku"}
        inputMode={field === "sku" || field === "barcode" ? "text" : field === "weightGrams" ? "numeric" : "decimal"}
        maxLength={40}
        className={inputClasses[field]}
      />
    );
  };
}

/** The variants table: each row's own fields, editable in place one row at a time, and its stock. */
export function variantColumns(edit: VariantEdit): Column<Variant>[] {
  return [
    { id: "variant", header: "Variant", className: "font-medium whitespace-nowrap text-gray-900", cell: (v) => variantName(v) },
    { id: "sku", header: "SKU", className: "font-mono text-xs whitespace-nowrap text-gray-700", cell: editable(edit, "sku", (v) => v.sku) },
    { id: "barcode", header: "Barcode", className: "font-mono text-xs text-gray-700", cell: editable(edit, "barcode", (v) => v.barcode ?? "—") },
    { id: "price", header: "Price", align: "right", cell: editable(edit, "price", (v) => formatMoney(v.price)) },
    {
      id: "compareAtPrice",
      header: "Compare-at",
      align: "right",
      className: "text-gray-600",
      cell: editable(edit, "compareAtPrice", (v) => (v.compareAtPrice ? formatMoney(v.compareAtPrice) : "—")),
    },
    {
      id: "weight",
      header: "Weight (g)",
      align: "right",
      className: "text-gray-600",
      cell: editable(edit, "weightGrams", (v) => (v.weightGrams === null ? "—" : v.weightGrams.toLocaleString("en-GB"))),
    },
    { id: "stock", header: "Stock", align: "right", cell: (v) => v.stockQuantity.toLocaleString("en-GB") },
    {
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      align: "right",
      cell: (v) =>
        edit.editingId === v.id ? (
          <span className="inline-flex gap-2">
            <button
              type="button"
              className={button.small}
              onClick={edit.submit}
              disabled={edit.pending}
              aria-busy={edit.pending || undefined}
              aria-label={`Save ${variantName(v)}`}
            >
              Save
            </button>
            <button type="button" className={button.small} onClick={edit.cancel} disabled={edit.pending} aria-label={`Cancel editing ${variantName(v)}`}>
              Cancel
            </button>
          </span>
        ) : (
          <button
            id={editButtonId(v.id)}
            type="button"
            className={button.small}
            onClick={() => edit.start(v)}
            disabled={edit.pending}
            aria-label={`Edit ${variantName(v)}`}
          >
            Edit
          </button>
        ),
    },
  ];
}
