"use client";
import Link from "next/link";
import { isPlanLimitError } from "@commerce/ui/errors";
import { SubmitButton } from "@commerce/ui/form";
import { ErrorBox } from "@commerce/ui/states";
import { PlanLimitNotice } from "~/components/api-errors";
import { button, Card, Field, inputClass, PageHeader } from "~/components/ui";
import { ClassificationCard, ColourField, CurrencyField, DetailsCard, PriceField } from "../product-fields";
import { TagsField } from "../product-web-fields";
import { OptionsCard } from "./options-card";
import { useNewProductForm } from "./use-new-product";
import { VariantGrid } from "./variant-grid";

export default function NewProductPage() {
  const { form, errors, formError, add, facets, formRef, update, onSubmit, variants, withOptions } = useNewProductForm();

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-gray-500">
        <Link href="/products" className="hover:text-gray-900">
          Products
        </Link>{" "}
        / <span className="text-gray-900">New</span>
      </nav>
      <PageHeader title="New product" description="Add a product to the catalogue. It is available to the shop and the POS at once." />

      <form ref={formRef} onSubmit={onSubmit} noValidate className="max-w-4xl space-y-6">
        {formError && (isPlanLimitError(add.error) ? <PlanLimitNotice message={formError} showPlanLink /> : <ErrorBox error={{ message: formError }} />)}

        <DetailsCard form={form} errors={errors} update={update} imageHint="Optional. Without one, a swatch in the product's colour is used." />

        <Card title="Pricing and stock">
          <div className="grid gap-5 sm:grid-cols-2">
            <PriceField
              value={form.price}
              currency={form.currency}
              error={errors.price}
              onChange={(value) => update("price", value)}
              {...(withOptions ? { hint: "Each variant starts at this price; change it per variant below." } : {})}
            />
            <CurrencyField value={form.currency} />
            <Field
              id="product-stockQuantity"
              label="Stock quantity"
              error={errors.stockQuantity}
              hint={withOptions ? "Each variant starts with this many; change it per variant below." : undefined}
            >
              {(aria) => (
                <input
                  {...aria}
                  name="stockQuantity"
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  value={form.stockQuantity}
                  onChange={(e) => update("stockQuantity", e.target.value)}
                  className={`${inputClass} tabular-nums`}
                />
              )}
            </Field>
            <Field
              id="product-sku"
              label="SKU"
              error={errors.sku}
              hint={withOptions ? "The start of each variant's SKU: TSHIRT gives TSHIRT-M-RED." : "3–40 letters, digits or hyphens, e.g. TSHIRT-BLU-M"}
            >
              {(aria) => (
                <input
                  {...aria}
                  name="sku"
                  value={form.sku}
                  onChange={(e) => update("sku", e.target.value)}
                  maxLength={40}
                  autoComplete="off"
                  className={`${inputClass} font-mono uppercase placeholder:normal-case`}
                />
              )}
            </Field>
          </div>
        </Card>

        <OptionsCard variants={variants} />
        {withOptions && <VariantGrid variants={variants} currency={form.currency} />}

        <ClassificationCard
          form={form}
          errors={errors}
          update={update}
          categories={facets.data?.categories.map((c) => c.category)}
          colour={withOptions ? undefined : <ColourField value={form.colour} error={errors.colour} onChange={(colour) => update("colour", colour)} />}
          tags={<TagsField tags={form.tags} error={errors.tags} onChange={(tags) => update("tags", tags)} />}
        />

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
