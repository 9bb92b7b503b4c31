"use client";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import type { RouterOutputs } from "@commerce/api/client";
import { isSignedOutError } from "@commerce/ui/errors";
import { isUnsettled, useAttemptKeys } from "@commerce/ui/attempt-keys";
import { checkoutSignature, type CartView } from "./cart";
import { usePayOrder } from "./use-pay-order";

type Answer = RouterOutputs["cart"]["checkout"];
export type BasketOrder = Answer["order"];

/** A paid order: its id, and for a guest the key of its link (null for a customer). */
export interface PaidOrder {
  id: string;
  guestKey: string | null;
}

const notThrough = "The payment did not go through.";

/**
 * Paying for the basket: cart.checkout places one order of its lines and charges the card,
 * against the total the shopper was shown. The idempotency key is kept while the same attempt
 * (same basket, prices, name, email and card) is retried after no answer, and is new once an answer
 * came or the basket changed. A declined card leaves the order waiting (the basket is emptied
 * into it): the next press pays that order (order.pay). A guest (who gives an email) gets the
 * key of the order's link instead, and cannot pay again here: order.pay needs an account. A
 * basket that changed meanwhile is read again and shown, with the server's words.
 */
export function useBasketCheckout() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const checkout = useMutation(trpc.cart.checkout.mutationOptions());
  const { pay, mutation: payment } = usePayOrder();
  const attempts = useAttemptKeys();
  const [order, setOrder] = useState<BasketOrder | null>(null);
  /**
   * The basket as it was sent: kept on screen once an order holds it (the basket itself is then
   * empty), and while an attempt went unanswered, so pressing Pay again retries that same attempt.
   */
  const [sent, setSent] = useState<{ cart: CartView; answered: boolean } | null>(null);
  const [declined, setDeclined] = useState<string | null>(null);
  /** A guest's waiting order's link key (null for a customer's). */
  const [guestKey, setGuestKey] = useState<string | null>(null);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
  };

  /**
   * Pays (or pays a customer's waiting order); `email` is a guest's. Resolves with the paid
   * order, else null (the reason is shown).
   */
  async function submit({ cart, name, email, cardToken }: { cart: CartView; name: string; email?: string; cardToken: string }): Promise<PaidOrder | null> {
    if (order) {
      if (guestKey) return null; // a guest's waiting order is paid after signing in, from its page
      setDeclined(null);
      const result = await pay(order.id, cardToken);
      if (!result) return null;
      if (result.status === "SUCCEEDED") return { id: order.id, guestKey: null };
      setDeclined(result.failureMessage ?? notThrough);
      return null;
    }

    setDeclined(null);
    let answer: Answer;
    try {
      answer = await checkout.mutateAsync({
        customer: email === undefined ? { name } : { name, email },
        cardToken,
        expectedTotal: cart.subtotal.amount,
        idempotencyKey: attempts.keyFor(checkoutSignature(cart, { name, email, cardToken })),
      });
    } catch (error) {
      attempts.settle(error);
      if (isUnsettled(error)) setSent({ cart, answered: false });
      else {
        // Prices, stock or the basket moved (or it is empty): show it as it is now.
        setSent(null);
        refresh();
      }
      // The session ended meanwhile: asking who is signed in again brings back the sign-in prompt.
      if (isSignedOutError(error)) void queryClient.invalidateQueries({ queryKey: trpc.identity.me.queryKey() });
      return null;
    }
    attempts.settle();
    setSent({ cart, answered: true });
    refresh();
    void queryClient.invalidateQueries({ queryKey: trpc.order.list.pathKey() });
    if (answer.payment.status === "SUCCEEDED") return { id: answer.order.id, guestKey: answer.guestKey };
    setOrder(answer.order);
    setGuestKey(answer.guestKey);
    setDeclined(answer.payment.failureMessage ?? notThrough);
    return null;
  }

  return {
    submit,
    order,
    /** The key of a guest's waiting order's link: with it, its page can be followed signed out. */
    guestKey,
    /** The basket to show instead of the live one: an order holds it, or an attempt to pay for it is unanswered. */
    sentCart: sent?.cart ?? null,
    declined,
    /** The checkout's error while no order is waiting (field problems included). */
    checkoutError: order ? null : checkout.error,
    paymentError: payment.error,
    placing: checkout.isPending,
    busy: checkout.isPending || payment.isPending,
  };
}

export type BasketCheckout = ReturnType<typeof useBasketCheckout>;
