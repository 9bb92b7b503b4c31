"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import type { RouterInputs } from "@commerce/api/client";
import { colours, type Colour } from "@commerce/core/colours";
import { useTRPC } from "@commerce/ui/trpc";
import { problemsOf, readCount, readPrice, requiredError, tagsError, useProductFormErrors, type FieldErrors, type ProductDetails } from "../product-form";
import { useVariantOptions } from "./use-variant-options";

export type FormState = ProductDetails & { price: string; currency: string; colour: Colour; sku: string; stockQuantity: string; tags: string[] };
const initial: FormState = {
  name: "",
  description: "",
  price: "",
  currency: "",
  colour: colours[0],
  category: "",
  sku: "",
  stockQuantity: "",
  imageUrl: "",
  tags: [],
};

/**
 * The new-product form: its values, checks before sending, and where the server's answers land.
 * Without options it sends one variant's fields flat (SKU, price, stock, colour); with options,
 * the options and the variants of the grid, SKU, price and stock being where each starts.
 */
export function useNewProductForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [typed, setForm] = useState<FormState>(initial);
  // Prices are in the company's currency (its settings); until they load, nothing is sent.
  const settings = useQuery(trpc.company.settings.queryOptions());
  const form = { ...typed, currency: settings.data?.currency ?? "" };
  const { formRef, errors, formError, show, fromServer, clear, focusFirstError } = useProductFormErrors();
  const facets = useQuery(trpc.product.facets.queryOptions());
  const variants = useVariantOptions({ sku: form.sku, price: form.price, stock: form.stockQuantity });
  const withOptions = variants.options.length > 0;
  // Where the server's paths (variants.2.sku) land, for what was last sent.
  const sentPaths = useRef<Record<string, string>>({});

  const add = useMutation(
    trpc.product.add.mutationOptions({
      onSuccess: async (product) => {
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
        router.push(`/products?${new URLSearchParams({ added: product.name, new: product.id }).toString()}`);
      },
      onError: (error) => variants.setErrors(fromServer(error, sentPaths.current)),
    }),
  );

  function update<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((f) => ({ ...f, [key]: value }));
    clear(key);
  }

  /** Name, description, category, image and tags: the same in both shapes. */
  function product(): { found: FieldErrors; fields: Pick<RouterInputs["product"]["add"], "name" | "description" | "category" | "imageUrl" | "tags"> } {
    return {
      found: {
        name: requiredError("name", form.name),
        description: requiredError("description", form.description),
        category: requiredError("category", form.category),
        tags: tagsError(form.tags),
      },
      fields: {
        name: form.name.trim(),
        description: form.description.trim(),
        category: form.category.trim(),
        ...(form.imageUrl.trim() ? { imageUrl: form.imageUrl.trim() } : {}),
        ...(form.tags.length ? { tags: form.tags } : {}),
      },
    };
  }

  function submitSimple() {
    const { found, fields } = product();
    const read = readPrice(form.price, form.currency);
    const stock = readCount(form.stockQuantity);
    const problems = problemsOf<keyof FieldErrors>({
      ...found,
      price: read.error,
      colour: form.colour ? undefined : "Colour is required",
      sku: requiredError("sku", form.sku),
      stockQuantity: stock.error && `Stock quantity ${stock.error}`,
    });
    if (Object.keys(problems).length || !read.price || stock.count === undefined) return show(problems);
    show({});
    sentPaths.current = {};
    add.mutate({ ...fields, price: read.price, colour: form.colour, sku: form.sku.trim(), stockQuantity: stock.count });
  }

  function submitWithOptions() {
    const { found, fields } = product();
    const problems = problemsOf<keyof FieldErrors>(found);
    const built = variants.build(form.currency);
    show(problems);
    if (!built || Object.keys(problems).length) return focusFirstError();
    sentPaths.current = built.paths;
    add.mutate({ ...fields, ...built.input });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending || !form.currency) return;
    if (withOptions) submitWithOptions();
    else submitSimple();
  }

  return { form, errors, formError, add, facets, formRef, update, onSubmit, variants, withOptions };
}
