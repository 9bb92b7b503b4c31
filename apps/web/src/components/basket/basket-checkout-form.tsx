"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { describeError } from "@commerce/ui/errors";
import { Field, inputClass } from "@commerce/ui/form";
import { ErrorBox } from "@commerce/ui/states";
import { notReadyReason, type CartView } from "~/lib/cart";
import { orderPath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import type { BasketCheckout } from "~/lib/use-basket-checkout";
import { useCardChoice } from "~/lib/use-card-choice";
import type { Me } from "~/lib/use-customer";
import { CardPicker, DeclinedAlert, guestPaysSignedIn, PayButton, WaitingOrderNote } from "../checkout/payment-parts";
import { panel } from "../styles";

const FIELDS = ["customer.name", "customer.email"] as const;

/**
 * Name and card for paying for the basket shown beside it: one press places the order and
 * charges the card, for the subtotal on screen (useBasketCheckout). A signed-in customer's email
 * is their account's; a guest (`me` null) gives one, and goes on to the order's link with its key.
 */
export function BasketCheckoutForm({ me, cart, checkout }: { me: Pick<Me, "name" | "email"> | null; cart: CartView; checkout: BasketCheckout }) {
  const slug = useStoreSlug();
  const router = useRouter();
  const card = useCardChoice();
  const guest = me === null;
  const [name, setName] = useState(me?.name ?? "");
  const [email, setEmail] = useState("");
  const [emailMissing, setEmailMissing] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const { order, declined, placing } = checkout;
  const { cardToken } = card;
  const busy = checkout.busy || leaving;
  const total = order?.total ?? cart.subtotal;
  const blocked = order ? null : notReadyReason(cart);
  // A guest's waiting order is paid from its page, once signed in.
  const canPayHere = !(guest && order);

  const placeError = describeError(checkout.checkoutError, FIELDS);
  const payError = describeError(checkout.paymentError);
  const emailError = emailMissing ? "is required" : placeError.fields["customer.email"];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !cardToken || blocked || !canPayHere) return;
    const guestEmail = guest ? email.trim() : undefined;
    setEmailMissing(guestEmail === "");
    if (guestEmail === "") return;
    const paid = await checkout.submit({ cart, name: name.trim(), email: guestEmail, cardToken });
    if (!paid) return;
    setLeaving(true);
    router.push(orderPath(slug, paid.id, paid.guestKey));
  }

  return (
    <form noValidate onSubmit={submit} aria-label={guest ? "Check out as a guest" : "Checkout"} className={`space-y-5 ${panel}`}>
      <h2 className="text-lg font-semibold">{guest ? "Check out as a guest" : "Your details and card"}</h2>
      {guest && <p className="text-sm text-gray-600">No account needed: we send the confirmation and a link to follow the order to your email.</p>}

      {order && <WaitingOrderNote order={order} guestKey={checkout.guestKey} />}

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
        {guest ? (
          <Field id="customer-email" label="Email" error={emailError}>
            {(aria) => (
              <input
                {...aria}
                type="email"
                autoComplete="email"
                value={email}
                onChange={(e) => {
                  setEmail(e.target.value);
                  setEmailMissing(false);
                }}
                disabled={!!order || busy}
                className={inputClass}
              />
            )}
          </Field>
        ) : (
          <Field id="customer-email" label="Email" hint="Orders are placed under your account's email.">
            {(aria) => <input {...aria} type="email" autoComplete="email" value={me.email} readOnly className={inputClass} />}
          </Field>
        )}
      </div>

      {canPayHere && <CardPicker choice={card} disabled={busy} />}

      {declined && <DeclinedAlert reason={declined} orderNumber={order?.number} next={canPayHere ? undefined : guestPaysSignedIn} />}
      {placeError.message && <ErrorBox error={{ message: placeError.message }} />}
      {payError.message && <ErrorBox error={{ message: payError.message }} />}

      {canPayHere && (
        <PayButton
          total={total}
          disabled={busy || !cardToken || !!blocked}
          busy={busy}
          working={placing ? "Placing your order and charging the card…" : leaving ? "Payment received…" : "Processing payment…"}
          aside={blocked && <span className="text-sm text-gray-600">{blocked}</span>}
        />
      )}
      <p className="text-xs text-gray-500">Test mode: no real card is charged.</p>
    </form>
  );
}
