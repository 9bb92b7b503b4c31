"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorBox } from "@commerce/ui/states";
import { multiply, type Money } from "@commerce/core/money";
import type { RouterOutputs } from "@commerce/api/client";
import { describeError } from "@commerce/ui/errors";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import type { Me } from "~/lib/use-customer";
import type { Variant } from "~/lib/use-variant-choice";
import { useCardChoice } from "~/lib/use-card-choice";
import { useCheckout } from "~/lib/use-checkout";
import { QuantityField } from "../quantity-field";
import { panel } from "../styles";
import { Field, inputClass } from "@commerce/ui/form";
import { CardPicker, DeclinedAlert, PayButton, WaitingOrderNote } from "./payment-parts";

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
  const slug = useStoreSlug();
  const router = useRouter();
  const card = useCardChoice();
  const { submit: checkOut, order, declined, checkoutError, paymentError, placing, busy: working } = useCheckout();

  const [name, setName] = useState(me.name);
  const email = me.email;
  const [leaving, setLeaving] = useState(false);

  const { cardToken } = card;
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

      {order && <WaitingOrderNote order={order} />}

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

      <CardPicker choice={card} disabled={busy} />

      {declined && <DeclinedAlert reason={declined} orderNumber={order?.number} />}
      {placeError.message && <ErrorBox error={{ message: placeError.message }} />}
      {payError.message && <ErrorBox error={{ message: payError.message }} />}

      <PayButton
        total={total}
        disabled={busy || !cardToken || (!variant.inStock && !order)}
        busy={busy}
        working={placing ? "Placing your order and charging the card…" : leaving ? "Payment received…" : "Processing payment…"}
        aside={
          !variant.inStock &&
          !order && (
            <span className="text-sm text-gray-500">{product.variants.length > 1 ? `${variant.title} is out of stock.` : "This product is out of stock."}</span>
          )
        }
      />
      <p className="text-xs text-gray-500">Test mode: no real card is charged.</p>
    </form>
  );
}
