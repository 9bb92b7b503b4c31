"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { orderActionWords, orderStatusWords, type OrderStatus } from "@commerce/ui/order-status";
import { ErrorBox } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { button, Card } from "~/components/ui";
import { useInvalidateOrder, type Order } from "./use-order";

/** One button per move the server says is allowed. */
export function StatusActions({ order }: { order: Order }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateOrder();
  const [done, setDone] = useState<string | null>(null);
  const update = useMutation(
    trpc.order.updateStatus.mutationOptions({
      onSuccess: async (updated) => {
        queryClient.setQueryData(trpc.order.get.queryKey({ id: updated.id }), updated);
        setDone(`Order #${updated.number} is now ${orderStatusWords[updated.status].toLowerCase()}`);
        await invalidate();
      },
    }),
  );

  function move(status: OrderStatus) {
    if (update.isPending) return;
    if (status === "CANCELLED") {
      const refundNote = order.refundable.amount > 0 ? " Any captured payment is refunded automatically." : "";
      if (!window.confirm(`Cancel order #${order.number}?${refundNote} This cannot be undone.`)) return;
    }
    setDone(null);
    update.mutate({ id: order.id, status });
  }

  return (
    <Card title="Status">
      {order.nextStatuses.length === 0 ? (
        <p className="text-sm text-gray-500">
          This order is <span className="font-medium text-gray-900">{orderStatusWords[order.status].toLowerCase()}</span>; there is nothing more to do with it.
        </p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {order.nextStatuses.map((status) => {
            const busy = update.isPending && update.variables?.status === status;
            return (
              <button
                key={status}
                type="button"
                onClick={() => move(status)}
                disabled={update.isPending}
                aria-busy={busy || undefined}
                className={status === "CANCELLED" ? button.danger : button.primary}
              >
                {busy && <span aria-hidden="true" className="h-3.5 w-3.5 motion-safe:animate-spin rounded-full border-2 border-current/30 border-t-current" />}
                {orderActionWords[status]}
              </button>
            );
          })}
        </div>
      )}
      {update.error && (
        <div className="mt-3">
          <ErrorBox error={update.error} />
        </div>
      )}
      {done && !update.error && (
        <p role="status" className="mt-3 text-sm text-emerald-700">
          {done}
        </p>
      )}
    </Card>
  );
}
