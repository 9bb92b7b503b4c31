export { appRouter, type AppRouter } from "./root";
export { createCallerFactory } from "./trpc";
export { createServiceContext, forTenant } from "./context";
export type { ServiceContext, Platform } from "./service-context";
export { sweepStaleRuns } from "./workflows/sweep";
export { sweepGuestBaskets } from "./domains/cart/basket-sweep";
export type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
