"use client";
import { useId, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Price } from "@commerce/ui/money";
import { itemsWord, notReadyReason, type CartView } from "~/lib/cart";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { primaryButton } from "../styles";

/** The subtotal, and "Check out" (to the basket's checkout page), disabled with the reason while the basket is not ready. */
export function BasketTotal({ cart, children, onLeave }: { cart: CartView; children?: ReactNode; onLeave?: () => void }) {
  const slug = useStoreSlug();
  const router = useRouter();
  const reasonId = useId();
  const reason = notReadyReason(cart);
  return (
    <div className="space-y-3">
      <dl className="flex items-baseline justify-between gap-4">
        <dt className="text-sm text-gray-600">
          Subtotal <span className="text-gray-500">({itemsWord(cart.count)})</span>
        </dt>
        <dd>
          <Price value={cart.subtotal} className="text-lg font-semibold tabular-nums" />
        </dd>
      </dl>
      {reason && (
        <p id={reasonId} className="text-sm text-gray-600">
          {reason}
        </p>
      )}
      <div className="grid grid-cols-2 gap-2">
        {children}
        <button
          type="button"
          disabled={!cart.ready}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => {
            onLeave?.();
            router.push(storePath(slug, "/basket/checkout"));
          }}
          className={`${primaryButton} ${children ? "" : "col-span-2"}`}
        >
          Check out
        </button>
      </div>
    </div>
  );
}
