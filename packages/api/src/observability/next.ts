import { config } from "@commerce/config";
import type { Db } from "@commerce/db";
import { pingNats } from "@commerce/events";
import { databaseCheck, healthResponse, natsCheck, readinessResponse } from "./health";
import { metricsResponse, watchOutbox } from "./metrics";

/**
 * The three probe routes of a Next app (/api/health, /api/ready, /api/metrics). The database is
 * reached lazily, so liveness answers even when configuration or the pool is in trouble.
 */
export function appProbes(service: string, db: () => Db, natsUrl: () => string = () => config().NATS_URL) {
  return {
    health: async () => healthResponse(service),
    ready: async () => {
      const url = natsUrl();
      return readinessResponse(service, [databaseCheck(db()), natsCheck(() => pingNats(url, `${service}-probe`))]);
    },
    metrics: async () => {
      watchOutbox(db());
      return metricsResponse();
    },
  };
}
