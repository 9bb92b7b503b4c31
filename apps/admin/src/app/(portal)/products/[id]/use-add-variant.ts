"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { colours } from "@commerce/core/colours";
import { toDecimalString } from "@commerce/core/money";
import { describeError } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";
import { problemsOf, readCount, readPrice, useFocusFirstError } from "../product-form";
import { variantName } from "../product-words";
import type { EditableProduct } from "./use-edit-product";

/** The form's fields: a value per option (option-0, option-1…), then SKU, price and stock. */
type AddField = `option-${number}` | "options" | "sku" | "price" | "stock";

interface AddForm {
  values: string[];
  sku: string;
  price: string;
  stock: string;
}

/** A colour the product does not come in yet (the first of the palette if it has them all). */
const unusedColour = (used: readonly string[]) => colours.find((c) => !used.includes(c)) ?? colours[0];

/** A fresh form: the colours it lacks preselected, the first variant's price, no stock. */
function blank(product: EditableProduct): AddForm {
  return {
    values: product.options.map((o) => (o.colour ? unusedColour(o.values) : "")),
    sku: "",
    price: toDecimalString(product.variants[0]?.price ?? product.price),
    stock: "0",
  };
}

/**
 * The "Add variant" form: a value for each of the product's options (a new value joins its
 * option), the SKU, price and stock. Sent through product.addVariant; refusals land by field.
 */
export function useAddVariant(product: EditableProduct) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { ref: formRef, focusFirstError } = useFocusFirstError<HTMLFormElement>();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<AddForm>(() => blank(product));
  const [errors, setErrors] = useState<Partial<Record<AddField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const serverFields: Record<string, AddField> = {
    sku: "sku",
    price: "price",
    compareAtPrice: "price",
    stockQuantity: "stock",
    options: "options",
    ...Object.fromEntries(product.options.map((o, i) => [`options.${o.name}`, `option-${i}` as const])),
  };

  function show(fields: Partial<Record<AddField, string>>, message: string | null = null) {
    setErrors(fields);
    setFormError(message);
    if (Object.keys(fields).length) focusFirstError();
  }

  const add = useMutation(
    trpc.product.addVariant.mutationOptions({
      onSuccess: async (updated, input) => {
        queryClient.setQueryData(trpc.product.get.queryKey({ id: updated.id }), updated);
        const added = updated.variants.find((v) => v.sku === input.sku.trim().toUpperCase());
        setOpen(false);
        setDone(`Added ${added ? variantName(added) : "the variant"}.`);
        setForm(blank(updated));
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
      },
      onError: (error) => {
        const described = describeError(error, serverFields);
        show(described.fields, described.message);
      },
    }),
  );

  function update(field: AddField, value: string) {
    setForm((f) => {
      if (!field.startsWith("option-")) return { ...f, [field]: value };
      const i = Number(field.slice("option-".length));
      return { ...f, values: f.values.map((v, j) => (j === i ? value : v)) };
    });
    if (errors[field] || errors.options) setErrors(({ [field]: _, options: __, ...rest }) => rest);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const price = readPrice(form.price, product.price.currency);
    const stock = readCount(form.stock);
    const problems = problemsOf<AddField>({
      ...Object.fromEntries(product.options.map((_, i) => [`option-${i}`, form.values[i]?.trim() ? undefined : "is required"])),
      sku: form.sku.trim() ? undefined : "is required",
      price: price.error,
      stock: stock.error,
    });
    if (Object.keys(problems).length || !price.price || stock.count === undefined) return show(problems);
    show({});
    add.mutate({
      productId: product.id,
      options: Object.fromEntries(product.options.map((o, i) => [o.name, form.values[i]!.trim()])),
      sku: form.sku.trim(),
      price: price.price,
      stockQuantity: stock.count,
    });
  }

  return {
    open,
    start: () => {
      setForm(blank(product));
      show({});
      setDone(null);
      setOpen(true);
    },
    close: () => setOpen(false),
    form,
    errors,
    formError,
    done,
    dismissDone: () => setDone(null),
    pending: add.isPending,
    formRef,
    update,
    onSubmit,
  };
}

export type AddVariant = ReturnType<typeof useAddVariant>;
