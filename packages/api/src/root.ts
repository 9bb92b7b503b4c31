import { auditRouter } from "./domains/audit/audit.router";
import { cartRouter } from "./domains/cart/cart.router";
import { companyRouter } from "./domains/company/company.router";
import { eventLogRouter } from "./domains/event-log/event-log.router";
import { identityRouter } from "./domains/identity/identity.router";
import { orderRouter } from "./domains/order/order.router";
import { paymentRouter } from "./domains/payment/payment.router";
import { productRouter } from "./domains/product/product.router";
import { reviewRouter } from "./domains/review/review.router";
import { shopRouter } from "./domains/shop/shop.router";
import { staffRouter } from "./domains/staff/staff.router";
import { wishlistRouter } from "./domains/wishlist/wishlist.router";
import { router } from "./trpc";

export const appRouter = router({
  identity: identityRouter,
  company: companyRouter,
  shop: shopRouter,
  staff: staffRouter,
  product: productRouter,
  review: reviewRouter,
  cart: cartRouter,
  wishlist: wishlistRouter,
  order: orderRouter,
  payment: paymentRouter,
  eventLog: eventLogRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
