"use client";
import Link from "next/link";
import { messageOf } from "@commerce/ui/errors";
import { Price } from "@commerce/ui/money";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { itemsWord, lineProblem, type CartView } from "~/lib/cart";
import { orderPath, storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { useBasket, useBasketActions } from "~/lib/use-basket";
import { useBasketCheckout } from "~/lib/use-basket-checkout";
import { useCustomer } from "~/lib/use-customer";
import { SignInToCheckOut } from "../checkout/sign-in-to-check-out";
import { panel, textLink } from "../styles";
import { PriceChangeNotice } from "./price-change-notice";
import { BasketCheckoutForm } from "./basket-checkout-form";

/**
 * /<slug>/basket/checkout: the basket being paid for, then the form. A visitor may sign in (and
 * come back here) or check out as a guest.
 */
export function BasketCheckoutView() {
  const slug = useStoreSlug();
  const customer = useCustomer();
  const basket = useBasket();
  const checkout = useBasketCheckout();
  // Once an order holds the basket (paid, or waiting after a decline), or while an attempt to pay
  // went unanswered, the basket as it was sent is what is shown.
  const cart = checkout.sentCart ?? basket.data;

  if (!cart) {
    if (basket.isPending) return <Spinner label="Loading your basket…" />;
    return <ErrorBox error={basket.error} onRetry={() => void basket.refetch()} />;
  }
  if (cart.lines.length === 0) {
    return (
      <div className="mx-auto max-w-xl space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight">Checkout</h1>
        <Empty>
          Your basket is empty.{" "}
          <Link href={storePath(slug)} className={textLink}>
            Browse the shop
          </Link>
        </Empty>
      </div>
    );
  }

  return (
    <div className="mx-auto grid max-w-5xl items-start gap-8 lg:grid-cols-[2fr_3fr]">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">Checkout</h1>
        <BasketReview cart={cart} editable={!checkout.sentCart} />
      </div>
      <div>
        {customer.status === "loading" ? (
          <Spinner label="Checking your account…" />
        ) : customer.status === "error" ? (
          <ErrorBox error={customer.error} onRetry={customer.retry} />
        ) : customer.status === "signedOut" ? (
          <div className="space-y-6">
            <SignInToCheckOut
              // After a guest's card was declined, the basket is in the order: signing in leads to it.
              next={checkout.order && checkout.guestKey ? orderPath(slug, checkout.order.id, checkout.guestKey) : storePath(slug, "/basket/checkout")}
              intro="With an account, your orders are kept to follow later. Your basket is kept while you sign in."
            />
            <BasketCheckoutForm me={null} cart={cart} checkout={checkout} />
          </div>
        ) : (
          <BasketCheckoutForm me={customer.me} cart={cart} checkout={checkout} />
        )}
      </div>
    </div>
  );
}

/** What is being paid for: each line's name, quantity and total, the subtotal, and what to sort out first. */
function BasketReview({ cart, editable }: { cart: CartView; editable: boolean }) {
  const slug = useStoreSlug();
  const actions = useBasketActions();
  return (
    <section aria-labelledby="basket-heading" className={`space-y-4 ${panel}`}>
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="basket-heading" className="text-sm font-semibold uppercase tracking-wide text-gray-500">
          Your basket
        </h2>
        {editable && (
          <Link href={storePath(slug, "/basket")} className={`text-sm ${textLink}`}>
            Change basket
          </Link>
        )}
      </div>
      {editable && cart.pricesMoved && <PriceChangeNotice onAccept={() => void actions.acceptPrices()} accepting={actions.accepting} />}
      {actions.error && <ErrorBox error={{ message: messageOf(actions.error) }} />}
      <ul aria-label="Items in your basket" className="divide-y divide-gray-100">
        {cart.lines.map((line) => (
          <li key={line.variantId} className="flex gap-3 py-3 text-sm">
            {/* A plain img: catalogue images are data: URLs or remote files */}
            <img src={line.imageUrl} alt="" className="h-14 w-14 shrink-0 rounded-lg border border-gray-100 object-cover" />
            <div className="min-w-0 grow">
              <p className="font-medium text-gray-900">{line.productName}</p>
              {line.variantTitle && <p className="text-gray-600">{line.variantTitle}</p>}
              <p className="text-gray-600">
                <Price value={line.unitPrice} /> × {line.quantity}
                {line.previousPrice && (
                  <s className="ml-2 text-gray-500">
                    <span className="sr-only">was </span>
                    <Price value={line.previousPrice} />
                  </s>
                )}
              </p>
              {editable && line.problem && <p className="font-medium text-red-700">{lineProblem(line)}</p>}
            </div>
            <Price value={line.lineTotal} className="shrink-0 font-medium tabular-nums" />
          </li>
        ))}
      </ul>
      <dl className="flex items-baseline justify-between border-t border-gray-200 pt-3">
        <dt className="text-sm text-gray-600">Subtotal ({itemsWord(cart.count)})</dt>
        <dd>
          <Price value={cart.subtotal} className="text-lg font-semibold tabular-nums" />
        </dd>
      </dl>
    </section>
  );
}
