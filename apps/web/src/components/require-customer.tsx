"use client";
import { useEffect, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { currentLocation, storePath, withNext } from "~/lib/paths";
import { useCustomer, type Me } from "~/lib/use-customer";
import { useSigningOut, useStoreSlug } from "~/lib/store-context";

/**
 * Shows its content (or a function of the customer) to a signed-in customer of this storefront;
 * sends anyone else to sign in, then back.
 */
export function RequireCustomer({ children }: { children: ReactNode | ((me: Me) => ReactNode) }) {
  const slug = useStoreSlug();
  const router = useRouter();
  const customer = useCustomer();
  const signingOut = useSigningOut();
  const mustSignIn = customer.status === "signedOut" && !signingOut;

  useEffect(() => {
    if (mustSignIn) router.replace(withNext(storePath(slug, "/signin"), currentLocation()));
  }, [mustSignIn, router, slug]);

  if (customer.status === "signedIn") return typeof children === "function" ? children(customer.me) : children;
  if (customer.status === "error") return <ErrorBox error={customer.error} onRetry={customer.retry} />;
  if (customer.status === "signedOut") return <Spinner label={signingOut ? "Signing out…" : "Taking you to sign in…"} />;
  return <Spinner label="Checking your account…" />;
}
