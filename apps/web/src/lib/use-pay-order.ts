"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import type { RouterOutputs } from "@commerce/api/client";
import { newIdempotencyKey as newKey } from "@commerce/ui/ids";

export type PaymentResult = RouterOutputs["payment"]["process"];

const storageKey = (orderId: string) => `shop:payment-attempt:${orderId}`;

/**
 * The key of a payment attempt that ended in an error rather than an answer (network down,
 * provider unavailable). The server may hold that attempt open, so the next try must reuse
 * the key to resume it. A decline or success is an answer: the next try gets a new key.
 */
function openAttempt(orderId: string): string | null {
  try {
    return window.sessionStorage.getItem(storageKey(orderId));
  } catch {
    return null;
  }
}

function remember(orderId: string, key: string | null) {
  try {
    if (key) window.sessionStorage.setItem(storageKey(orderId), key);
    else window.sessionStorage.removeItem(storageKey(orderId));
  } catch {
    /* storage unavailable: the in-memory flow still works */
  }
}

/** Charges a card for an order, choosing the idempotency key as described above. */
export function usePayOrder() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.payment.process.mutationOptions({
      onSettled: (_data, _error, input) => {
        void queryClient.invalidateQueries({ queryKey: trpc.order.get.queryKey({ id: input.orderId }) });
        void queryClient.invalidateQueries({ queryKey: trpc.payment.status.queryKey({ orderId: input.orderId }) });
      },
    }),
  );

  async function pay(orderId: string, cardToken: string): Promise<PaymentResult | null> {
    const idempotencyKey = openAttempt(orderId) ?? newKey();
    remember(orderId, idempotencyKey);
    try {
      const payment = await mutation.mutateAsync({ orderId, cardToken, idempotencyKey });
      remember(orderId, null);
      return payment;
    } catch {
      return null; // the error is on mutation.error; the key stays for the retry
    }
  }

  return { pay, mutation };
}
