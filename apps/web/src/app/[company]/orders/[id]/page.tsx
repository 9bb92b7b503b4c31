import { Suspense } from "react";
import { Spinner } from "@commerce/ui/states";
import { OrderPageView } from "~/components/order-page";

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={<Spinner label="Loading order…" />}>
      <OrderPageView id={id} />
    </Suspense>
  );
}
