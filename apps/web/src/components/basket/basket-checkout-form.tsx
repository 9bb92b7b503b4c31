"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { describeError } from "@commerce/ui/errors";
import { Field, inputClass } from "@commerce/ui/form";
import { ErrorBox } from "@commerce/ui/states";
import { notReadyReason, type CartView } from "~/lib/cart";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import type { BasketCheckout } from "~/lib/use-basket-checkout";
import { useCardChoice } from "~/lib/use-card-choice";
import type { Me } from "~/lib/use-customer";
import { CardPicker, DeclinedAlert, PayButton, WaitingOrderNote } from "../checkout/payment-parts";
import { panel } from "../styles";

const FIELDS = ["customer.name"] as const;

/**
 * Name and card for a signed-in customer paying for the basket shown beside it: one press
 * places the order and charges the card, for the subtotal on screen (useBasketCheckout).
 */
export function BasketCheckoutForm({ me, cart, checkout }: { me: Pick<Me, "name" | "email">; cart: CartView; checkout: BasketCheckout }) {
  const slug = useStoreSlug();
  const router = useRouter();
  const card = useCardChoice();
  const [name, setName] = useState(me.name);
  const [leaving, setLeaving] = useState(false);
  const { order, declined, placing } = checkout;
  const { cardToken } = card;
  const busy = checkout.busy || leaving;
  const total = order?.total ?? cart.subtotal;
  const blocked = order ? null : notReadyReason(cart);

  const placeError = describeError(checkout.checkoutError, FIELDS);
  const payError = describeError(checkout.paymentError);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !cardToken || blocked) return;
    const paid = await checkout.submit({ cart, name: name.trim(), cardToken });
    if (!paid) return;
    setLeaving(true);
    router.push(storePath(slug, `/orders/${paid}`));
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Checkout" className={`space-y-5 ${panel}`}>
      <h2 className="text-lg font-semibold">Your details and card</h2>

      {order && <WaitingOrderNote order={order} />}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="customer-name" label="Name" error={placeError.fields["customer.name"]}>
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
        <Field id="customer-email" label="Email" hint="Orders are placed under your account's email.">
          {(aria) => <input {...aria} type="email" autoComplete="email" value={me.email} readOnly className={inputClass} />}
        </Field>
      </div>

      <CardPicker choice={card} disabled={busy} />

      {declined && <DeclinedAlert reason={declined} orderNumber={order?.number} />}
      {placeError.message && <ErrorBox error={{ message: placeError.message }} />}
      {payError.message && <ErrorBox error={{ message: payError.message }} />}

      <PayButton
        total={total}
        disabled={busy || !cardToken || !!blocked}
        busy={busy}
        working={placing ? "Placing your order and charging the card…" : leaving ? "Payment received…" : "Processing payment…"}
        aside={blocked && <span className="text-sm text-gray-600">{blocked}</span>}
      />
      <p className="text-xs text-gray-500">Test mode: no real card is charged.</p>
    </form>
  );
}
