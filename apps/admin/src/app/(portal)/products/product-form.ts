"use client";
import { useRef, useState } from "react";
import type { Colour } from "@commerce/core/colours";
import { parseDecimal, type Money } from "@commerce/core/money";
import { describeError, messageOf } from "@commerce/ui/errors";

// What the new-product and edit-product forms share: their field names and labels, where the
// server's answers land, how a typed price is read, and the errors state around them.

export type ProductFieldName = "name" | "description" | "price" | "colour" | "category" | "sku" | "stockQuantity" | "imageUrl";
export type FieldErrors = Partial<Record<ProductFieldName, string>>;

/** The values the shared fields edit, as typed (the price as a decimal string). */
export interface ProductDetails {
  name: string;
  description: string;
  price: string;
  currency: string;
  colour: Colour;
  category: string;
  imageUrl: string;
}

/** Sets one of the shared fields (a form with more fields passes its own, wider setter). */
export type UpdateDetail = (key: keyof ProductDetails, value: string) => void;

/** Labels in the order the form shows its fields (the first one in error gets the focus). */
export const fieldLabels: Record<ProductFieldName, string> = {
  name: "Name",
  description: "Description",
  imageUrl: "Image URL",
  price: "Price",
  stockQuantity: "Stock quantity",
  sku: "SKU",
  colour: "Colour",
  category: "Category",
};

/** Where the server's zod errors land: nested money errors belong under Price. */
export const serverFieldOf: Record<string, ProductFieldName> = {
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

/** A typed price ("19.99") as minor units of its currency, or what is wrong with it. */
export function readPrice(text: string, currency: string): { price: Money; error?: undefined } | { price?: undefined; error: string } {
  if (!text.trim()) return { error: "Price is required" };
  try {
    const price = parseDecimal(text, currency);
    return price.amount > 0 ? { price } : { error: "Price must be more than zero" };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/** "Name is required" when a text field was left empty. */
export function requiredError(field: ProductFieldName, value: string): string | undefined {
  return value.trim() ? undefined : `${fieldLabels[field]} is required`;
}

/** The field of a form key: the currency's problems show under Price. */
function fieldOfKey(key: string): ProductFieldName | undefined {
  if (key === "currency") return "price";
  return key in fieldLabels ? (key as ProductFieldName) : undefined;
}

/**
 * A product form's errors: per field and for the whole form. `show` puts them up and focuses the
 * first field in error; `fromServer` places what the API refused; `clear` drops a field's error
 * once it is edited.
 */
export function useProductFormErrors() {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  function show(fields: FieldErrors, message: string | null = null) {
    setErrors(fields);
    setFormError(message);
    const first = (Object.keys(fieldLabels) as ProductFieldName[]).find((f) => fields[f]);
    if (first) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`#product-${first}`)?.focus());
  }

  function fromServer(error: unknown) {
    const described = describeError(error, serverFieldOf);
    show(described.fields as FieldErrors, described.message);
  }

  function clear(key: string) {
    const field = fieldOfKey(key);
    if (field && errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  }

  return { formRef, errors, formError, show, fromServer, clear };
}
