import { Price } from "@commerce/ui/money";
import { orderStatusWords, refundStatusWords, statusWords } from "@commerce/ui/order-status";
import { StatusBadge } from "@commerce/ui/status-badge";
import { formatDateTime } from "@commerce/ui/dates";
import type { Order } from "~/lib/use-order";

export type { Order };

const paymentStateLabel: Record<string, string> = {
  PAID: "Paid",
  REFUNDED: "Refunded",
  PARTIALLY_REFUNDED: "Partially refunded",
  PROCESSING: "Payment processing",
  FAILED: "Last payment failed",
  UNPAID: "Not paid",
};

/** The items of an order with their prices and the total. */
export function OrderLines({ order: o }: { order: Order }) {
  return (
    <section aria-labelledby="lines-heading" className="rounded-2xl border border-gray-200 bg-white p-5 shadow-sm">
      <h2 id="lines-heading" className="mb-3 text-lg font-semibold">
        Items
      </h2>
      <table className="w-full text-sm">
        <thead className="text-left text-xs uppercase tracking-wide text-gray-500">
          <tr>
            <th scope="col" className="pb-2 font-medium">
              Product
            </th>
            <th scope="col" className="pb-2 text-right font-medium">
              Quantity
            </th>
            <th scope="col" className="pb-2 text-right font-medium">
              Unit price
            </th>
            <th scope="col" className="pb-2 text-right font-medium">
              Line total
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {o.lines.map((line) => (
            <tr key={line.id}>
              <td className="py-2">
                <div className="font-medium">
                  {line.productName}
                  {line.variantTitle && <span className="font-normal text-gray-600"> — {line.variantTitle}</span>}
                </div>
                <div className="font-mono text-xs text-gray-500">{line.sku}</div>
              </td>
              <td className="py-2 text-right">{line.quantity}</td>
              <td className="py-2 text-right">
                <Price value={line.unitPrice} />
              </td>
              <td className="py-2 text-right">
                <Price value={line.lineTotal} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-gray-200">
            <th scope="row" colSpan={3} className="pt-3 text-right font-semibold">
              Total
            </th>
            <td className="pt-3 text-right text-base font-semibold" data-testid="order-total">
              <Price value={o.total} />
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

/** Every status the order went through, in words. */
export function OrderTimeline({ order: o }: { order: Order }) {
  return (
    <section aria-labelledby="timeline-heading" className="rounded-2xl border border-gray-200 bg-white p-5 shadow-sm">
      <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">
        Timeline
      </h2>
      <ol className="relative space-y-4 border-l border-gray-200 pl-6" aria-label="Status changes">
        {o.timeline.map((change, index) => (
          <li key={`${index}-${change.to}`} className="relative">
            <span className="absolute -left-[1.9rem] top-1 h-3 w-3 rounded-full border-2 border-white bg-gray-900 ring-1 ring-gray-300" aria-hidden="true" />
            <p className="text-sm font-medium">
              {change.from ? `${orderStatusWords[change.from]} → ${orderStatusWords[change.to]}` : `Order placed · ${orderStatusWords[change.to]}`}
            </p>
            <p className="text-xs text-gray-500">
              {formatDateTime(change.at)}
              {change.reason ? ` · ${change.reason}` : ""}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Where the money stands (`state`, as paymentStateOf or payment.status say), and every payment attempt. */
export function OrderPayments({ order: o, state }: { order: Order; state: string }) {
  return (
    <section aria-labelledby="payment-heading" className="space-y-3 rounded-2xl border border-gray-200 bg-white p-5 shadow-sm">
      <h2 id="payment-heading" className="text-lg font-semibold">
        Payment
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-gray-500">Status</dt>
        <dd data-payment-state={state} className="font-medium">
          {paymentStateLabel[state] ?? statusWords("payment", state)}
        </dd>
        <dt className="text-gray-500">Paid</dt>
        <dd>
          <Price value={o.captured} />
        </dd>
        {o.refunded.amount > 0 && (
          <>
            <dt className="text-gray-500">Refunded</dt>
            <dd>
              <Price value={o.refunded} />
            </dd>
          </>
        )}
      </dl>
      {o.payments.length === 0 ? (
        <p className="text-sm text-gray-500">No payment attempts yet.</p>
      ) : (
        <ul className="space-y-2" aria-label="Payment attempts">
          {o.payments.map((p) => (
            <li key={p.id} className="rounded-lg border border-gray-100 bg-gray-50 p-3 text-sm">
              <div className="flex items-center justify-between gap-2">
                <span>{p.card ?? "Card payment"}</span>
                <StatusBadge kind="payment" status={p.status} />
              </div>
              <div className="mt-1 flex items-center justify-between text-xs text-gray-500">
                <Price value={p.amount} />
                <span>{formatDateTime(p.createdAt)}</span>
              </div>
              {p.failureMessage && <p className="mt-1 text-xs text-red-700">{p.failureMessage}</p>}
              {p.refunds.map((r) => (
                <p key={r.id} className="mt-1 text-xs text-gray-600">
                  Refund <Price value={r.amount} /> ({refundStatusWords[r.status].toLowerCase()}){r.reason ? ` — ${r.reason}` : ""}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
