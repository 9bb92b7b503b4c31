import { config } from "@commerce/config";
import { createLogger } from "@commerce/core/logger";
import { createDb, poolStats } from "@commerce/db";
import { connectBus, consumerLag, runConsumer, startRelay } from "@commerce/events";
import {
  consumerLagCheck,
  databaseCheck,
  healthResponse,
  metricsResponse,
  natsCheck,
  observeDelivery,
  readinessResponse,
  watchConsumers,
  watchOutbox,
  watchPool,
} from "@commerce/api/observability";
import { platformFrom } from "@commerce/api/platform";
import { consumers } from "./consumers";
import { startHttp } from "./http";
import { jobs } from "./jobs";
import { startJobs } from "./jobs/job";

// The worker: relays the outbox to JetStream, runs the durable consumers and the periodic jobs,
// and answers health, readiness and metrics on its own port. Several worker processes may run
// side by side: they share each durable consumer, and effects still happen once.
// SIGTERM stops taking new messages, finishes the ones in hand, then exits.

const cfg = config();
const log = createLogger({ process: "worker", pid: process.pid }, cfg.LOG_LEVEL);
const db = createDb(cfg.DATABASE_URL, { max: 5 });
const bus = await connectBus(
  { natsUrl: cfg.NATS_URL, stream: cfg.EVENTS_STREAM, subjectPrefix: cfg.EVENTS_SUBJECT_PREFIX, ackWaitSeconds: cfg.EVENTS_ACK_WAIT_SECONDS },
  "worker",
);

const lag = () => Promise.all(consumers.map(async (c) => ({ consumer: c.durable, ...(await consumerLag(bus, c.durable)) })));
watchOutbox(db);
watchPool(() => poolStats(db));
watchConsumers(lag);

const relay = await startRelay(db, bus, cfg.DATABASE_URL, log.child({ part: "outbox-relay" }));
const running = await Promise.all(consumers.map((spec) => runConsumer(db, bus, spec, log, observeDelivery)));
const periodic = startJobs(jobs, platformFrom(cfg, db, log), log.child({ part: "jobs" }));
const http = await startHttp(
  cfg.WORKER_HTTP_PORT,
  {
    "/api/health": () => healthResponse("worker"),
    "/api/ready": () => readinessResponse("worker", [databaseCheck(db), natsCheck(() => bus.nc.rtt()), consumerLagCheck(lag, cfg.WORKER_READY_MAX_LAG)]),
    "/api/metrics": () => metricsResponse(),
  },
  log,
);
log.info("worker started", { stream: cfg.EVENTS_STREAM, consumers: consumers.map((c) => c.durable), jobs: jobs.map((j) => j.name), httpPort: http.port });

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info("worker stopping", { signal });
  const force = setTimeout(() => {
    log.error("shutdown took too long, exiting");
    process.exit(1);
  }, 15_000);
  force.unref();
  await periodic.stop();
  await relay.stop();
  await Promise.all(running.map((c) => c.stop()));
  await http.close();
  await bus.close();
  await db.$disconnect();
  log.info("worker stopped");
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
