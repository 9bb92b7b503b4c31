import { sweepGuestBaskets } from "@commerce/api";
import type { PeriodicJob } from "./job";

/** Guests' baskets whose cookie ran out (30 days untouched) are forgotten; every worker may sweep, rows are claimed with SKIP LOCKED. */
export const guestBasketSweep: PeriodicJob = {
  name: "guest-basket-sweep",
  everyMs: 10 * 60_000,
  async run({ platform, log }) {
    const forgotten = await sweepGuestBaskets(platform);
    if (forgotten) log.info("stale guest baskets forgotten", { forgotten });
  },
};
