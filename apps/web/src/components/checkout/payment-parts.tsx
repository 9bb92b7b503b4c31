"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { formatMoney, type Money } from "@commerce/ui/money";
import { orderPath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import type { CardChoiceState } from "~/lib/use-card-choice";
import { CardChoice } from "../card-choice";

// The pieces both checkouts (one product, the basket) pay with: the card choice, the order a
// declined card left waiting, the decline, and the Pay button with what it is doing.

/** Said to a guest whose card was declined: paying again (order.pay) needs an account. */
export const guestPaysSignedIn = "Sign in or create an account to pay for this order with another card.";

/** The test cards (radio group "Card"), or their loading state or error. */
export function CardPicker({ choice, disabled }: { choice: CardChoiceState; disabled: boolean }) {
  const { cards } = choice;
  if (cards.isPending) return <Spinner label="Loading cards…" />;
  if (cards.error) return <ErrorBox error={cards.error} onRetry={() => void cards.refetch()} />;
  return <CardChoice cards={cards.data} value={choice.cardToken} onChange={choice.choose} disabled={disabled} />;
}

/** The order is placed and its stock held, but not paid: the next Pay pays it. A guest's link carries the order's key. */
export function WaitingOrderNote({ order, guestKey }: { order: { id: string; number: number; total: Money }; guestKey?: string | null }) {
  const slug = useStoreSlug();
  return (
    <div role="status" className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
      Order #{order.number} is reserved for you ({formatMoney(order.total)}). It is not paid yet.{" "}
      <Link href={orderPath(slug, order.id, guestKey)} className="font-medium underline">
        View order #{order.number}
      </Link>
    </div>
  );
}

/** The decline, and what to do next (by default: another card, then Pay again). */
export function DeclinedAlert({
  reason,
  orderNumber,
  next = "Choose another card and press Pay again.",
}: {
  reason: string;
  orderNumber: number | undefined;
  next?: string;
}) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      <p className="font-semibold">Payment declined: {reason}</p>
      <p className="mt-1">
        Your order #{orderNumber} is kept. {next}
      </p>
    </div>
  );
}

/** "Pay €…" and, while it runs, what is happening; `aside` says why it cannot be pressed. */
export function PayButton({ total, disabled, busy, working, aside }: { total: Money; disabled: boolean; busy: boolean; working: string; aside?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        disabled={disabled}
        aria-busy={busy}
        className="inline-flex min-w-40 items-center justify-center rounded-lg bg-gray-900 px-5 py-3 text-sm font-semibold text-white shadow-sm transition hover:bg-gray-700 disabled:cursor-not-allowed disabled:bg-gray-400"
      >
        Pay {formatMoney(total)}
      </button>
      {busy && (
        <span role="status" className="flex items-center gap-2 text-sm text-gray-500">
          <span className="h-4 w-4 motion-safe:animate-spin rounded-full border-2 border-gray-300 border-t-gray-700" aria-hidden="true" />
          {working}
        </span>
      )}
      {aside}
    </div>
  );
}
