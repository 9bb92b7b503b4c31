"use client";
import Link from "next/link";
import { Spinner } from "@commerce/ui/states";
import { orderPath, storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { useGuestOrder } from "~/lib/use-order";
import { guestPaysSignedIn } from "./checkout/payment-parts";
import { KeepOrderPanel } from "./keep-order-panel";
import { LoadFailure } from "./load-failure";
import { OrderView } from "./order-view";

/**
 * A visitor following an order placed as a guest, by its link's key (order.track), live like a
 * customer's. Paying again needs an account, so a waiting order says to sign in for that.
 */
export function GuestOrderDetail({ id, orderKey }: { id: string; orderKey: string }) {
  const slug = useStoreSlug();
  const { order, paymentState } = useGuestOrder(id, orderKey);

  if (order.isPending) return <Spinner label="Loading order…" />;
  if (order.error && !order.data) {
    const code = order.error.data?.code;
    return (
      <LoadFailure
        notFound={code === "NOT_FOUND" || code === "BAD_REQUEST"}
        what="Order"
        hint="We could not find that order. Check the link you followed."
        error={order.error}
        onRetry={() => void order.refetch()}
      />
    );
  }

  const o = order.data;
  return (
    <OrderView
      order={o}
      paymentState={paymentState}
      refreshError={order.error}
      onRetry={() => void order.refetch()}
      waiting={
        <div role="status" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          Order #{o.number} is waiting for payment. {guestPaysSignedIn}
        </div>
      }
      notice={<KeepOrderPanel next={orderPath(slug, id, orderKey)} />}
    >
      <Link href={storePath(slug)} className="inline-block text-sm font-medium text-gray-700 underline-offset-4 hover:underline">
        ← Continue shopping
      </Link>
    </OrderView>
  );
}
