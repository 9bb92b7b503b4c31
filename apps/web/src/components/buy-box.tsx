"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { multiply } from "@commerce/core/money";
import type { RouterOutputs } from "@commerce/api/client";
import { describeError } from "@commerce/ui/errors";
import { Price } from "@commerce/ui/money";
import { ErrorBox } from "@commerce/ui/states";
import { checkoutHref } from "~/lib/basket";
import { useBasketDrawer } from "~/lib/basket-drawer";
import { maxLineQuantity } from "~/lib/cart";
import { useStoreSlug } from "~/lib/store-context";
import { useBasketActions } from "~/lib/use-basket";
import type { VariantChoice } from "~/lib/use-variant-choice";
import { QuantityField } from "./quantity-field";
import { panel, primaryButton, secondaryButton } from "./styles";
import { VariantPicker } from "./variant-picker";

type Product = RouterOutputs["product"]["get"];

/**
 * The variant (when there are several), quantity, "Add to basket" (the basket drawer opens with
 * it) and "Check out" (this variant alone: the checkout page gets it in its URL).
 */
export function BuyBox({ product, choice }: { product: Product; choice: VariantChoice }) {
  const slug = useStoreSlug();
  const router = useRouter();
  const basket = useBasketActions();
  const drawer = useBasketDrawer();
  const [quantity, setQuantity] = useState("1");
  const [quantityError, setQuantityError] = useState<string>();
  const [leaving, setLeaving] = useState(false);
  const { variant } = choice;
  // An archived product keeps its page (orders and reviews link to it) but is no longer sold.
  const buyable = variant.inStock && !product.archived;
  const qty = Number(quantity.trim() || "1");
  const validQty = Number.isSafeInteger(qty) && qty >= 1 && qty <= maxLineQuantity;
  const estimate = Number.isSafeInteger(qty) && qty >= 1 && qty <= 1000 ? multiply(variant.price, qty) : variant.price;
  const addError = describeError(basket.error, { quantity: "quantity" });

  async function addToBasket(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!buyable || basket.busy) return;
    if (!validQty) {
      setQuantityError(`must be a whole number from 1 to ${maxLineQuantity}`);
      return;
    }
    setQuantityError(undefined);
    const view = await basket.add(variant.id, qty);
    if (view) drawer.show(view.notice);
  }

  function checkOut() {
    if (!buyable) return;
    setLeaving(true);
    router.push(checkoutHref(slug, { productSlug: product.slug, quantity: quantity.trim() || "1", variantId: variant.id }));
  }

  return (
    <form noValidate onSubmit={addToBasket} aria-label="Buy" className={`space-y-4 ${panel}`}>
      {choice.choosing && <VariantPicker options={product.options} choice={choice} />}
      <QuantityField
        value={quantity}
        onChange={(value) => {
          setQuantity(value);
          setQuantityError(undefined);
        }}
        total={estimate}
        disabled={!buyable}
        error={quantityError ?? addError.fields.quantity}
      />
      {addError.message && <ErrorBox error={{ message: addError.message }} />}
      <div className="flex flex-wrap items-center gap-3">
        {/*
          On a phone "Add to basket" lives in a bar fixed to the bottom of the screen, beside the
          chosen variant's price, so it is in reach wherever the page is scrolled (globals.css keeps
          the page's end clear of it). It is the same button in the same form, not a copy; from
          `md` up the bar's box goes (display: contents) and the button sits in this row.
        */}
        <div
          data-buy-bar
          className="fixed inset-x-0 bottom-0 z-20 flex items-center justify-between gap-3 border-t border-gray-200 bg-white px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] shadow-[0_-4px_12px_rgb(0_0_0/0.06)] md:static md:contents"
        >
          <p className="min-w-0 md:hidden">
            <Price value={variant.price} className="block text-lg leading-6 font-semibold text-gray-900" />
            {choice.choosing && <span className="block truncate text-xs leading-4 text-gray-600">{variant.title}</span>}
          </p>
          {/* Not disabled while adding: the button keeps its focus, which comes back to it when the drawer closes. */}
          <button type="submit" disabled={!buyable} aria-busy={basket.adding || undefined} className={`min-w-40 shrink-0 gap-2 ${primaryButton}`}>
            {basket.adding && (
              <span aria-hidden="true" className="h-3.5 w-3.5 motion-safe:animate-spin rounded-full border-2 border-current/30 border-t-current" />
            )}
            Add to basket
          </button>
        </div>
        <button type="button" onClick={checkOut} disabled={!buyable || leaving} className={`min-w-32 ${secondaryButton}`}>
          Check out
        </button>
        {product.archived ? (
          <span className="text-sm text-gray-500">This product is no longer sold.</span>
        ) : !product.inStock ? (
          <span className="text-sm text-gray-500">This product is out of stock.</span>
        ) : (
          !variant.inStock && <span className="text-sm text-gray-500">{variant.title} is sold out. Choose another option.</span>
        )}
      </div>
    </form>
  );
}
