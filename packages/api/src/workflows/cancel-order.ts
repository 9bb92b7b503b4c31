import type { ServiceContext } from "../context";
import { getOrder, updateOrderStatus } from "../domains/order/order.service";
import { refundPayment } from "../domains/payment/payment.service";

/**
 * Cancelling a paid order gives the money back first, then cancels (which returns the stock).
 * If the refund fails nothing is cancelled; if cancelling fails after the refund, a retry
 * finds the refund already done (same idempotency key) and only cancels.
 */
export async function cancelOrder(ctx: ServiceContext, input: { id: string; reason?: string | undefined }) {
  const order = await getOrder(ctx, input.id);
  if (order.status === "PAID") {
    for (const payment of order.payments.filter((p) => p.status === "SUCCEEDED" && p.refunded.amount < p.amount.amount)) {
      await refundPayment(ctx, { paymentId: payment.id, reason: input.reason ?? "Order cancelled", idempotencyKey: `cancel:${order.id}:${payment.id}` });
    }
  }
  return updateOrderStatus(ctx, { id: input.id, status: "CANCELLED", reason: input.reason });
}
