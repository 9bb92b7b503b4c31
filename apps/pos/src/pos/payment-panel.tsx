"use client";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef } from "react";
import type { Money } from "@commerce/core/money";
import { Price } from "@commerce/ui/money";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { messageOf } from "@commerce/ui/errors";
import { itemCount } from "./ticket-state";
import type { Order, TicketLine } from "./types";

export function PaymentPanel({
  lines,
  displayTotal,
  order,
  cardToken,
  onCardChange,
  busy,
  voiding,
  decline,
  error,
  onPay,
  onBack,
}: {
  lines: TicketLine[];
  displayTotal: Money;
  /** The order a declined card left waiting: its total is the amount charged. */
  order: Order | null;
  cardToken: string | null;
  onCardChange: (token: string) => void;
  busy: boolean;
  voiding: boolean;
  decline: string | null;
  error: string | null;
  onPay: () => void;
  onBack: () => void;
}) {
  const trpc = useTRPC();
  const cards = useQuery({ ...trpc.payment.testCards.queryOptions(), staleTime: Infinity });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const legendId = useId();

  useEffect(() => headingRef.current?.focus(), []);

  // Preselect the first card that succeeds, so the common case is one tap.
  useEffect(() => {
    if (!cardToken && cards.data?.length) onCardChange((cards.data.find((c) => c.outcome === "succeeds") ?? cards.data[0]!).token);
  }, [cardToken, cards.data, onCardChange]);

  const due = order?.total ?? displayTotal;
  const count = itemCount(lines);

  return (
    <section aria-labelledby="payment-heading" className="flex min-h-0 flex-1 flex-col">
      <header className="px-5 pt-5 pb-3">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="payment-heading" ref={headingRef} tabIndex={-1} className="text-xl font-bold outline-none">
            Payment
          </h2>
          <p className="text-sm text-gray-500">
            {count} {count === 1 ? "item" : "items"}
            {order ? ` · Order #${order.number}` : ""}
          </p>
        </div>
        <div className="mt-3 flex items-baseline justify-between gap-3 rounded-2xl bg-gray-900 px-5 py-3 text-white">
          <p className="text-sm text-gray-300">Total due</p>
          <Price value={due} className="text-3xl font-bold tabular-nums" />
        </div>
        {order && order.total.amount !== displayTotal.amount && (
          <p className="mt-2 text-sm text-amber-800">Prices changed since the items were added; the total above is what the card is charged.</p>
        )}
      </header>

      <div className="min-h-0 flex-1 space-y-3 overflow-y-auto px-5 pb-3">
        {decline && (
          <div role="alert" className="rounded-xl border border-red-300 bg-red-50 px-4 py-3 text-red-900">
            <p className="font-semibold">Payment declined</p>
            <p className="text-sm">{decline} Choose another card and try again.</p>
          </div>
        )}
        {error && (
          <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-sm text-red-900">
            {error}
          </div>
        )}

        <div role="radiogroup" aria-labelledby={legendId} aria-busy={cards.isPending}>
          <p id={legendId} className="mb-2 text-sm font-semibold tracking-wide text-gray-500 uppercase">
            Test card
          </p>
          {cards.isPending ? (
            <Spinner label="Loading cards…" />
          ) : cards.error ? (
            <ErrorBox error={{ message: messageOf(cards.error) }} onRetry={() => void cards.refetch()} />
          ) : (
            <div className="space-y-2">
              {cards.data.map((card) => {
                const checked = card.token === cardToken;
                return (
                  <label
                    key={card.token}
                    className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border-2 px-4 py-2 text-base transition-colors ${
                      checked ? "border-gray-900 bg-gray-50" : "border-gray-200 bg-white active:bg-gray-50"
                    } ${busy ? "cursor-not-allowed opacity-60" : ""}`}
                  >
                    <input
                      type="radio"
                      name="test-card"
                      value={card.token}
                      checked={checked}
                      disabled={busy || voiding}
                      onChange={() => onCardChange(card.token)}
                      className="h-5 w-5 accent-gray-900"
                    />
                    <span className="font-medium">{card.label}</span>
                  </label>
                );
              })}
            </div>
          )}
        </div>
      </div>

      <footer className="space-y-2.5 border-t border-gray-200 px-5 pt-3 pb-4">
        <button
          type="button"
          onClick={onPay}
          disabled={busy || voiding || !cardToken || !cards.data}
          aria-busy={busy}
          className="flex h-16 w-full items-center justify-center gap-3 rounded-2xl bg-emerald-600 text-xl font-bold text-white shadow-sm active:bg-emerald-700 disabled:bg-gray-300 disabled:text-gray-500 disabled:shadow-none"
        >
          {busy && <span aria-hidden="true" className="h-5 w-5 motion-safe:animate-spin rounded-full border-2 border-white/40 border-t-white" />}
          Pay by card
        </button>
        {busy && (
          <p role="status" className="text-center text-sm text-gray-600">
            Charging the card… keep the customer&apos;s card handy.
          </p>
        )}
        <button
          type="button"
          onClick={onBack}
          disabled={busy || voiding}
          className="h-12 w-full rounded-xl border border-gray-300 text-base font-medium text-gray-700 active:bg-gray-100 disabled:opacity-40"
        >
          {voiding ? "Voiding order…" : "Back to sale"}
        </button>
        {order && !voiding && <p className="text-center text-xs text-gray-500">Going back voids unpaid order #{order.number} and returns its stock.</p>}
      </footer>
    </section>
  );
}
