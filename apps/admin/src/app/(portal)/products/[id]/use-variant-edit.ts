"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { RouterInputs } from "@commerce/api/client";
import { toDecimalString } from "@commerce/core/money";
import { describeError } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";
import { problemsOf, readCount, readPrice } from "../product-form";
import { variantName } from "../product-words";
import type { EditableProduct } from "./use-edit-product";

export type Variant = EditableProduct["variants"][number];
export type EditField = "sku" | "barcode" | "price" | "compareAtPrice" | "weightGrams";
type Changes = Omit<RouterInputs["product"]["updateVariant"], "id">;

/** The columns' words, to read an error with ("Price must be more than zero"). */
export const editLabels: Record<EditField, string> = {
  sku: "SKU",
  barcode: "Barcode",
  price: "Price",
  compareAtPrice: "Compare-at price",
  weightGrams: "Weight",
};

const serverFields = ["sku", "barcode", "price", "compareAtPrice", "weightGrams"] as const;

/** The row's inputs as saved: optional fields empty when the variant has none. */
function valuesOf(v: Variant): Record<EditField, string> {
  return {
    sku: v.sku,
    barcode: v.barcode ?? "",
    price: toDecimalString(v.price),
    compareAtPrice: v.compareAtPrice ? toDecimalString(v.compareAtPrice) : "",
    weightGrams: v.weightGrams === null ? "" : String(v.weightGrams),
  };
}

/** What differs from the saved variant, ready to send (an emptied optional field is null), and what is wrong. */
function changesOf(values: Record<EditField, string>, v: Variant): { changes: Changes; problems: Partial<Record<EditField, string>> } {
  const changes: Changes = {};
  const sku = values.sku.trim().toUpperCase();
  if (sku && sku !== v.sku) changes.sku = sku;
  const barcode = values.barcode.trim();
  if (barcode !== (v.barcode ?? "")) changes.barcode = barcode || null;
  const price = readPrice(values.price, v.price.currency);
  if (price.price && price.price.amount !== v.price.amount) changes.price = price.price;
  const compareText = values.compareAtPrice.trim();
  const compare = compareText ? readPrice(compareText, v.price.currency, "Compare-at price") : null;
  if (!compare) {
    if (v.compareAtPrice) changes.compareAtPrice = null;
  } else if (compare.price && compare.price.amount !== v.compareAtPrice?.amount) changes.compareAtPrice = compare.price;
  const weightText = values.weightGrams.trim();
  const weight = weightText ? readCount(weightText) : null;
  if (!weight) {
    if (v.weightGrams !== null) changes.weightGrams = null;
  } else if (weight.count !== undefined && weight.count !== v.weightGrams) changes.weightGrams = weight.count;
  const problems = problemsOf<EditField>({
    sku: sku ? undefined : "is required",
    price: price.error,
    compareAtPrice: compare?.error,
    weightGrams: weight?.error && "must be a whole number of grams",
  });
  return { changes, problems };
}

/** The id of a row's Edit button, to go back to once the row is saved or put back. */
export const editButtonId = (variantId: string) => `variant-${variantId}-edit`;

/**
 * Editing one variant's row in place: its SKU, barcode, price, compare-at price and weight.
 * Save sends only what changed (product.updateVariant); stock moves through the stock panel.
 */
export function useVariantEdit() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Variant | null>(null);
  const [values, setValues] = useState<Record<EditField, string>>({ sku: "", barcode: "", price: "", compareAtPrice: "", weightGrams: "" });
  const [errors, setErrors] = useState<Partial<Record<EditField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function close(variant: Variant, text: string | null) {
    setEditing(null);
    setDone(text);
    requestAnimationFrame(() => document.getElementById(editButtonId(variant.id))?.focus());
  }

  const save = useMutation(
    trpc.product.updateVariant.mutationOptions({
      onSuccess: async (updated, input) => {
        queryClient.setQueryData(trpc.product.get.queryKey({ id: updated.id }), updated);
        const saved = updated.variants.find((v) => v.id === input.id);
        if (saved) close(saved, `Saved ${variantName(saved)}.`);
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
      },
      onError: (error) => {
        const described = describeError(error, serverFields);
        setErrors(described.fields);
        setFormError(described.message);
      },
    }),
  );

  function start(variant: Variant) {
    save.reset();
    setEditing(variant);
    setValues(valuesOf(variant));
    setErrors({});
    setFormError(null);
    setDone(null);
  }

  function set(field: EditField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  }

  function submit() {
    if (!editing || save.isPending) return;
    const { changes, problems } = changesOf(values, editing);
    setErrors(problems);
    setFormError(null);
    if (Object.keys(problems).length) return;
    if (!Object.keys(changes).length) return close(editing, `Nothing to save: ${variantName(editing)} is as it was.`);
    save.mutate({ id: editing.id, ...changes });
  }

  return {
    editingId: editing?.id ?? null,
    values,
    errors,
    formError,
    done,
    dismissDone: () => setDone(null),
    pending: save.isPending,
    start,
    set,
    submit,
    cancel: () => editing && close(editing, null),
  };
}

export type VariantEdit = ReturnType<typeof useVariantEdit>;
