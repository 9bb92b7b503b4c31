"use client";
import type { ReactNode } from "react";
import { PaymentPanel } from "./payment-panel";
import { ProductBrowser } from "./product-browser";
import { Receipt } from "./receipt";
import { Ticket } from "./ticket";
import { useSale, type SaleState } from "./use-sale";

export type { SaleState } from "./use-sale";

/** The till: products on the left; the ticket, then its payment, then the receipt on the right. The sale's logic is in useSale. */
export function PosScreen({ header }: { header?: (sale: SaleState) => ReactNode } = {}) {
  const sale = useSale();
  const { ticket, phase, alert } = sale;
  const locked = phase !== "ticket";

  return (
    <div className="flex h-dvh flex-col overflow-hidden bg-gray-100 print:block print:h-auto print:overflow-visible print:bg-white">
      {header?.(sale.sale)}
      <div className="flex min-h-0 flex-1 print:block">
        <main aria-label="Products" inert={locked} className={`flex min-w-0 flex-1 flex-col transition-opacity print:hidden ${locked ? "opacity-50" : ""}`}>
          <ProductBrowser key={sale.saleSerial} active={!locked} inTicket={ticket.inTicket} perProduct={ticket.perProduct} onAdd={ticket.add} />
        </main>

        <aside
          aria-label="Till"
          className="flex w-[420px] shrink-0 flex-col border-l border-gray-200 bg-white shadow-xl print:w-auto print:border-0 print:shadow-none"
        >
          {phase === "ticket" && (
            <>
              {alert && (
                <div role="alert" className="mx-5 mt-4 rounded-xl border border-red-300 bg-red-50 p-3 text-sm text-red-900">
                  {alert}
                </div>
              )}
              <Ticket
                lines={ticket.lines}
                onIncrement={(variantId) => ticket.edit({ type: "increment", variantId })}
                onDecrement={(variantId) => ticket.edit({ type: "decrement", variantId })}
                onRemove={(variantId) => ticket.edit({ type: "remove", variantId })}
                onClear={sale.resetSale}
                onCharge={sale.startPayment}
              />
            </>
          )}
          {phase === "payment" && ticket.total && ticket.total !== "mixed" && (
            <PaymentPanel
              lines={ticket.lines}
              displayTotal={ticket.total}
              order={sale.order}
              cardToken={sale.cardToken}
              onCardChange={sale.setCardToken}
              busy={sale.busy}
              voiding={sale.voiding}
              decline={sale.decline}
              error={alert}
              onPay={sale.pay}
              onBack={sale.backToSale}
            />
          )}
          {phase === "receipt" && sale.receipt && <Receipt receipt={sale.receipt} onNewSale={sale.newSale} />}
        </aside>
      </div>
    </div>
  );
}
