import { config } from "@commerce/config";
import { createLogger } from "@commerce/core/logger";
import { db } from "@commerce/db";
import { HttpCardProvider } from "@commerce/payments";
import type { Platform } from "./context";

const globalForPlatform = globalThis as unknown as { commercePlatform?: Platform };

/** The process's shared handles, built once from validated configuration. */
export function platform(): Platform {
  if (globalForPlatform.commercePlatform) return globalForPlatform.commercePlatform;
  const cfg = config();
  globalForPlatform.commercePlatform = {
    db: db(cfg.DATABASE_URL),
    log: createLogger({ service: "api" }, cfg.LOG_LEVEL),
    payments: new HttpCardProvider(cfg.PAYMENT_PROVIDER_URL, cfg.PAYMENT_PROVIDER_API_KEY),
  };
  return globalForPlatform.commercePlatform;
}
