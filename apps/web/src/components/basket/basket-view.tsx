"use client";
import { useRef } from "react";
import Link from "next/link";
import { messageOf } from "@commerce/ui/errors";
import { ErrorBox } from "@commerce/ui/states";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { useBasket, useBasketActions } from "~/lib/use-basket";
import { panel, textLink } from "../styles";
import { BasketLines } from "./basket-lines";
import { BasketTotal } from "./basket-total";
import { BasketNotice, BasketPlaceholder } from "./basket-status";
import { PriceChangeNotice } from "./price-change-notice";

/** /<slug>/basket: the basket's lines in full, a price change to acknowledge, the subtotal and "Check out". */
export function BasketView() {
  const slug = useStoreSlug();
  const basket = useBasket();
  const actions = useBasketActions();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cart = basket.data;

  return (
    <div className="space-y-6">
      <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-semibold tracking-tight outline-none">
        Your basket
      </h1>
      {actions.notice && <BasketNotice>{actions.notice}</BasketNotice>}
      {actions.error && <ErrorBox error={{ message: messageOf(actions.error) }} />}
      <BasketPlaceholder basket={basket} />
      {cart && cart.lines.length > 0 && (
        <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
          <div className="space-y-4">
            {cart.pricesMoved && <PriceChangeNotice onAccept={() => void actions.acceptPrices()} accepting={actions.accepting} />}
            <div className={`${panel} py-1`}>
              <BasketLines lines={cart.lines} actions={actions} onRemoved={() => headingRef.current?.focus()} />
            </div>
          </div>
          <section aria-labelledby="basket-summary-heading" className={`space-y-4 lg:sticky lg:top-20 ${panel}`}>
            <h2 id="basket-summary-heading" className="text-lg font-semibold">
              Summary
            </h2>
            <BasketTotal cart={cart} />
            <p className="text-xs text-gray-500">Prices and stock are checked again when you pay.</p>
            <Link href={storePath(slug)} className={`block text-sm ${textLink}`}>
              Continue shopping
            </Link>
          </section>
        </div>
      )}
    </div>
  );
}
