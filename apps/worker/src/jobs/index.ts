import type { PeriodicJob } from "./job";

export type { JobContext, PeriodicJob } from "./job";

/** Every periodic job the worker runs, listed here once (one file each beside this one). */
export const jobs: readonly PeriodicJob[] = [];
