"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { formatMoney, multiply, type Money } from "@commerce/core/money";
import type { RouterOutputs } from "@commerce/api/client";
import { describeError } from "@commerce/ui/errors";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import type { Me } from "~/lib/use-customer";
import type { Variant } from "~/lib/use-variant-choice";
import { useCheckout } from "~/lib/use-checkout";
import { CardChoice } from "../card-choice";
import { QuantityField } from "../quantity-field";
import { panel } from "../styles";
import { Field, inputClass } from "@commerce/ui/form";

type Product = RouterOutputs["product"]["get"];

const FIELDS = ["customer.name", "customer.email", "lines"] as const;

/**
 * Quantity, name and card for a signed-in customer: one press places the order for the variant
 * chosen and pays for it (useCheckout). The email is the account's (the server uses it whatever is sent).
 */
export function CheckoutForm({
  product,
  variant,
  me,
  quantity,
  onQuantityChange,
}: {
  product: Product;
  variant: Variant;
  me: Pick<Me, "name" | "email">;
  quantity: string;
  onQuantityChange: (quantity: string) => void;
}) {
  const trpc = useTRPC();
  const slug = useStoreSlug();
  const router = useRouter();
  const cards = useQuery(trpc.payment.testCards.queryOptions());
  const { submit: checkOut, order, declined, checkoutError, paymentError, placing, busy: working } = useCheckout();

  const [name, setName] = useState(me.name);
  const email = me.email;
  const [chosenCard, setChosenCard] = useState<string>();
  const [leaving, setLeaving] = useState(false);

  const cardToken = chosenCard ?? cards.data?.[0]?.token;
  const qty = Number(quantity);
  const estimate: Money = Number.isSafeInteger(qty) && qty >= 1 && qty <= 1000 ? multiply(variant.price, qty) : variant.price;
  const total = order?.total ?? estimate;
  const busy = working || leaving;

  const placeError = describeError(checkoutError, FIELDS);
  const payError = describeError(paymentError);
  const fieldError = (field: (typeof FIELDS)[number]) => placeError.fields[field];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !cardToken) return;
    const paid = await checkOut({
      lines: [{ variantId: variant.id, quantity: qty }],
      customer: { name: name.trim(), email: email.trim() },
      cardToken,
    });
    if (!paid) return;
    setLeaving(true);
    router.push(storePath(slug, `/orders/${paid}`));
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Checkout" className={`space-y-5 ${panel}`}>
      <h2 className="text-lg font-semibold">Your details and card</h2>

      {order && (
        <div role="status" className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
          Order #{order.number} is reserved for you ({formatMoney(order.total)}). It is not paid yet.{" "}
          <Link href={storePath(slug, `/orders/${order.id}`)} className="font-medium underline">
            View order #{order.number}
          </Link>
        </div>
      )}

      <QuantityField
        value={quantity}
        onChange={onQuantityChange}
        total={total}
        totalLabel={order ? "Total" : "Estimated total"}
        disabled={!!order || busy}
        error={fieldError("lines")}
      />

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="customer-name" label="Name" error={fieldError("customer.name")}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              disabled={!!order || busy}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="customer-email" label="Email" error={fieldError("customer.email")} hint="Orders are placed under your account's email.">
          {(aria) => <input {...aria} type="email" autoComplete="email" value={email} readOnly className={inputClass} />}
        </Field>
      </div>

      {cards.isPending ? (
        <Spinner label="Loading cards…" />
      ) : cards.error ? (
        <ErrorBox error={cards.error} onRetry={() => void cards.refetch()} />
      ) : (
        <CardChoice cards={cards.data} value={cardToken} onChange={setChosenCard} disabled={busy} />
      )}

      {declined && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-semibold">Payment declined: {declined}</p>
          <p className="mt-1">Your order #{order?.number} is kept. Choose another card and press Pay again.</p>
        </div>
      )}
      {placeError.message && <ErrorBox error={{ message: placeError.message }} />}
      {payError.message && <ErrorBox error={{ message: payError.message }} />}

      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={busy || !cardToken || (!variant.inStock && !order)}
          aria-busy={busy}
          className="inline-flex min-w-40 items-center justify-center rounded-lg bg-gray-900 px-5 py-3 text-sm font-semibold text-white shadow-sm transition hover:bg-gray-700 disabled:cursor-not-allowed disabled:bg-gray-400"
        >
          Pay {formatMoney(total)}
        </button>
        {busy && (
          <span role="status" className="flex items-center gap-2 text-sm text-gray-500">
            <span className="h-4 w-4 motion-safe:animate-spin rounded-full border-2 border-gray-300 border-t-gray-700" aria-hidden="true" />
            {placing ? "Placing your order and charging the card…" : leaving ? "Payment received…" : "Processing payment…"}
          </span>
        )}
        {!variant.inStock && !order && (
          <span className="text-sm text-gray-500">{product.variants.length > 1 ? `${variant.title} is out of stock.` : "This product is out of stock."}</span>
        )}
      </div>
      <p className="text-xs text-gray-400">Test mode: no real card is charged.</p>
    </form>
  );
}
