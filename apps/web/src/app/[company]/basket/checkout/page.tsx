import type { Metadata } from "next";
import { BasketCheckoutView } from "~/components/basket/basket-checkout-view";

export const metadata: Metadata = { title: "Checkout" };

export default function BasketCheckoutPage() {
  return <BasketCheckoutView />;
}
