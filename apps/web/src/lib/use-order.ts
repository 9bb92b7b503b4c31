"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import type { RouterOutputs } from "@commerce/api/client";

export type Order = RouterOutputs["order"]["get"];

const POLL_MS = 2000;

/** How often an order's page asks again, in seconds (said on the page). */
export const pollSeconds = POLL_MS / 1000;

/** Keep following while there is something to follow; stop when the very first load failed. */
const poll = (query: { state: { status: string; data: unknown } }) => (query.state.status === "error" && !query.state.data ? false : POLL_MS);

/**
 * Where the order's money stands, from the order itself (as payment.status works it out): the
 * captured payment and its refunds, else the latest attempt.
 */
export function paymentStateOf(order: Pick<Order, "payments">): string {
  const captured = order.payments.find((p) => p.status === "SUCCEEDED");
  if (captured) {
    if (captured.refunded.amount === 0) return "PAID";
    return captured.refunded.amount === captured.amount.amount ? "REFUNDED" : "PARTIALLY_REFUNDED";
  }
  const latest = order.payments.at(-1);
  return latest?.status === "PROCESSING" ? "PROCESSING" : latest?.status === "FAILED" ? "FAILED" : "UNPAID";
}

/** A signed-in customer's order, followed live (order.get and payment.status, polled). */
export function useCustomerOrder(id: string) {
  const trpc = useTRPC();
  const order = useQuery({ ...trpc.order.get.queryOptions({ id }), refetchInterval: poll });
  const payment = useQuery({ ...trpc.payment.status.queryOptions({ orderId: id }), refetchInterval: poll, enabled: order.isSuccess });
  const paymentState = payment.data?.state ?? (order.data ? paymentStateOf(order.data) : "UNPAID");
  return { order, paymentState };
}

/** A guest's order, followed live by its link's key (order.track, polled; payment.status is for accounts). */
export function useGuestOrder(id: string, key: string) {
  const trpc = useTRPC();
  const order = useQuery({ ...trpc.order.track.queryOptions({ id, key }), refetchInterval: poll });
  return { order, paymentState: order.data ? paymentStateOf(order.data) : "UNPAID" };
}

/**
 * Takes a guest's order (by its link's key) into the signed-in customer's account: once done,
 * the order is the customer's own, and order.get shows it.
 */
export function useClaimOrder(id: string, key: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.order.claim.mutationOptions({
      onSuccess: (order) => {
        queryClient.setQueryData(trpc.order.get.queryKey({ id }), order);
        void queryClient.invalidateQueries({ queryKey: trpc.order.list.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.payment.status.queryKey({ orderId: id }) });
      },
    }),
  );
  return { claim: () => mutation.mutate({ id, key }), claiming: mutation.isPending, error: mutation.error };
}
