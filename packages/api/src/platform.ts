import { config, type Config } from "@commerce/config";
import { createLogger, type Logger } from "@commerce/core/logger";
import { db, poolStats, type Db } from "@commerce/db";
import { watchPool } from "./observability/metrics";
import { createMailSender } from "@commerce/mail";
import { HttpCardProvider } from "@commerce/payments";
import type { Platform, PlatformSettings } from "./service-context";
import { unscopedFor } from "./unscoped";
import { createRequestContext } from "./context";
import { appRouter } from "./root";
import { createCallerFactory } from "./trpc";

const globalForPlatform = globalThis as unknown as { commercePlatform?: Platform };

export function settingsFrom(cfg: Config): PlatformSettings {
  const window = cfg.RATE_LIMIT_WINDOW_SECONDS;
  return {
    accessTtlSeconds: cfg.AUTH_ACCESS_TTL_SECONDS,
    sessionTtlHours: cfg.AUTH_SESSION_TTL_HOURS,
    maxFailedAttempts: cfg.AUTH_MAX_FAILED_ATTEMPTS,
    lockoutMinutes: cfg.AUTH_LOCKOUT_MINUTES,
    rateLimits: {
      apiPerIp: { limit: cfg.RATE_LIMIT_API_PER_IP, windowSeconds: window },
      apiPerUser: { limit: cfg.RATE_LIMIT_API_PER_USER, windowSeconds: window },
      signInPerIp: { limit: cfg.RATE_LIMIT_SIGNIN_PER_IP, windowSeconds: window },
    },
    urls: { web: cfg.WEB_URL, admin: cfg.ADMIN_URL, pos: cfg.POS_URL },
    linkSecret: cfg.AUTH_SECRET,
  };
}

/** Shared handles around a client and logger a process already has (the worker's). */
export function platformFrom(cfg: Config, database: Db, log: Logger): Platform {
  return {
    db: database,
    log,
    payments: new HttpCardProvider(cfg.PAYMENT_PROVIDER_URL, cfg.PAYMENT_PROVIDER_API_KEY),
    mail: createMailSender(cfg),
    settings: settingsFrom(cfg),
  };
}

/** The process's shared handles, built once from validated configuration. */
export function platform(): Platform {
  if (globalForPlatform.commercePlatform) return globalForPlatform.commercePlatform;
  const cfg = config();
  const database = db(cfg.DATABASE_URL, {
    max: cfg.DATABASE_POOL_SIZE,
    acquireTimeoutMs: cfg.DATABASE_POOL_TIMEOUT_MS,
    statementTimeoutMs: cfg.DATABASE_STATEMENT_TIMEOUT_MS,
  });
  watchPool(() => poolStats(database));
  globalForPlatform.commercePlatform = platformFrom(cfg, database, createLogger({ service: "api" }, cfg.LOG_LEVEL));
  return globalForPlatform.commercePlatform;
}

/** The company a storefront URL names, or null when unknown or suspended: its pages answer 404. */
export function storefrontCompany(slug: string) {
  return unscopedFor(platform().db).tenantBySlug(slug);
}

/**
 * The API as a signed-out visitor of a storefront calls it, for what a server-rendered page
 * needs before the browser's own calls (a product page's title, description and address).
 */
export function storefrontCaller(companySlug: string) {
  return createCallerFactory(appRouter)(() => createRequestContext(platform(), { app: "web", companySlug }));
}
