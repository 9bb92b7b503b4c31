"use client";
import type { ReactNode } from "react";
import { SubmitButton } from "@commerce/ui/form";
import { ActionError, FormErrorBox } from "~/components/api-errors";
import { button, Field, inputClass, SuccessNote } from "~/components/ui";
import type { EditableProduct } from "./use-edit-product";
import type { useProductActions } from "./use-product-actions";

type Actions = ReturnType<typeof useProductActions>;

const triggerId = { archive: "product-archive-button", duplicate: "product-duplicate-button" } as const;

/** Back to the button that opened a step, once it is closed. */
function refocus(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

function Busy() {
  return <span aria-hidden="true" className="h-3.5 w-3.5 motion-safe:animate-spin rounded-full border-2 border-current/30 border-t-current" />;
}

/** The header's buttons: Duplicate, and Archive or (when archived) Restore. An open step hides its own button. */
export function ProductActionButtons({ product, actions }: { product: EditableProduct; actions: Actions }) {
  return (
    <>
      {actions.step !== "duplicate" && (
        <button id={triggerId.duplicate} type="button" className={button.secondary} onClick={actions.startDuplicate} disabled={actions.pending}>
          Duplicate
        </button>
      )}
      {product.archived ? (
        <button
          type="button"
          className={button.primary}
          onClick={actions.restore}
          disabled={actions.pending}
          aria-busy={actions.restoring.isPending || undefined}
        >
          {actions.restoring.isPending && <Busy />}
          Restore
        </button>
      ) : (
        actions.step !== "confirm-archive" && (
          <button id={triggerId.archive} type="button" className={button.danger} onClick={actions.askToArchive} disabled={actions.pending}>
            Archive
          </button>
        )
      )}
    </>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <h2 className="text-sm font-semibold text-gray-900">{title}</h2>
      <div className="mt-2 space-y-3 text-sm text-gray-700">{children}</div>
    </section>
  );
}

/** Under the header: what an action did, or the step it waits on (confirm archiving, the copy's SKU). */
export function ProductActionPanel({ product, actions }: { product: EditableProduct; actions: Actions }) {
  const { step, duplicate } = actions;
  return (
    <div className="mb-6 max-w-3xl space-y-3 empty:hidden">
      {actions.done && <SuccessNote onDismiss={actions.dismissDone}>{actions.done}</SuccessNote>}
      <ActionError error={actions.restoring.error} />

      {step === "confirm-archive" && !product.archived && (
        <Panel title={`Archive ${product.name}?`}>
          <p>It comes off the shop and the till at once. Past orders and reviews keep it, and you can restore it at any time.</p>
          <ActionError error={actions.archiving.error} />
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className={button.danger}
              onClick={actions.archive}
              disabled={actions.pending}
              aria-busy={actions.archiving.isPending || undefined}
              autoFocus
            >
              {actions.archiving.isPending && <Busy />}
              Archive
            </button>
            <button
              type="button"
              className={button.secondary}
              onClick={() => {
                actions.close();
                refocus(triggerId.archive);
              }}
            >
              Keep on sale
            </button>
          </div>
        </Panel>
      )}

      {step === "duplicate" && (
        <Panel title={`Duplicate ${product.name}`}>
          <p>
            The copy gets the saved details, options and prices, no stock, and{" "}
            {product.variants.length > 1 ? "SKUs of its own: the one you give, followed by -1, -2… for its variants." : "an SKU of its own."} You edit it next.
          </p>
          <form onSubmit={duplicate.submit} noValidate className="space-y-3">
            <FormErrorBox errors={duplicate.error} showPlanLink />
            <Field
              id="duplicate-sku"
              label="SKU of the copy"
              error={duplicate.skuError}
              hint="3–40 letters, digits or hyphens, e.g. TSHIRT-BLU-L"
              className="max-w-sm"
            >
              {(aria) => (
                <input
                  {...aria}
                  name="sku"
                  value={duplicate.sku}
                  onChange={(e) => duplicate.setSku(e.target.value)}
                  maxLength={40}
                  autoComplete="off"
                  autoFocus
                  className={`${inputClass} font-mono uppercase placeholder:normal-case`}
                />
              )}
            </Field>
            <div className="flex flex-wrap gap-3">
              <SubmitButton pending={duplicate.pending} className={button.primary}>
                Duplicate
              </SubmitButton>
              <button
                type="button"
                className={button.secondary}
                onClick={() => {
                  actions.close();
                  refocus(triggerId.duplicate);
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        </Panel>
      )}
    </div>
  );
}
