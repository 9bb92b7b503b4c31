"use client";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import type { RouterInputs, RouterOutputs } from "@commerce/api/client";
import { domainCodeOf, isSignedOutError } from "@commerce/ui/errors";
import { useAttemptKeys } from "@commerce/ui/attempt-keys";
import { usePayOrder } from "./use-pay-order";

export type CheckoutOrder = RouterOutputs["order"]["checkout"]["order"];
export type CheckoutRequest = Omit<RouterInputs["order"]["checkout"], "idempotencyKey">;

const notThrough = "The payment did not go through.";

/**
 * The storefront's checkout: one request (order.checkout) places the order and charges the card.
 * A declined card leaves the order waiting; the shopper's next card pays that same order
 * (order.pay). The key is kept while the same request is retried after no answer (or a busy
 * one), and is new once an answer came or the basket, name or card changed.
 */
export function useCheckout() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const checkout = useMutation(trpc.order.checkout.mutationOptions());
  const { pay, mutation: payment } = usePayOrder();
  const attempts = useAttemptKeys();
  /** The order a declined card left waiting: further presses of Pay pay it. */
  const [order, setOrder] = useState<CheckoutOrder | null>(null);
  const [declined, setDeclined] = useState<string | null>(null);

  const stockChanged = () => void queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });

  /** Checks out (or pays the waiting order); resolves with the paid order's id, else null (the reason is shown). */
  async function submit(request: CheckoutRequest): Promise<string | null> {
    setDeclined(null);
    if (order) {
      const result = await pay(order.id, request.cardToken);
      if (!result) return null;
      if (result.status === "SUCCEEDED") return order.id;
      setDeclined(result.failureMessage ?? notThrough);
      return null;
    }

    let answer: RouterOutputs["order"]["checkout"];
    try {
      answer = await checkout.mutateAsync({ ...request, idempotencyKey: attempts.keyFor(JSON.stringify(request)) });
    } catch (error) {
      attempts.settle(error);
      if (domainCodeOf(error) === "OUT_OF_STOCK") stockChanged();
      // The session ended meanwhile: asking who is signed in again brings back the sign-in prompt.
      if (isSignedOutError(error)) void queryClient.invalidateQueries({ queryKey: trpc.identity.me.queryKey() });
      return null;
    }
    attempts.settle();
    stockChanged();
    void queryClient.invalidateQueries({ queryKey: trpc.order.list.pathKey() });
    if (answer.payment.status === "SUCCEEDED") return answer.order.id;
    setOrder(answer.order);
    setDeclined(answer.payment.failureMessage ?? notThrough);
    return null;
  }

  return {
    submit,
    order,
    declined,
    /** The checkout's error while no order is waiting (field problems included). */
    checkoutError: order ? null : checkout.error,
    paymentError: payment.error,
    placing: checkout.isPending,
    busy: checkout.isPending || payment.isPending,
  };
}
