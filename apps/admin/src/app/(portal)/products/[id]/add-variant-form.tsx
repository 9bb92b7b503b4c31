"use client";
import { colours } from "@commerce/core/colours";
import { SubmitButton } from "@commerce/ui/form";
import { ErrorBox } from "@commerce/ui/states";
import { button, Field, inputClass } from "~/components/ui";
import { PriceField } from "../product-fields";
import type { AddVariant } from "./use-add-variant";
import type { EditableProduct } from "./use-edit-product";

/** Another variant: a value for each option (picked or new), its SKU, price and stock. */
export function AddVariantForm({ product, adding, onClose }: { product: EditableProduct; adding: AddVariant; onClose: () => void }) {
  const { form, errors } = adding;
  return (
    <form
      ref={adding.formRef}
      onSubmit={adding.onSubmit}
      noValidate
      aria-labelledby="add-variant-title"
      className="space-y-4 rounded-md bg-gray-50 p-4 ring-1 ring-gray-200"
    >
      <h3 id="add-variant-title" className="text-sm font-semibold text-gray-900">
        Add variant
      </h3>
      {adding.formError && <ErrorBox error={{ message: adding.formError }} />}
      {errors.options && (
        <p role="alert" className="text-sm text-red-700">
          {errors.options}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {product.options.map((option, i) => (
          <Field
            key={option.name}
            id={`new-variant-option-${i}`}
            label={option.name}
            error={errors[`option-${i}`]}
            hint={option.colour ? undefined : `Pick one or type a new ${option.name.toLowerCase()}.`}
          >
            {(aria) =>
              option.colour ? (
                <select
                  {...aria}
                  value={form.values[i] ?? ""}
                  onChange={(e) => adding.update(`option-${i}`, e.target.value)}
                  autoFocus={i === 0}
                  className={inputClass}
                >
                  {colours.map((c) => (
                    <option key={c} value={c}>
                      {c}
                      {option.values.includes(c) ? "" : " (new)"}
                    </option>
                  ))}
                </select>
              ) : (
                <>
                  <input
                    {...aria}
                    list={`new-variant-option-${i}-values`}
                    value={form.values[i] ?? ""}
                    onChange={(e) => adding.update(`option-${i}`, e.target.value)}
                    maxLength={40}
                    autoComplete="off"
                    autoFocus={i === 0}
                    className={inputClass}
                  />
                  <datalist id={`new-variant-option-${i}-values`}>
                    {option.values.map((value) => (
                      <option key={value} value={value} />
                    ))}
                  </datalist>
                </>
              )
            }
          </Field>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="new-variant-sku" label="SKU" error={errors.sku} hint="3–40 letters, digits or hyphens">
          {(aria) => (
            <input
              {...aria}
              value={form.sku}
              onChange={(e) => adding.update("sku", e.target.value)}
              maxLength={40}
              autoComplete="off"
              className={`${inputClass} font-mono uppercase`}
            />
          )}
        </Field>
        <PriceField
          id="new-variant-price"
          value={form.price}
          currency={product.price.currency}
          error={errors.price}
          onChange={(value) => adding.update("price", value)}
        />
        <Field id="new-variant-stock" label="Stock quantity" error={errors.stock}>
          {(aria) => (
            <input
              {...aria}
              inputMode="numeric"
              value={form.stock}
              onChange={(e) => adding.update("stock", e.target.value)}
              autoComplete="off"
              className={`${inputClass} tabular-nums`}
            />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={adding.pending} className={button.primary}>
          Add variant
        </SubmitButton>
        <button type="button" className={button.secondary} onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
