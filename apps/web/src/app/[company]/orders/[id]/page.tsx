import { OrderDetail } from "~/components/order-detail";
import { RequireCustomer } from "~/components/require-customer";

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireCustomer>
      <OrderDetail id={id} />
    </RequireCustomer>
  );
}
