"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { RouterInputs } from "@commerce/api/client";
import { colours } from "@commerce/core/colours";
import { useTRPC } from "@commerce/ui/trpc";
import { readPrice, requiredError, useProductFormErrors, type FieldErrors, type ProductDetails } from "../product-form";

const initial = { name: "", description: "", price: "", currency: "", colour: colours[0], category: "", sku: "", stockQuantity: "", imageUrl: "" };
export type FormState = ProductDetails & { sku: string; stockQuantity: string };

/** The new-product form: its values, checks before sending, and where the server's answers land. */
export function useNewProductForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [typed, setForm] = useState<FormState>(initial);
  // Prices are in the company's currency (its settings); until they load, nothing is sent.
  const settings = useQuery(trpc.company.settings.queryOptions());
  const form = { ...typed, currency: settings.data?.currency ?? "" };
  const { formRef, errors, formError, show, fromServer, clear } = useProductFormErrors();
  const facets = useQuery(trpc.product.facets.queryOptions());

  const add = useMutation(
    trpc.product.add.mutationOptions({
      onSuccess: async (product) => {
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
        router.push(`/products?${new URLSearchParams({ added: product.name, new: product.id }).toString()}`);
      },
      onError: fromServer,
    }),
  );

  function update<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((f) => ({ ...f, [key]: value }));
    clear(key);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending || !form.currency) return;
    const read = readPrice(form.price, form.currency);
    const stock = form.stockQuantity.trim();
    const found: FieldErrors = {
      name: requiredError("name", form.name),
      description: requiredError("description", form.description),
      price: read.error,
      colour: form.colour ? undefined : "Colour is required",
      category: requiredError("category", form.category),
      sku: requiredError("sku", form.sku),
      stockQuantity: !stock ? "Stock quantity is required" : /^\d+$/.test(stock) ? undefined : "Stock quantity must be a whole number of 0 or more",
    };
    const problems = Object.fromEntries(Object.entries(found).filter(([, message]) => message)) as FieldErrors;
    if (Object.keys(problems).length || !read.price) return show(problems);
    show({});
    const input: RouterInputs["product"]["add"] = {
      name: form.name.trim(),
      description: form.description.trim(),
      price: read.price,
      colour: form.colour,
      category: form.category.trim(),
      sku: form.sku.trim(),
      stockQuantity: Number(stock),
      ...(form.imageUrl.trim() ? { imageUrl: form.imageUrl.trim() } : {}),
    };
    add.mutate(input);
  }

  return { form, errors, formError, add, facets, formRef, update, onSubmit };
}
