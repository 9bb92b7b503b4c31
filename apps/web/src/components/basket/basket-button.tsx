"use client";
import { basketButtonLabel } from "~/lib/cart";
import { useBasketDrawer } from "~/lib/basket-drawer";
import { useBasket } from "~/lib/use-basket";
import { BagIcon } from "../icons";
import { headerButton } from "../styles";

/** The header's "Basket, 3 items": opens the basket drawer. */
export function BasketButton() {
  const basket = useBasket();
  const drawer = useBasketDrawer();
  const count = basket.data?.count ?? null;
  return (
    <button type="button" aria-haspopup="dialog" aria-expanded={drawer.open} onClick={() => drawer.show()} className={headerButton("secondary", "snug")}>
      <BagIcon />
      {/* Named by its text ("Basket, 3 items"), so what is seen ("Basket 3") is part of what is read. */}
      <span className="sr-only">{basketButtonLabel(count)}</span>
      <span aria-hidden="true" className="hidden sm:inline">
        Basket
      </span>
      {count !== null && count > 0 && (
        // On a phone the count sits on the bag's corner, so the button stays an icon square.
        <span
          aria-hidden="true"
          className="absolute -top-2 -right-2 min-w-5 rounded-full bg-gray-900 px-1.5 text-center text-xs leading-5 font-semibold text-white tabular-nums ring-2 ring-white sm:static sm:ring-0"
        >
          {count}
        </span>
      )}
    </button>
  );
}
