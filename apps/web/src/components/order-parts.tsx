import type { RouterOutputs } from "@commerce/api/client";
import { Price } from "@commerce/ui/money";
import { orderStatusWords } from "@commerce/ui/order-status";
import { formatDateTime } from "@commerce/ui/dates";

export type Order = RouterOutputs["order"]["get"];

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
