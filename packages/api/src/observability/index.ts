// Health, readiness and Prometheus metrics, shared by the Next apps and the worker.
export * from "./metrics";
export * from "./health";
export { appProbes } from "./next";
