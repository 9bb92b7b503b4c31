"use client";
import { useEffect, useRef } from "react";
import { formatDateTime } from "@commerce/ui/dates";
import { Price } from "@commerce/ui/money";
import { variantName } from "@commerce/core/names";
import type { ReceiptData } from "./types";

export function Receipt({ receipt, onNewSale }: { receipt: ReceiptData; onNewSale: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section aria-labelledby="receipt-heading" className="flex min-h-0 flex-1 flex-col print:block">
      <div className="min-h-0 flex-1 overflow-y-auto px-5 pt-5 pb-3 print:overflow-visible print:p-0">
        <div className="mb-4 flex items-center gap-3 rounded-xl bg-emerald-50 p-3 text-emerald-900 print:hidden" role="status">
          <span aria-hidden="true" className="flex h-8 w-8 items-center justify-center rounded-full bg-emerald-600 text-lg font-bold text-white">
            ✓
          </span>
          <span className="font-semibold">Payment approved</span>
        </div>

        <div className="rounded-xl border border-dashed border-gray-300 bg-white p-5 font-mono text-sm print:mx-auto print:max-w-[80mm] print:border-0 print:p-0">
          <h2 id="receipt-heading" ref={headingRef} tabIndex={-1} className="text-center font-sans text-xl font-bold outline-none">
            Receipt
          </h2>
          <p className="mt-1 text-center font-sans text-base font-semibold">Order #{receipt.orderNumber}</p>
          <p className="text-center text-gray-600">
            <time dateTime={receipt.paidAt.toISOString()}>{formatDateTime(receipt.paidAt)}</time>
          </p>

          <ul aria-label="Receipt lines" className="mt-4 space-y-2 border-t border-dashed border-gray-300 pt-3">
            {receipt.lines.map((l) => (
              <li key={l.id}>
                <div className="flex justify-between gap-3">
                  <span className="min-w-0 font-sans">{variantName(l.name, l.variantTitle)}</span>
                  <Price value={l.lineTotal} className="shrink-0 tabular-nums" />
                </div>
                <p className="text-xs text-gray-500">
                  {l.quantity} × <Price value={l.unitPrice} /> · {l.sku}
                </p>
              </li>
            ))}
          </ul>

          <div className="mt-3 flex items-baseline justify-between border-t border-dashed border-gray-300 pt-3 font-sans">
            <span className="text-base font-bold">Total</span>
            <Price value={receipt.total} className="text-2xl font-bold tabular-nums" />
          </div>
          <p className="mt-2 flex justify-between gap-3">
            <span className="text-gray-600">Paid by card</span>
            <span>{receipt.card}</span>
          </p>
          <p className="mt-4 text-center font-sans text-xs text-gray-500">Thank you for shopping with us.</p>
        </div>
      </div>

      <footer className="grid grid-cols-2 gap-3 border-t border-gray-200 px-5 pt-3 pb-5 print:hidden">
        <button
          type="button"
          onClick={() => window.print()}
          className="h-16 rounded-2xl border border-gray-300 bg-white text-lg font-semibold text-gray-800 active:bg-gray-100"
        >
          Print
        </button>
        <button type="button" onClick={onNewSale} className="h-16 rounded-2xl bg-gray-900 text-lg font-bold text-white active:bg-gray-700">
          New sale
        </button>
      </footer>
    </section>
  );
}
