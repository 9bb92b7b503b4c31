import { eventLogRouter } from "./domains/event-log/event-log.router";
import { orderRouter } from "./domains/order/order.router";
import { paymentRouter } from "./domains/payment/payment.router";
import { productRouter } from "./domains/product/product.router";
import { router } from "./trpc";

export const appRouter = router({
  product: productRouter,
  order: orderRouter,
  payment: paymentRouter,
  eventLog: eventLogRouter,
});

export type AppRouter = typeof appRouter;
