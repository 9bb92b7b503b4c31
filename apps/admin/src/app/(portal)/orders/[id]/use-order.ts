import { useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";

export type Order = RouterOutputs["order"]["get"];
export type Payment = Order["payments"][number];

/** After a change to an order: its views, payments, events and (stock) products are stale. */
export function useInvalidateOrder() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.order.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.payment.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.eventLog.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() }),
    ]);
}
