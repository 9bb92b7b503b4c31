"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { RouterInputs, RouterOutputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";
import { useMe } from "~/components/session";
import {
  automaticSeoDescription,
  fieldLabels,
  requiredError,
  slugError,
  storefrontProductUrl,
  tagsError,
  useProductFormErrors,
  type FieldErrors,
  type ProductDetails,
} from "../product-form";

export type EditableProduct = RouterOutputs["product"]["get"];
type Changes = Omit<RouterInputs["product"]["update"], "id">;
/** The edit form's values: the shared details, the web address, tags and search engine texts. */
export type EditDetails = ProductDetails & { slug: string; tags: string[]; seoTitle: string; seoDescription: string };

/** One product, archived or not, by its id. */
export function useProduct(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.product.get.queryOptions({ id }));
}

/** The form's starting values: the product as saved. */
function valuesOf(p: EditableProduct): EditDetails {
  const { name, description, category, slug, tags } = p;
  // A drawn tile has no address worth showing: the field is empty until someone gives a photo.
  const imageUrl = p.imageDrawn ? "" : p.imageUrl;
  // The view gives what search engines show; a text equal to the automatic one is taken as not set.
  const seoTitle = p.seo.custom && p.seo.title !== name ? p.seo.title : "";
  const seoDescription = p.seo.custom && p.seo.description !== automaticSeoDescription(description) ? p.seo.description : "";
  return { name, description, category, imageUrl, slug, tags, seoTitle, seoDescription };
}

/** What differs from the saved product, ready to send, and what is wrong with the changed fields. */
function changesOf(form: EditDetails, product: EditableProduct): { changes: Changes; problems: FieldErrors } {
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
  const slug = form.slug.trim();
  if (slug !== saved.slug) {
    const wrong = slugError(slug);
    if (wrong) problems.slug = wrong;
    else changes.slug = slug;
  }
  if (form.tags.join(",") !== saved.tags.join(",")) {
    const wrong = tagsError(form.tags);
    if (wrong) problems.tags = wrong;
    else changes.tags = form.tags;
  }
  // Emptied: back to the name and the description's start.
  for (const field of ["seoTitle", "seoDescription"] as const) {
    const value = form[field].trim();
    if (value !== saved[field]) changes[field] = value || null;
  }
  return { changes, problems };
}

/** "Web address" → "web address"; "SEO title" keeps its capitals. */
const lower = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);
const list = (fields: string[]) => (fields.length > 1 ? `${fields.slice(0, -1).join(", ")} and ${fields.at(-1)}` : (fields[0] ?? ""));

/**
 * The edit-product form (name, description, category, image, web address, tags and search
 * engine texts; prices and stock are the variants'):
 * the saved product with the person's edits on top. Save sends only the
 * fields that differ; the answer becomes the new saved product.
 */
export function useEditProduct(product: EditableProduct, webUrl: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [edits, setEdits] = useState<Partial<EditDetails>>({});
  const [status, setStatus] = useState<{ saved: boolean; text: string } | null>(null);
  const { formRef, errors, formError, show, fromServer, clear } = useProductFormErrors();
  const facets = useQuery(trpc.product.facets.queryOptions());
  const me = useMe();
  const form: EditDetails = { ...valuesOf(product), ...edits };
  // The address as typed (the saved one while it is empty), on the storefront.
  const url = storefrontProductUrl(webUrl, me.data?.company?.slug, form.slug.trim() || product.slug);
  const pending = changesOf(form, product);
  const dirty = Object.keys(pending.changes).length + Object.keys(pending.problems).length > 0;

  const save = useMutation(
    trpc.product.update.mutationOptions({
      onSuccess: async (updated, input) => {
        queryClient.setQueryData(trpc.product.get.queryKey({ id: updated.id }), updated);
        setEdits({});
        const fields = Object.keys(input).filter((key) => key !== "id");
        setStatus({ saved: true, text: `Saved the ${list(fields.map((f) => lower(fieldLabels[f as keyof typeof fieldLabels])))}.` });
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
      },
      // Here the web address is a field of its own (adding a product, a taken one is the name's).
      onError: (error) => fromServer(error, { slug: "slug" }),
    }),
  );

  function update<K extends keyof EditDetails>(key: K, value: EditDetails[K]) {
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

  return { form, errors, formError, status, dirty, save, facets, url, formRef, update, discard, onSubmit, dismissStatus: () => setStatus(null) };
}
