"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { RouterInputs, RouterOutputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";
import { fieldLabels, requiredError, useProductFormErrors, type FieldErrors, type ProductDetails } from "../product-form";

export type EditableProduct = RouterOutputs["product"]["get"];
type Changes = Omit<RouterInputs["product"]["update"], "id">;

/** One product, archived or not, by its id. */
export function useProduct(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.product.get.queryOptions({ id }));
}

/** The form's starting values: the product as saved. */
function valuesOf(p: EditableProduct): ProductDetails {
  const { name, description, category } = p;
  // A drawn tile has no address worth showing: the field is empty until someone gives a photo.
  const imageUrl = p.imageDrawn ? "" : p.imageUrl;
  return { name, description, category, imageUrl };
}

/** What differs from the saved product, ready to send, and what is wrong with the changed fields. */
function changesOf(form: ProductDetails, product: EditableProduct): { changes: Changes; problems: FieldErrors } {
  const saved = valuesOf(product);
  const changes: Changes = {};
  const problems: FieldErrors = {};
  for (const field of ["name", "description", "category"] as const) {
    const value = form[field].trim();
    if (value === saved[field]) continue;
    const missing = requiredError(field, value);
    if (missing) problems[field] = missing;
    else changes[field] = value;
  }
  const imageUrl = form.imageUrl.trim();
  // Emptied: the photo goes and a tile is drawn in its place.
  if (imageUrl !== saved.imageUrl) changes.imageUrl = imageUrl || null;
  return { changes, problems };
}

const list = (fields: string[]) => (fields.length > 1 ? `${fields.slice(0, -1).join(", ")} and ${fields.at(-1)}` : (fields[0] ?? ""));

/**
 * The edit-product form (name, description, category, image; prices and stock are the variants'):
 * the saved product with the person's edits on top. Save sends only the
 * fields that differ; the answer becomes the new saved product.
 */
export function useEditProduct(product: EditableProduct) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [edits, setEdits] = useState<Partial<ProductDetails>>({});
  const [status, setStatus] = useState<{ saved: boolean; text: string } | null>(null);
  const { formRef, errors, formError, show, fromServer, clear } = useProductFormErrors();
  const facets = useQuery(trpc.product.facets.queryOptions());
  const form: ProductDetails = { ...valuesOf(product), ...edits };
  const dirty = Object.keys(changesOf(form, product).changes).length > 0;

  const save = useMutation(
    trpc.product.update.mutationOptions({
      onSuccess: async (updated, input) => {
        queryClient.setQueryData(trpc.product.get.queryKey({ id: updated.id }), updated);
        setEdits({});
        const fields = Object.keys(input).filter((key) => key !== "id");
        setStatus({ saved: true, text: `Saved the ${list(fields.map((f) => fieldLabels[f as keyof typeof fieldLabels].toLowerCase()))}.` });
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
      },
      onError: (error) => fromServer(error),
    }),
  );

  function update(key: keyof ProductDetails, value: string) {
    setEdits((e) => ({ ...e, [key]: value }));
    setStatus(null);
    clear(key);
  }

  function discard() {
    setEdits({});
    setStatus(null);
    show({});
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setStatus(null);
    const { changes, problems } = changesOf(form, product);
    if (Object.keys(problems).length) return show(problems);
    show({});
    if (!Object.keys(changes).length) return setStatus({ saved: false, text: "Nothing to save: no field was changed." });
    save.mutate({ id: product.id, ...changes });
  }

  return { form, errors, formError, status, dirty, save, facets, formRef, update, discard, onSubmit, dismissStatus: () => setStatus(null) };
}
