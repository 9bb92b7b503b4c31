"use client";
import Link from "next/link";
import { messageOf } from "@commerce/ui/errors";
import { Working } from "@commerce/ui/form";
import { ErrorBox } from "@commerce/ui/states";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { useClaimOrder } from "~/lib/use-order";
import { panel, primaryButton, textLink } from "./styles";

/**
 * A signed-in customer with a guest order's link (its key), for an order that is not theirs yet:
 * one press adds it to their account (order.claim), and the order shows as theirs.
 */
export function ClaimOrder({ id, orderKey }: { id: string; orderKey: string }) {
  const slug = useStoreSlug();
  const { claim, claiming, error } = useClaimOrder(id, orderKey);
  return (
    <section aria-labelledby="claim-order-heading" className={`mx-auto max-w-lg space-y-4 ${panel}`}>
      <h1 id="claim-order-heading" className="text-2xl font-semibold tracking-tight">
        An order placed as a guest
      </h1>
      <p className="text-sm text-gray-600">
        This order was placed without an account. Add it to your account to follow it with your other orders, and to pay for it if it is still waiting.
      </p>
      {error ? <ErrorBox error={{ message: messageOf(error) }} /> : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={claim} disabled={claiming} aria-busy={claiming || undefined} className={primaryButton}>
          Add this order to my account
        </button>
        {claiming && <Working>Adding the order to your account…</Working>}
      </div>
      <p>
        <Link href={storePath(slug)} className={`text-sm ${textLink}`}>
          Back to the shop
        </Link>
      </p>
    </section>
  );
}
