"use client";
import { ErrorBox } from "@commerce/ui/states";
import { DataTable } from "~/components/data-table";
import { button, Card, SuccessNote } from "~/components/ui";
import { AddVariantForm } from "./add-variant-form";
import { useAddVariant } from "./use-add-variant";
import type { EditableProduct } from "./use-edit-product";
import { useVariantEdit } from "./use-variant-edit";
import { variantColumns } from "./variant-columns";

const addButtonId = "add-variant-button";

/** "Size: S, M, L · Colour: red, blue". */
const optionsWords = (product: EditableProduct) => product.options.map((o) => `${o.name}: ${o.values.join(", ")}`).join(" · ");

/** The product's variants: a row each (edited in place) and the form to add another. */
export function VariantsPanel({ product }: { product: EditableProduct }) {
  const edit = useVariantEdit();
  const adding = useAddVariant(product);
  const canAdd = product.options.length > 0;

  function closeAdding() {
    adding.close();
    requestAnimationFrame(() => document.getElementById(addButtonId)?.focus());
  }

  return (
    <Card
      title={`Variants (${product.variants.length.toLocaleString("en-GB")})`}
      className="mt-6 max-w-5xl"
      actions={
        canAdd &&
        !adding.open && (
          <button id={addButtonId} type="button" className={button.small} onClick={adding.start}>
            <span aria-hidden="true">+</span> Add variant
          </button>
        )
      }
    >
      <div className="space-y-4">
        <p className="text-sm text-gray-600">
          {canAdd ? `${optionsWords(product)}. ` : "This product has no options (such as Size or Colour), so it cannot have more variants. "}
          Each variant has its own SKU, price and stock; Edit changes a row, stock moves in the Stock panel below.
        </p>
        {edit.done && <SuccessNote onDismiss={edit.dismissDone}>{edit.done}</SuccessNote>}
        {adding.done && <SuccessNote onDismiss={adding.dismissDone}>{adding.done}</SuccessNote>}
        {edit.formError && <ErrorBox error={{ message: edit.formError }} />}
        <DataTable
          caption={`Variants of ${product.name}`}
          dense
          columns={variantColumns(edit)}
          rows={product.variants}
          rowKey={(v) => v.id}
          rowProps={(v) => (v.id === edit.editingId ? { className: "bg-indigo-50/50" } : {})}
        />
        {adding.open && <AddVariantForm product={product} adding={adding} onClose={closeAdding} />}
      </div>
    </Card>
  );
}
