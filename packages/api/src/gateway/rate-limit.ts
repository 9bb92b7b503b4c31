import type { Db } from "@commerce/db";
import { DomainError } from "@commerce/core/errors";

// Fixed-window counters in PostgreSQL, so every instance of every app shares them.

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

export async function hit(db: Db, key: string, rule: RateLimit, now = Date.now()): Promise<RateDecision> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_counter (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = rate_limit_counter.count + 1
    RETURNING count`;
  const count = Number(rows[0]?.count ?? 1);
  // Old windows are swept now and then by whoever happens to be counting.
  if (Math.random() < 0.005) {
    void db.$executeRaw`DELETE FROM rate_limit_counter WHERE "windowStart" < ${new Date(now - 3_600_000)}`.catch(() => undefined);
  }
  return { allowed: count <= rule.limit, count, retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000)) };
}

/** Counts a hit and throws RATE_LIMITED (429 with Retry-After) when over the limit. */
export async function enforce(db: Db, key: string, rule: RateLimit, what: string): Promise<void> {
  const decision = await hit(db, key, rule);
  if (!decision.allowed) {
    throw new DomainError("RATE_LIMITED", `Too many ${what}; try again in ${decision.retryAfterSeconds} s`, { retryAfterSeconds: decision.retryAfterSeconds });
  }
}
