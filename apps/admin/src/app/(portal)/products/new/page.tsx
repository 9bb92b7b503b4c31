"use client";
import Link from "next/link";
import { colours, colourSwatches } from "@commerce/core/colours";
import { isPlanLimitError } from "@commerce/ui/errors";
import { ErrorBox } from "@commerce/ui/states";
import { PlanLimitNotice } from "~/components/api-errors";
import { button, Card, describedBy, Field, inputClass, PageHeader } from "~/components/ui";
import { currencies, useNewProductForm, type FormState } from "./use-new-product";
import { SubmitButton } from "@commerce/ui/form";

export default function NewProductPage() {
  const { form, errors, formError, add, facets, formRef, update, onSubmit } = useNewProductForm();

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-gray-500">
        <Link href="/products" className="hover:text-gray-900">
          Products
        </Link>{" "}
        / <span className="text-gray-900">New</span>
      </nav>
      <PageHeader title="New product" description="Add a product to the catalogue. It is available to the shop and the POS at once." />

      <form ref={formRef} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-6">
        {formError && (isPlanLimitError(add.error) ? <PlanLimitNotice message={formError} showPlanLink /> : <ErrorBox error={{ message: formError }} />)}

        <Card title="Details">
          <div className="grid gap-5">
            <Field id="product-name" label="Name" error={errors.name}>
              <input
                {...describedBy("product-name", errors.name)}
                name="name"
                value={form.name}
                onChange={(e) => update("name", e.target.value)}
                maxLength={120}
                autoComplete="off"
                className={inputClass}
              />
            </Field>
            <Field id="product-description" label="Description" error={errors.description} hint="At least 10 characters; shown on the product page.">
              <textarea
                {...describedBy("product-description", errors.description, true)}
                name="description"
                rows={4}
                value={form.description}
                onChange={(e) => update("description", e.target.value)}
                maxLength={4000}
                className={inputClass}
              />
            </Field>
            <Field id="product-imageUrl" label="Image URL" error={errors.imageUrl} hint="Optional. Without one, a swatch in the product's colour is used.">
              <input
                {...describedBy("product-imageUrl", errors.imageUrl, true)}
                name="imageUrl"
                type="url"
                value={form.imageUrl}
                onChange={(e) => update("imageUrl", e.target.value)}
                placeholder="https://…"
                className={inputClass}
              />
            </Field>
          </div>
        </Card>

        <Card title="Pricing and stock">
          <div className="grid gap-5 sm:grid-cols-2">
            <Field id="product-price" label="Price" error={errors.price} hint={form.currency === "JPY" ? "Whole yen, e.g. 1999" : "e.g. 19.99"}>
              <input
                {...describedBy("product-price", errors.price, true)}
                name="price"
                inputMode="decimal"
                value={form.price}
                onChange={(e) => update("price", e.target.value)}
                placeholder={form.currency === "JPY" ? "1999" : "19.99"}
                autoComplete="off"
                className={`${inputClass} tabular-nums`}
              />
            </Field>
            <Field id="product-currency" label="Currency">
              <select id="product-currency" name="currency" value={form.currency} onChange={(e) => update("currency", e.target.value)} className={inputClass}>
                {currencies.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="product-stockQuantity" label="Stock quantity" error={errors.stockQuantity}>
              <input
                {...describedBy("product-stockQuantity", errors.stockQuantity)}
                name="stockQuantity"
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                value={form.stockQuantity}
                onChange={(e) => update("stockQuantity", e.target.value)}
                className={`${inputClass} tabular-nums`}
              />
            </Field>
            <Field id="product-sku" label="SKU" error={errors.sku} hint="3–40 letters, digits or hyphens, e.g. TSHIRT-BLU-M">
              <input
                {...describedBy("product-sku", errors.sku, true)}
                name="sku"
                value={form.sku}
                onChange={(e) => update("sku", e.target.value)}
                maxLength={40}
                autoComplete="off"
                className={`${inputClass} font-mono uppercase placeholder:normal-case`}
              />
            </Field>
          </div>
        </Card>

        <Card title="Classification">
          <div className="grid gap-5 sm:grid-cols-2">
            <Field id="product-colour" label="Colour" error={errors.colour}>
              <div className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="h-8 w-8 shrink-0 rounded-md ring-1 ring-black/10"
                  style={{ backgroundColor: colourSwatches[form.colour as keyof typeof colourSwatches] ?? "#fff" }}
                />
                <select
                  {...describedBy("product-colour", errors.colour)}
                  name="colour"
                  value={form.colour}
                  onChange={(e) => update("colour", e.target.value as FormState["colour"])}
                  className={inputClass}
                >
                  {colours.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
            </Field>
            <Field id="product-category" label="Category" error={errors.category} hint="Lowercase words joined by hyphens, e.g. t-shirts">
              <input
                {...describedBy("product-category", errors.category, true)}
                name="category"
                list="product-category-options"
                value={form.category}
                onChange={(e) => update("category", e.target.value)}
                maxLength={60}
                autoComplete="off"
                className={inputClass}
              />
              <datalist id="product-category-options">
                {facets.data?.categories.map((c) => (
                  <option key={c.category} value={c.category} />
                ))}
              </datalist>
            </Field>
          </div>
        </Card>

        <div className="flex items-center gap-3">
          <SubmitButton pending={add.isPending} className={button.primary}>
            Add product
          </SubmitButton>
          <Link href="/products" className={button.secondary}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
