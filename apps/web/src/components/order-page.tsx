"use client";
import { useSearchParams } from "next/navigation";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { useSigningOut } from "~/lib/store-context";
import { useCustomer } from "~/lib/use-customer";
import { GuestOrderDetail } from "./guest-order-detail";
import { OrderDetail } from "./order-detail";
import { RequireCustomer } from "./require-customer";

/**
 * /<slug>/orders/<id>: a customer's own order; with `?key=` (a guest order's link), a visitor
 * follows it, and a signed-in customer can add it to their account.
 */
export function OrderPageView({ id }: { id: string }) {
  const key = useSearchParams().get("key");
  if (!key) {
    return (
      <RequireCustomer>
        <OrderDetail id={id} />
      </RequireCustomer>
    );
  }
  return <OrderByLink id={id} orderKey={key} />;
}

function OrderByLink({ id, orderKey }: { id: string; orderKey: string }) {
  const customer = useCustomer();
  const signingOut = useSigningOut();
  if (customer.status === "loading") return <Spinner label="Checking your account…" />;
  if (customer.status === "error") return <ErrorBox error={customer.error} onRetry={customer.retry} />;
  if (customer.status === "signedOut") return signingOut ? <Spinner label="Signing out…" /> : <GuestOrderDetail id={id} orderKey={orderKey} />;
  return <OrderDetail id={id} claimKey={orderKey} />;
}
