"use client";
import { useEffect, useId, useRef } from "react";
import { Price } from "@commerce/ui/money";
import type { Product, Variant } from "./types";

/**
 * Which variant of a tapped product goes on the ticket: a modal dialog (Escape, Cancel or a tap
 * outside closes it) listing each variant's title, SKU, price and stock. A sold-out variant, or
 * one whose stock is all on the sale, cannot be picked.
 */
export function VariantChooser({
  product,
  inTicket,
  onPick,
  onClose,
}: {
  product: Product;
  /** Quantity of each variant on the ticket, by variant id. */
  inTicket: ReadonlyMap<string, number>;
  onPick: (variant: Variant) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const hintId = useId();

  // Open as a modal (the rest of the till inert, focus inside); focus goes back to the tile after.
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      aria-describedby={hintId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      className="m-auto max-h-[85dvh] w-[min(40rem,calc(100vw-2rem))] rounded-2xl bg-white p-0 shadow-2xl backdrop:bg-gray-900/50"
    >
      <div className="flex max-h-[85dvh] flex-col">
        <header className="border-b border-gray-200 px-5 pt-5 pb-3">
          <h2 id={headingId} className="text-xl font-bold">
            {product.name}
          </h2>
          <p id={hintId} className="text-sm text-gray-500">
            Choose the variant to add to the sale.
          </p>
        </header>
        <ul aria-label="Variants" className="grid min-h-0 grid-cols-2 gap-3 overflow-y-auto p-5">
          {product.variants.map((v) => (
            <li key={v.id}>
              <VariantButton variant={v} onSale={inTicket.get(v.id) ?? 0} onPick={() => onPick(v)} />
            </li>
          ))}
        </ul>
        <footer className="border-t border-gray-200 px-5 pt-3 pb-5">
          <button
            type="button"
            onClick={onClose}
            className="h-12 w-full rounded-xl border border-gray-300 bg-white text-base font-medium text-gray-700 active:bg-gray-100"
          >
            Cancel
          </button>
        </footer>
      </div>
    </dialog>
  );
}

function VariantButton({ variant: v, onSale, onPick }: { variant: Variant; onSale: number; onPick: () => void }) {
  const outOfStock = v.stockQuantity <= 0;
  const allTaken = !outOfStock && onSale >= v.stockQuantity;
  return (
    <button
      type="button"
      onClick={onPick}
      disabled={outOfStock || allTaken}
      className="flex h-full min-h-24 w-full touch-manipulation flex-col rounded-xl border border-gray-200 bg-white p-3 text-left shadow-sm select-none enabled:hover:border-gray-400 enabled:active:bg-gray-50 disabled:cursor-not-allowed disabled:bg-gray-100 disabled:shadow-none"
    >
      <span className={`text-base font-semibold ${outOfStock ? "text-gray-500" : "text-gray-900"}`}>{v.title || v.sku}</span>
      <span className="font-mono text-xs text-gray-500">{v.sku}</span>
      <span className="mt-auto flex items-end justify-between gap-2 pt-2">
        <Price value={v.price} className={`text-lg font-bold tabular-nums ${outOfStock ? "text-gray-500" : "text-gray-900"}`} />
        <span
          className={`rounded-md px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${
            outOfStock ? "bg-red-100 text-red-800" : v.stockQuantity <= 5 ? "bg-amber-100 text-amber-900" : "bg-gray-100 text-gray-700"
          }`}
        >
          {outOfStock ? "Out of stock" : allTaken ? `All ${v.stockQuantity} on the sale` : `${v.stockQuantity} in stock`}
        </span>
      </span>
      {onSale > 0 && !allTaken && <span className="mt-1 text-xs font-medium text-emerald-700">{onSale} on the sale</span>}
    </button>
  );
}
