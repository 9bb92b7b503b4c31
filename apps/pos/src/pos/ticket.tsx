"use client";
import { formatMoney } from "@commerce/ui/money";
import { Price } from "@commerce/ui/money";
import { variantName } from "@commerce/core/names";
import { itemCount, lineTotal, maxQuantity, ticketTotal } from "./ticket-state";
import type { TicketLine } from "./types";

export function Ticket({
  lines,
  onIncrement,
  onDecrement,
  onRemove,
  onClear,
  onCharge,
}: {
  lines: TicketLine[];
  /** Each takes the line's variant id. */
  onIncrement: (variantId: string) => void;
  onDecrement: (variantId: string) => void;
  onRemove: (variantId: string) => void;
  onClear: () => void;
  onCharge: () => void;
}) {
  const total = ticketTotal(lines);
  const count = itemCount(lines);
  const overStock = lines.some((l) => l.quantity > l.item.stockQuantity);

  return (
    <section aria-labelledby="ticket-heading" className="flex min-h-0 flex-1 flex-col">
      <header className="flex items-center justify-between gap-3 px-5 pt-5 pb-3">
        <div>
          <h2 id="ticket-heading" className="text-xl font-bold">
            Current sale
          </h2>
          <p className="text-sm text-gray-500">{count === 0 ? "No items" : `${count} ${count === 1 ? "item" : "items"}`}</p>
        </div>
        <button
          type="button"
          onClick={onClear}
          disabled={lines.length === 0}
          className="h-11 rounded-xl border border-gray-300 px-4 text-base font-medium text-gray-700 active:bg-gray-100 disabled:opacity-40"
        >
          Clear sale
        </button>
      </header>

      <div className="min-h-0 flex-1 overflow-y-auto border-y border-gray-200">
        {lines.length === 0 ? (
          <div className="flex h-full flex-col items-center justify-center gap-2 p-8 text-center text-gray-500">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-10 w-10 text-gray-300" fill="none" stroke="currentColor" strokeWidth="1.5">
              <path d="M3 4h2l2.4 11.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6" strokeLinecap="round" strokeLinejoin="round" />
              <circle cx="10" cy="20" r="1" />
              <circle cx="17" cy="20" r="1" />
            </svg>
            <p className="text-base">Tap a product or scan a SKU or barcode to start a sale.</p>
          </div>
        ) : (
          <ul aria-label="Sale lines" className="divide-y divide-gray-100">
            {lines.map((line) => {
              const p = line.item;
              const label = variantName(p.name, p.title);
              const atMax = line.quantity >= maxQuantity(p);
              return (
                <li key={p.variantId} aria-label={label} className="px-5 py-3">
                  <div className="flex items-start justify-between gap-3">
                    <div className="min-w-0">
                      <p className="truncate text-base font-semibold">
                        {p.name}
                        {p.title && <span className="font-normal text-gray-600"> — {p.title}</span>}
                      </p>
                      <p className="text-sm text-gray-500">
                        <Price value={p.price} /> each · <span className="font-mono text-xs">{p.sku}</span>
                      </p>
                    </div>
                    <Price value={lineTotal(line)} className="shrink-0 text-base font-semibold tabular-nums" />
                  </div>
                  <div className="mt-2 flex items-center gap-2">
                    <QtyButton label={`Decrease quantity of ${label}`} onClick={() => onDecrement(p.variantId)} disabled={line.quantity <= 1}>
                      −
                    </QtyButton>
                    <output aria-label={`Quantity of ${label}`} className="w-10 text-center text-lg font-semibold tabular-nums">
                      {line.quantity}
                    </output>
                    <QtyButton label={`Increase quantity of ${label}`} onClick={() => onIncrement(p.variantId)} disabled={atMax}>
                      +
                    </QtyButton>
                    <button
                      type="button"
                      onClick={() => onRemove(p.variantId)}
                      aria-label={`Remove ${label}`}
                      className="ml-auto h-11 rounded-lg px-3 text-sm font-medium text-red-700 active:bg-red-50"
                    >
                      Remove
                    </button>
                  </div>
                  {line.quantity > p.stockQuantity ? (
                    <p className="mt-1 text-sm font-medium text-red-700">{p.stockQuantity === 0 ? "Out of stock" : `Only ${p.stockQuantity} in stock`}</p>
                  ) : atMax && line.quantity === p.stockQuantity ? (
                    <p className="mt-1 text-xs text-gray-500">All {p.stockQuantity} in stock are on this sale</p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <footer className="space-y-3 px-5 pt-3 pb-5">
        {total === "mixed" && (
          <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            A sale is paid in one currency; remove the items priced in another.
          </p>
        )}
        <div className="flex items-baseline justify-between">
          <span className="text-lg font-semibold">Total</span>
          <span className={`font-bold tabular-nums ${total && total !== "mixed" ? "text-3xl" : "text-xl text-gray-300"}`} data-testid="ticket-total">
            {total && total !== "mixed" ? formatMoney(total) : "–"}
          </span>
        </div>
        <button
          type="button"
          onClick={onCharge}
          disabled={!total || total === "mixed" || overStock}
          className="h-16 w-full rounded-2xl bg-emerald-600 text-xl font-bold text-white shadow-sm active:bg-emerald-700 disabled:bg-gray-300 disabled:text-gray-500 disabled:shadow-none"
        >
          {total && total !== "mixed" ? `Charge ${formatMoney(total)}` : "Charge"}
        </button>
      </footer>
    </section>
  );
}

function QtyButton({ label, onClick, disabled, children }: { label: string; onClick: () => void; disabled: boolean; children: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      onClick={onClick}
      disabled={disabled}
      className="flex h-11 w-11 touch-manipulation items-center justify-center rounded-lg border border-gray-300 bg-white text-2xl leading-none font-medium active:bg-gray-100 disabled:opacity-30"
    >
      {children}
    </button>
  );
}
