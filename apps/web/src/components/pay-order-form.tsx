"use client";
import { useState, type FormEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { formatMoney, type Money } from "@commerce/core/money";
import { describeError } from "@commerce/ui/errors";
import { usePayOrder } from "~/lib/use-pay-order";
import { CardChoice } from "./card-choice";

/** Pays for an order that is still waiting for its money. */
export function PayOrderForm({ orderId, orderNumber, total }: { orderId: string; orderNumber: number; total: Money }) {
  const trpc = useTRPC();
  const cards = useQuery(trpc.payment.testCards.queryOptions());
  const { pay, mutation } = usePayOrder();
  const [chosenCard, setChosenCard] = useState<string>();
  const [declined, setDeclined] = useState<string | null>(null);
  const cardToken = chosenCard ?? cards.data?.[0]?.token;
  const error = describeError(mutation.error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending || !cardToken) return;
    setDeclined(null);
    const result = await pay(orderId, cardToken);
    if (result && result.status !== "SUCCEEDED") setDeclined(result.failureMessage ?? "The payment did not go through.");
  }

  return (
    <form onSubmit={submit} aria-label="Pay for this order" className="space-y-4 rounded-2xl border border-amber-200 bg-amber-50/60 p-5 shadow-sm">
      <div>
        <h2 className="text-lg font-semibold">Complete your payment</h2>
        <p className="text-sm text-gray-600">
          Order #{orderNumber} is waiting for payment. Choose a card to pay {formatMoney(total)}.
        </p>
      </div>
      {cards.isPending ? (
        <Spinner label="Loading cards…" />
      ) : cards.error ? (
        <ErrorBox error={cards.error} onRetry={() => void cards.refetch()} />
      ) : (
        <CardChoice cards={cards.data} value={cardToken} onChange={setChosenCard} disabled={mutation.isPending} />
      )}
      {declined && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-semibold">Payment declined: {declined}</p>
          <p className="mt-1">Choose another card and press Pay again.</p>
        </div>
      )}
      {error?.message && <ErrorBox error={{ message: error.message }} />}
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={mutation.isPending || !cardToken}
          aria-busy={mutation.isPending}
          className="inline-flex min-w-40 items-center justify-center rounded-lg bg-gray-900 px-5 py-3 text-sm font-semibold text-white shadow-sm transition hover:bg-gray-700 disabled:cursor-not-allowed disabled:bg-gray-400"
        >
          Pay {formatMoney(total)}
        </button>
        {mutation.isPending && (
          <span role="status" className="flex items-center gap-2 text-sm text-gray-500">
            <span className="h-4 w-4 motion-safe:animate-spin rounded-full border-2 border-gray-300 border-t-gray-700" aria-hidden="true" />
            Processing payment…
          </span>
        )}
      </div>
    </form>
  );
}
