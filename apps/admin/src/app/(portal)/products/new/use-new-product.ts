"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import type { RouterInputs } from "@commerce/api/client";
import { colours } from "@commerce/core/colours";
import { parseDecimal, type Money } from "@commerce/core/money";
import { describeError, messageOf } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";

export const currencies = ["EUR", "USD", "GBP", "JPY"] as const;

type FieldName = "name" | "description" | "price" | "colour" | "category" | "sku" | "stockQuantity" | "imageUrl";
type Errors = Partial<Record<FieldName, string>>;

const labels: Record<FieldName, string> = {
  name: "Name",
  description: "Description",
  price: "Price",
  colour: "Colour",
  category: "Category",
  sku: "SKU",
  stockQuantity: "Stock quantity",
  imageUrl: "Image URL",
};

/** Where the server's zod errors land: nested money errors belong under Price. */
const serverFieldOf: Record<string, FieldName> = {
  name: "name",
  slug: "name",
  description: "description",
  price: "price",
  "price.amount": "price",
  "price.currency": "price",
  colour: "colour",
  category: "category",
  sku: "sku",
  stockQuantity: "stockQuantity",
  imageUrl: "imageUrl",
};

const initial = { name: "", description: "", price: "", currency: "EUR", colour: colours[0], category: "", sku: "", stockQuantity: "", imageUrl: "" };
export type FormState = typeof initial;

/** The new-product form: its values, checks before sending, and where the server's answers land. */
export function useNewProductForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<FormState>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const facets = useQuery(trpc.product.facets.queryOptions());

  const add = useMutation(
    trpc.product.add.mutationOptions({
      onSuccess: async (product) => {
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
        router.push(`/products?${new URLSearchParams({ added: product.name, new: product.id }).toString()}`);
      },
      onError: (error) => {
        const described = describeError(error, serverFieldOf);
        setErrors(described.fields);
        setFormError(described.message);
        focusFirstError(Object.keys(described.fields) as FieldName[]);
      },
    }),
  );

  function focusFirstError(fields: FieldName[]) {
    const first = (Object.keys(labels) as FieldName[]).find((f) => fields.includes(f));
    if (first) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`#product-${first}`)?.focus());
  }

  function update<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((f) => ({ ...f, [key]: value }));
    const field: FieldName | undefined = key === "currency" ? "price" : key in labels ? (key as FieldName) : undefined;
    if (field && errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const found: Errors = {};
    const required = (key: "name" | "description" | "category" | "sku") => {
      if (!form[key].trim()) found[key] = `${labels[key]} is required`;
    };
    required("name");
    required("description");

    let price: Money | undefined;
    if (!form.price.trim()) found.price = "Price is required";
    else {
      try {
        price = parseDecimal(form.price, form.currency);
        if (price.amount <= 0) found.price = "Price must be more than zero";
      } catch (error) {
        found.price = messageOf(error);
      }
    }
    if (!form.colour) found.colour = "Colour is required";
    required("category");
    required("sku");
    const stock = form.stockQuantity.trim();
    if (!stock) found.stockQuantity = "Stock quantity is required";
    else if (!/^\d+$/.test(stock)) found.stockQuantity = "Stock quantity must be a whole number of 0 or more";

    setErrors(found);
    const fields = Object.keys(found) as FieldName[];
    if (fields.length || !price) {
      setFormError(null);
      focusFirstError(fields);
      return;
    }
    setFormError(null);
    const input: RouterInputs["product"]["add"] = {
      name: form.name.trim(),
      description: form.description.trim(),
      price,
      colour: form.colour as RouterInputs["product"]["add"]["colour"],
      category: form.category.trim(),
      sku: form.sku.trim(),
      stockQuantity: Number(stock),
      ...(form.imageUrl.trim() ? { imageUrl: form.imageUrl.trim() } : {}),
    };
    add.mutate(input);
  }

  return { form, errors, formError, add, facets, formRef, update, onSubmit };
}
