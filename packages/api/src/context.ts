import { randomUUID } from "node:crypto";
import type { Db } from "@commerce/db";
import type { Logger } from "@commerce/core/logger";
import type { PaymentProvider } from "@commerce/payments";

/**
 * What every service call receives first. Plain data plus handles, so the same services run
 * from tRPC, from a worker or from a test.
 */
export interface ServiceContext {
  db: Db;
  requestId: string;
  log: Logger;
  payments: PaymentProvider;
}

export interface Platform {
  db: Db;
  log: Logger;
  payments: PaymentProvider;
}

export function createServiceContext(platform: Platform, requestId: string = randomUUID()): ServiceContext {
  return { ...platform, requestId, log: platform.log.child({ requestId }) };
}
