import type { PeriodicJob } from "./job";
import { guestBasketSweep } from "./guest-basket-sweep.job";
import { workflowSweep } from "./workflow-sweep.job";

export type { JobContext, PeriodicJob } from "./job";

/** Every periodic job the worker runs, listed here once (one file each beside this one). */
export const jobs: readonly PeriodicJob[] = [workflowSweep, guestBasketSweep];
