import { Suspense } from "react";
import { Spinner } from "@commerce/ui/states";
import { CheckoutView } from "~/components/checkout/checkout-view";

export default function CheckoutPage() {
  return (
    <Suspense fallback={<Spinner label="Loading checkout…" />}>
      <CheckoutView />
    </Suspense>
  );
}
