"use client";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { domainCodeOf } from "@commerce/ui/errors";
import { withoutNotice, type CartView } from "./cart";

/**
 * The shopper's basket (cart.get): a visitor's, kept by the server behind an HttpOnly cookie,
 * or a signed-in customer's (with this browser's guest basket joined in on the first read).
 */
export function useBasket() {
  const trpc = useTRPC();
  return useQuery(trpc.cart.get.queryOptions());
}

/**
 * Changes to the basket. Each answers with the basket as it is now, which replaces the cached
 * one (so the header's count follows at once); a change the server held back (a quantity held
 * to the stock) leaves its notice here. One change at a time: a press while one runs is ignored.
 */
export function useBasketActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const key = trpc.cart.get.queryKey();

  const options = {
    // A read still on its way would bring back the basket from before this change.
    onMutate: () => queryClient.cancelQueries({ queryKey: key }),
    onSuccess: (view: CartView) => {
      queryClient.setQueryData(key, withoutNotice(view));
      setNotice(view.notice);
    },
    onError: (error: unknown) => {
      setNotice(null);
      // The basket or the stock moved under the shopper: show them as they are now.
      void queryClient.invalidateQueries({ queryKey: key });
      if (domainCodeOf(error) === "OUT_OF_STOCK" || domainCodeOf(error) === "INVALID_STATE")
        void queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
    },
  };
  const add = useMutation(trpc.cart.add.mutationOptions(options));
  const setQuantity = useMutation(trpc.cart.setQuantity.mutationOptions(options));
  const remove = useMutation(trpc.cart.remove.mutationOptions(options));
  const acceptPrices = useMutation(trpc.cart.acceptPrices.mutationOptions(options));
  const all = [add, setQuantity, remove, acceptPrices];
  const busy = all.some((m) => m.isPending);
  // The latest failure: the others are reset when a new change starts.
  const error = all.find((m) => m.error)?.error ?? null;
  const resetErrors = () => all.forEach((m) => m.reset());

  /** Runs one change; resolves with the basket after it, or null when it failed (see `error`) or another was running. */
  async function run<I>(mutate: (input: I) => Promise<CartView>, input: I): Promise<CartView | null> {
    if (busy) return null;
    resetErrors();
    try {
      return await mutate(input);
    } catch {
      return null;
    }
  }

  return {
    add: (variantId: string, quantity: number) => run(add.mutateAsync, { variantId, quantity }),
    setQuantity: (variantId: string, quantity: number) => run(setQuantity.mutateAsync, { variantId, quantity }),
    remove: (variantId: string) => run(remove.mutateAsync, { variantId }),
    acceptPrices: () => run(() => acceptPrices.mutateAsync(), undefined),
    busy,
    adding: add.isPending,
    accepting: acceptPrices.isPending,
    error,
    /** What the last change could not do as asked ("Only 3 of … in stock: your basket has 3"). */
    notice,
  };
}

export type BasketActions = ReturnType<typeof useBasketActions>;
