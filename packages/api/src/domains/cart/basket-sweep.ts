import type { Platform } from "../../service-context";
import { unscopedFor } from "../../unscoped";
import { guestCookieSeconds } from "./cart.service";

// The worker forgets guests' baskets whose cookie has run out: nobody can find them any more.

/** Forgets such baskets a batch at a time until none is left; says how many. */
export async function sweepGuestBaskets(platform: Platform, options: { now?: Date; batch?: number } = {}): Promise<number> {
  const before = new Date((options.now ?? new Date()).getTime() - guestCookieSeconds * 1000);
  const unscoped = unscopedFor(platform.db);
  let forgotten = 0;
  for (;;) {
    const batch = await unscoped.forgetGuestBaskets(before, options.batch ?? 500);
    forgotten += batch;
    if (batch < (options.batch ?? 500)) return forgotten;
  }
}
