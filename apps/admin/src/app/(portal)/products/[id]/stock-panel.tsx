"use client";
import { SubmitButton } from "@commerce/ui/form";
import { ErrorBox } from "@commerce/ui/states";
import { button, Card, Field, inputClass, SuccessNote } from "~/components/ui";
import { variantName } from "../product-words";
import { StockHistory } from "./stock-history";
import type { EditableProduct } from "./use-edit-product";
import { noteLabel, reasonWords, stockReasons, type StockReason } from "./stock-words";
import { useAdjustStock, type StockMode } from "./use-stock";

const modes: { value: StockMode; label: string; field: string; hint: string }[] = [
  { value: "change", label: "Change by", field: "Number of units", hint: "A whole number: 5 adds five, -2 takes two away." },
  { value: "counted", label: "Counted", field: "Units found", hint: "The quantity found on the shelf; the difference is recorded." },
];

/** The product's stock, a variant at a time: how many there are, the "Adjust stock" form, and the history of changes. */
export function StockPanel({ product }: { product: EditableProduct }) {
  const adjusting = useAdjustStock(product);
  const several = product.variants.length > 1;
  const chosen = adjusting.variant;
  return (
    <Card title="Stock" className="mt-6 max-w-3xl">
      <div className="space-y-6">
        <p className="text-sm text-gray-700">
          {several && chosen ? `${variantName(chosen)} in stock: ` : "In stock: "}
          <span className="text-lg font-semibold text-gray-900 tabular-nums">{(chosen?.stockQuantity ?? product.stockQuantity).toLocaleString("en-GB")}</span>
          {several && <span className="ml-2 text-gray-600">({product.stockQuantity.toLocaleString("en-GB")} across all variants)</span>}
          <span className="ml-2 text-gray-500">Sales and cancellations change it on their own.</span>
        </p>
        <AdjustStockForm product={product} adjusting={adjusting} />
        <StockHistory productId={product.id} showVariant={several} />
      </div>
    </Card>
  );
}

function AdjustStockForm({ product, adjusting }: { product: EditableProduct; adjusting: ReturnType<typeof useAdjustStock> }) {
  const { form, errors, formError, done, dismissDone, pending, formRef, update, setMode, onSubmit } = adjusting;
  const mode = modes.find((m) => m.value === form.mode)!;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="adjust-stock-title" className="space-y-4">
      <h3 id="adjust-stock-title" className="text-sm font-semibold text-gray-900">
        Adjust stock
      </h3>
      {formError && <ErrorBox error={{ message: formError }} />}

      {product.variants.length > 1 && (
        <Field id="stock-variant" label="Variant" error={errors.variant} className="max-w-sm">
          {(aria) => (
            <select
              {...aria}
              name="variantId"
              value={adjusting.variant?.id ?? ""}
              onChange={(e) => adjusting.chooseVariant(e.target.value)}
              className={inputClass}
            >
              {product.variants.map((v) => (
                <option key={v.id} value={v.id}>
                  {variantName(v)} · {v.sku} · {v.stockQuantity.toLocaleString("en-GB")} in stock
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <fieldset>
        <legend className="mb-1 text-sm font-medium text-gray-800">Adjust by</legend>
        <div className="flex flex-wrap gap-4">
          {modes.map((m) => (
            <label key={m.value} className="flex items-center gap-2 text-sm text-gray-800">
              <input type="radio" name="mode" value={m.value} checked={form.mode === m.value} onChange={() => setMode(m.value)} />
              {m.label}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="stock-quantity" label={mode.field} error={errors.quantity} hint={mode.hint}>
          {(aria) => (
            <input
              {...aria}
              name={form.mode === "change" ? "change" : "countedQuantity"}
              value={form.quantity}
              onChange={(e) => update("quantity", e.target.value)}
              inputMode={form.mode === "counted" ? "numeric" : "text"}
              autoComplete="off"
              className={`${inputClass} tabular-nums`}
            />
          )}
        </Field>
        <Field id="stock-reason" label="Reason" error={errors.reason}>
          {(aria) => (
            <select {...aria} name="reason" value={form.reason} onChange={(e) => update("reason", e.target.value as StockReason)} className={inputClass}>
              {stockReasons.map((r) => (
                <option key={r} value={r}>
                  {reasonWords[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <Field
        id="stock-note"
        label={noteLabel(form.reason)}
        error={errors.note}
        hint={form.reason === "CORRECTION" ? "Say what is being corrected." : undefined}
      >
        {(aria) => (
          <textarea {...aria} name="note" value={form.note} onChange={(e) => update("note", e.target.value)} maxLength={500} rows={2} className={inputClass} />
        )}
      </Field>

      {done && <SuccessNote onDismiss={dismissDone}>{done}</SuccessNote>}
      <SubmitButton pending={pending} className={button.primary} working="Saving…">
        Save adjustment
      </SubmitButton>
    </form>
  );
}
