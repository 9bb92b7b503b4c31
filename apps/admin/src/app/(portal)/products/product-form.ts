"use client";
import { useEffect, useRef, useState } from "react";
import { parseDecimal, type Money } from "@commerce/core/money";
import { describeError, messageOf } from "@commerce/ui/errors";

// What the product forms share: their field names and labels, where the server's answers land,
// how a typed price or quantity is read, and the errors state around them.

export type ProductFieldName =
  "name" | "description" | "price" | "colour" | "category" | "sku" | "stockQuantity" | "imageUrl" | "slug" | "tags" | "seoTitle" | "seoDescription";
export type FieldErrors = Partial<Record<ProductFieldName, string>>;

/** The product's own values, as typed; prices, SKUs and stock are its variants'. */
export interface ProductDetails {
  name: string;
  description: string;
  category: string;
  imageUrl: string;
}

/** Sets one of the shared fields (a form with more fields passes its own, wider setter). */
export type UpdateDetail = (key: keyof ProductDetails, value: string) => void;

/** Labels in the order the form shows its fields. */
export const fieldLabels: Record<ProductFieldName, string> = {
  name: "Name",
  description: "Description",
  imageUrl: "Image URL",
  slug: "Web address",
  price: "Price",
  stockQuantity: "Stock quantity",
  sku: "SKU",
  colour: "Colour",
  category: "Category",
  tags: "Tags",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
};

/** Where the server's zod errors land: nested money errors belong under Price. */
export const serverFieldOf: Record<string, ProductFieldName> = {
  name: "name",
  slug: "name",
  description: "description",
  price: "price",
  colour: "colour",
  category: "category",
  sku: "sku",
  stockQuantity: "stockQuantity",
  imageUrl: "imageUrl",
  tags: "tags",
  seoTitle: "seoTitle",
  seoDescription: "seoDescription",
};

export const MAX_TAGS = 20;
/** Lowercase letters and digits in words joined by single hyphens: tags and web addresses. */
const hyphenWords = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Tags typed ("Rain Ready", "summer") added to the list: lowercase, spaces as hyphens, each once, at most 20. */
export function withTags(tags: string[], typed: string[]): string[] {
  const next = [...tags];
  for (const tag of typed
    .map((t) =>
      t
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, "-"),
    )
    .filter(Boolean))
    if (next.length < MAX_TAGS && !next.includes(tag)) next.push(tag);
  return next;
}

/** What is wrong with a list of tags, if anything (the server's rules, said before sending). */
export function tagsError(tags: string[]): string | undefined {
  const wrong = tags.find((t) => !hyphenWords.test(t));
  if (wrong) return `Tags: “${wrong}” is not lowercase words joined by hyphens, e.g. summer or rain-ready`;
  const long = tags.find((t) => t.length > 30);
  if (long) return `Tags: “${long}” is longer than 30 characters`;
  return tags.length > MAX_TAGS ? `At most ${MAX_TAGS} tags` : undefined;
}

/** What is wrong with a typed web address (slug), if anything. */
export function slugError(slug: string): string | undefined {
  if (!slug) return "Web address is required";
  if (slug.length > 140) return "Web address must be at most 140 characters";
  return hyphenWords.test(slug) ? undefined : "Web address: use lowercase letters, digits and single hyphens only, e.g. crew-tee";
}

export const SEO_TITLE_MAX = 70;
export const SEO_DESCRIPTION_MAX = 160;

/** The search snippet used when none is set: the description's start, as the server cuts it. */
export function automaticSeoDescription(description: string, max = 155): string {
  const flat = description.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

/** A product's page on the storefront: <web address>/<company>/products/<slug>. */
export function storefrontProductUrl(webUrl: string, company: string | undefined, slug: string): string {
  return `${webUrl.replace(/\/+$/, "")}/${company ?? "<company>"}/products/${slug}`;
}

/** A typed price ("19.99") as minor units of its currency, or what is wrong with it. */
export function readPrice(text: string, currency: string, label = "Price"): { price: Money; error?: undefined } | { price?: undefined; error: string } {
  if (!text.trim()) return { error: `${label} is required` };
  try {
    const price = parseDecimal(text, currency);
    return price.amount > 0 ? { price } : { error: `${label} must be more than zero` };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/** A typed count of units ("12"), or what keeps it from being one. */
export function readCount(text: string): { count: number; error?: undefined } | { count?: undefined; error: string } {
  const typed = text.trim();
  if (!typed) return { error: "is required" };
  return /^\d+$/.test(typed) ? { count: Number(typed) } : { error: "must be a whole number of 0 or more" };
}

/** "Name is required" when a text field was left empty. */
export function requiredError(field: ProductFieldName, value: string): string | undefined {
  return value.trim() ? undefined : `${fieldLabels[field]} is required`;
}

/** A message the server prefixed with its field ("compareAtPrice: must be…"), without the prefix. */
export const withoutPath = (message: string) => message.replace(/^[\w.]+: /, "");

/** Messages keyed by field, without the empty ones. */
export function problemsOf<K extends string>(found: Partial<Record<K, string | undefined>>): Partial<Record<K, string>> {
  return Object.fromEntries(Object.entries(found).filter(([, message]) => message)) as Partial<Record<K, string>>;
}

/** The field of a form key: the currency's problems show under Price. */
function fieldOfKey(key: string): ProductFieldName | undefined {
  if (key === "currency") return "price";
  return key in fieldLabels ? (key as ProductFieldName) : undefined;
}

/**
 * Moves the focus to the first control marked invalid inside `ref` (in page order), once the
 * errors asked for are on screen: call `focusFirstError` when putting them up.
 */
export function useFocusFirstError<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request]);
  return { ref, focusFirstError: () => setRequest((n) => n + 1) };
}

/**
 * A product form's errors: per field and for the whole form. `show` puts them up and focuses the
 * first control in error (`focusFirstError` does that alone, for errors kept elsewhere);
 * `fromServer` places what the API refused and hands back what is not a product field;
 * `clear` drops a field's error once it is edited.
 */
export function useProductFormErrors() {
  const { ref: formRef, focusFirstError } = useFocusFirstError<HTMLFormElement>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  function show(fields: FieldErrors, message: string | null = null) {
    setErrors(fields);
    setFormError(message);
    if (Object.keys(fields).length) focusFirstError();
  }

  /** `more` maps further server paths (variants.2.sku) to keys of the caller's; their messages are returned. */
  function fromServer(error: unknown, more: Record<string, string> = {}): Record<string, string> {
    const described = describeError(error, { ...serverFieldOf, ...more });
    const own: FieldErrors = {};
    const rest: Record<string, string> = {};
    for (const [field, message] of Object.entries(described.fields)) {
      if (field in fieldLabels) own[field as ProductFieldName] = message;
      else rest[field] = message;
    }
    show(own, described.message);
    if (Object.keys(rest).length) focusFirstError();
    return rest;
  }

  function clear(key: string) {
    const field = fieldOfKey(key);
    if (field && errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  }

  return { formRef, errors, formError, show, fromServer, clear, focusFirstError };
}
