"use client";
import { useEffect } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Spinner } from "@commerce/ui/states";
import { orderPath, storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { useCustomerOrder } from "~/lib/use-order";
import { ClaimOrder } from "./claim-order";
import { LoadFailure } from "./load-failure";
import { OrderView } from "./order-view";
import { PayOrderForm } from "./pay-order-form";

const footerLink = "inline-block text-sm font-medium text-gray-700 underline-offset-4 hover:underline";

/**
 * A signed-in customer's order, followed live. With `claimKey` (the key of a guest order's link),
 * an order that is not the customer's yet can be added to their account; once it shows as theirs,
 * the key leaves the URL.
 */
export function OrderDetail({ id, claimKey }: { id: string; claimKey?: string }) {
  const slug = useStoreSlug();
  const router = useRouter();
  const { order, paymentState } = useCustomerOrder(id);
  const shown = order.data !== undefined;

  useEffect(() => {
    if (claimKey && shown) router.replace(orderPath(slug, id), { scroll: false });
  }, [claimKey, shown, router, slug, id]);

  if (order.isPending) return <Spinner label="Loading order…" />;
  if (order.error && !order.data) {
    const code = order.error.data?.code;
    if (claimKey && code === "NOT_FOUND") return <ClaimOrder id={id} orderKey={claimKey} />;
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
      waiting={<PayOrderForm orderId={o.id} orderNumber={o.number} total={o.total} />}
    >
      <div className="flex flex-wrap gap-6">
        <Link href={storePath(slug)} className={footerLink}>
          ← Continue shopping
        </Link>
        <Link href={storePath(slug, "/account")} className={footerLink}>
          All your orders
        </Link>
      </div>
    </OrderView>
  );
}
