"use client";
import type { ReactNode } from "react";
import { colours, colourSwatches } from "@commerce/core/colours";
import { Card, Field, inputClass } from "~/components/ui";
import type { Colour } from "@commerce/core/colours";
import { type FieldErrors, type ProductDetails, type UpdateDetail } from "./product-form";

// The fields the new-product and edit-product forms share. They show values and errors; the
// forms' hooks decide what is valid and what is sent.

type FieldsProps = { form: ProductDetails; errors: FieldErrors; update: UpdateDetail };

/** Name, description and image; `address` (the edit form's web address) goes under the name. */
export function DetailsCard({
  form,
  errors,
  update,
  nameHint,
  imageHint,
  address,
}: FieldsProps & { nameHint?: ReactNode; imageHint: ReactNode; address?: ReactNode }) {
  return (
    <Card title="Details">
      <div className="grid gap-5">
        <Field id="product-name" label="Name" error={errors.name} hint={nameHint}>
          {(aria) => (
            <input
              {...aria}
              name="name"
              value={form.name}
              onChange={(e) => update("name", e.target.value)}
              maxLength={120}
              autoComplete="off"
              className={inputClass}
            />
          )}
        </Field>
        {address}
        <Field id="product-description" label="Description" error={errors.description} hint="At least 10 characters; shown on the product page.">
          {(aria) => (
            <textarea
              {...aria}
              name="description"
              rows={4}
              value={form.description}
              onChange={(e) => update("description", e.target.value)}
              maxLength={4000}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="product-imageUrl" label="Image URL" error={errors.imageUrl} hint={imageHint}>
          {(aria) => (
            <input
              {...aria}
              name="imageUrl"
              type="url"
              value={form.imageUrl}
              onChange={(e) => update("imageUrl", e.target.value)}
              placeholder="https://…"
              className={inputClass}
            />
          )}
        </Field>
      </div>
    </Card>
  );
}

/** A price as a person types it ("19.99"); the hook turns it into minor units. */
export function PriceField({
  id = "product-price",
  label = "Price",
  value,
  currency,
  error,
  hint,
  onChange,
}: {
  id?: string;
  label?: string;
  value: string;
  currency: string;
  error: string | undefined;
  hint?: ReactNode;
  onChange: (value: string) => void;
}) {
  const whole = currency === "JPY";
  const example = whole ? "Whole yen, e.g. 1999" : "e.g. 19.99";
  return (
    <Field id={id} label={label} error={error} hint={hint ?? example}>
      {(aria) => (
        <input
          {...aria}
          name="price"
          inputMode="decimal"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={whole ? "1999" : "19.99"}
          autoComplete="off"
          className={`${inputClass} tabular-nums`}
        />
      )}
    </Field>
  );
}

/** The currency prices are in: the company's, set in its settings, so not chosen per product. */
export function CurrencyField({ value }: { value: string }) {
  return <ReadOnlyField id="product-currency" label="Currency" value={value} />;
}

/** The colour a product without options comes in, with its swatch. */
export function ColourField({ value, error, onChange }: { value: Colour; error: string | undefined; onChange: (colour: Colour) => void }) {
  return (
    <Field id="product-colour" label="Colour" error={error}>
      {(aria) => (
        <div className="flex items-center gap-2">
          <span aria-hidden="true" className="h-8 w-8 shrink-0 rounded-md ring-1 ring-black/10" style={{ backgroundColor: colourSwatches[value] ?? "#fff" }} />
          <select {...aria} name="colour" value={value} onChange={(e) => onChange(e.target.value as Colour)} className={inputClass}>
            {colours.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      )}
    </Field>
  );
}

/** Category (with the categories already in use to pick from), tags and, for a new simple product, its colour. */
export function ClassificationCard({
  form,
  errors,
  update,
  categories,
  colour,
  tags,
}: FieldsProps & { categories: readonly string[] | undefined; colour?: ReactNode; tags?: ReactNode }) {
  return (
    <Card title="Classification">
      <div className="grid gap-5 sm:grid-cols-2">
        {colour}
        <Field id="product-category" label="Category" error={errors.category} hint="Lowercase words joined by hyphens, e.g. t-shirts">
          {(aria) => (
            <>
              <input
                {...aria}
                name="category"
                list="product-category-options"
                value={form.category}
                onChange={(e) => update("category", e.target.value)}
                maxLength={60}
                autoComplete="off"
                className={inputClass}
              />
              <datalist id="product-category-options">
                {categories?.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        {tags && <div className="sm:col-span-2">{tags}</div>}
      </div>
    </Card>
  );
}

/** A value shown in a form that this form does not change (an SKU, the stock). */
export function ReadOnlyField({ id, label, value, hint, mono = false }: { id: string; label: string; value: string; hint?: ReactNode; mono?: boolean }) {
  return (
    <Field id={id} label={label} hint={hint}>
      {(aria) => <input {...aria} name={id} value={value} readOnly className={`${inputClass} tabular-nums ${mono ? "font-mono" : ""}`} />}
    </Field>
  );
}
