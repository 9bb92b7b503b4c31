"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { multiply } from "@commerce/core/money";
import type { RouterOutputs } from "@commerce/api/client";
import { checkoutHref } from "~/lib/basket";
import { useStoreSlug } from "~/lib/store-context";
import type { VariantChoice } from "~/lib/use-variant-choice";
import { QuantityField } from "./quantity-field";
import { panel, primaryButton } from "./styles";
import { VariantPicker } from "./variant-picker";

type Product = RouterOutputs["product"]["get"];

/** The variant (when there are several), quantity and "Check out": the basket goes to the checkout page in its URL. */
export function BuyBox({ product, choice }: { product: Product; choice: VariantChoice }) {
  const slug = useStoreSlug();
  const router = useRouter();
  const [quantity, setQuantity] = useState("1");
  const [leaving, setLeaving] = useState(false);
  const { variant } = choice;
  // An archived product keeps its page (orders and reviews link to it) but is no longer sold.
  const buyable = variant.inStock && !product.archived;
  const qty = Number(quantity);
  const estimate = Number.isSafeInteger(qty) && qty >= 1 && qty <= 1000 ? multiply(variant.price, qty) : variant.price;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!buyable) return;
    setLeaving(true);
    router.push(checkoutHref(slug, { productSlug: product.slug, quantity: quantity.trim() || "1", variantId: variant.id }));
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Buy" className={`space-y-4 ${panel}`}>
      {choice.choosing && <VariantPicker options={product.options} choice={choice} />}
      <QuantityField value={quantity} onChange={setQuantity} total={estimate} disabled={!buyable} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={!buyable || leaving} className={`min-w-40 ${primaryButton}`}>
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
