export { appRouter, type AppRouter } from "./root";
export { createCallerFactory } from "./trpc";
export { createServiceContext, type ServiceContext, type Platform } from "./context";
export type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
