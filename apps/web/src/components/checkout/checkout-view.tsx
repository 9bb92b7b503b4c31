"use client";
import { useState } from "react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { checkoutHref, readBasket, type Basket } from "~/lib/basket";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { useCustomer } from "~/lib/use-customer";
import { defaultVariant } from "~/lib/variant-choice";
import { LoadFailure } from "../load-failure";
import { BasketSummary } from "./basket-summary";
import { CheckoutForm } from "./checkout-form";
import { SignInToCheckOut } from "./sign-in-to-check-out";

/** /<slug>/checkout?product=…&variant=…&quantity=…: the basket, then the form (or a sign-in prompt). */
export function CheckoutView() {
  const searchParams = useSearchParams();
  const basket = readBasket(searchParams);
  const slug = useStoreSlug();

  if (!basket) {
    return (
      <div className="mx-auto max-w-xl space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight">Checkout</h1>
        <Empty>
          Your basket is empty.{" "}
          <Link href={storePath(slug)} className="font-medium text-gray-900 underline">
            Browse the shop
          </Link>
        </Empty>
      </div>
    );
  }
  return <CheckoutFor key={`${basket.productSlug}:${basket.variantId ?? ""}`} basket={basket} />;
}

function CheckoutFor({ basket }: { basket: Basket }) {
  const trpc = useTRPC();
  const slug = useStoreSlug();
  const customer = useCustomer();
  const product = useQuery(trpc.product.get.queryOptions({ slug: basket.productSlug }));
  const [quantity, setQuantity] = useState(basket.quantity);

  if (product.isPending) return <Spinner label="Loading your basket…" />;
  if (product.error) {
    return (
      <LoadFailure
        notFound={product.error.data?.code === "NOT_FOUND"}
        what="Product"
        hint="The product in your basket is no longer in this shop."
        error={product.error}
        onRetry={() => void product.refetch()}
      />
    );
  }

  // The variant asked for; a link without one (or with one since removed) gets the one the
  // product's page shows first. A product has at least one variant.
  const variant = defaultVariant(product.data.variants, basket.variantId)!;
  const here = (value: string) => checkoutHref(slug, { productSlug: basket.productSlug, quantity: value || "1", variantId: variant.id });

  // Keep the quantity in the URL, so a reload or a trip through sign-in keeps the basket.
  function changeQuantity(value: string) {
    setQuantity(value);
    window.history.replaceState(null, "", here(value));
  }

  return (
    <div className="mx-auto grid max-w-5xl gap-8 lg:grid-cols-[1fr_2fr]">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">Checkout</h1>
        <BasketSummary product={product.data} variant={variant} quantity={quantity} />
      </div>
      <div>
        {customer.status === "loading" ? (
          <Spinner label="Checking your account…" />
        ) : customer.status === "error" ? (
          <ErrorBox error={customer.error} onRetry={customer.retry} />
        ) : customer.status === "signedOut" ? (
          <SignInToCheckOut next={here(quantity)} />
        ) : (
          <CheckoutForm product={product.data} variant={variant} me={customer.me} quantity={quantity} onQuantityChange={changeQuantity} />
        )}
      </div>
    </div>
  );
}
