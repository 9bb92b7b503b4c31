"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import type { RouterOutputs } from "@commerce/api/client";
import { newIdempotencyKey as newKey } from "@commerce/ui/ids";
import { isUnsettled } from "@commerce/ui/attempt-keys";

export type PaymentResult = RouterOutputs["order"]["pay"];

const storageKey = (orderId: string) => `shop:payment-attempt:${orderId}`;

/**
 * A payment attempt whose answer never came (network down, server busy, provider unavailable).
 * The server may hold that attempt open, so the next try with the same card reuses its key to
 * resume it; it is kept in session storage so a reload resumes it too. A decline, a success or
 * any other refusal is an answer: the next try gets a new key, and so does another card.
 */
interface OpenAttempt {
  key: string;
  cardToken: string;
}

function openAttempt(orderId: string): OpenAttempt | null {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(storageKey(orderId)) ?? "null") as Partial<OpenAttempt> | null;
    return typeof saved?.key === "string" && typeof saved.cardToken === "string" ? { key: saved.key, cardToken: saved.cardToken } : null;
  } catch {
    return null; // unavailable, or written by an older version: start afresh
  }
}

function remember(orderId: string, attempt: OpenAttempt | null) {
  try {
    if (attempt) window.sessionStorage.setItem(storageKey(orderId), JSON.stringify(attempt));
    else window.sessionStorage.removeItem(storageKey(orderId));
  } catch {
    /* storage unavailable: the in-memory flow still works */
  }
}

/** Pays a PENDING order with a card (order.pay: charge, then the order is PAID), choosing the key as described above. */
export function usePayOrder() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.order.pay.mutationOptions({
      onSettled: (_data, _error, input) => {
        void queryClient.invalidateQueries({ queryKey: trpc.order.get.queryKey({ id: input.orderId }) });
        void queryClient.invalidateQueries({ queryKey: trpc.payment.status.queryKey({ orderId: input.orderId }) });
      },
    }),
  );

  async function pay(orderId: string, cardToken: string): Promise<PaymentResult | null> {
    const open = openAttempt(orderId);
    const idempotencyKey = open?.cardToken === cardToken ? open.key : newKey();
    remember(orderId, { key: idempotencyKey, cardToken });
    try {
      const payment = await mutation.mutateAsync({ orderId, cardToken, idempotencyKey });
      remember(orderId, null);
      return payment;
    } catch (error) {
      // The error is on mutation.error; the key stays only while the outcome is unknown.
      if (!isUnsettled(error)) remember(orderId, null);
      return null;
    }
  }

  return { pay, mutation };
}
