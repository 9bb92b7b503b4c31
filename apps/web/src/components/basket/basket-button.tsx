"use client";
import { basketButtonLabel } from "~/lib/cart";
import { useBasketDrawer } from "~/lib/basket-drawer";
import { useBasket } from "~/lib/use-basket";
import { BagIcon } from "../icons";

/** The header's "Basket, 3 items": opens the basket drawer. */
export function BasketButton() {
  const basket = useBasket();
  const drawer = useBasketDrawer();
  const count = basket.data?.count ?? null;
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      aria-expanded={drawer.open}
      onClick={() => drawer.show()}
      className="relative inline-flex items-center gap-2 rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 shadow-xs transition hover:border-gray-500"
    >
      <BagIcon />
      {/* Named by its text ("Basket, 3 items"), so what is seen ("Basket 3") is part of what is read. */}
      <span className="sr-only">{basketButtonLabel(count)}</span>
      <span aria-hidden="true" className="hidden sm:inline">
        Basket
      </span>
      {count !== null && count > 0 && (
        <span aria-hidden="true" className="min-w-5 rounded-full bg-gray-900 px-1.5 text-center text-xs leading-5 font-semibold text-white tabular-nums">
          {count}
        </span>
      )}
    </button>
  );
}
