import { config } from "@commerce/config";
import { createLogger } from "@commerce/core/logger";
import { createDb } from "@commerce/db";
import { connectBus, eventRecorder, runConsumer, startRelay } from "@commerce/events";

// The worker: relays the outbox to JetStream and runs the durable consumers.
// SIGTERM stops taking new messages, finishes the one in hand, then exits.

const cfg = config();
const log = createLogger({ process: "worker" }, cfg.LOG_LEVEL);
const db = createDb(cfg.DATABASE_URL, { max: 5 });
const bus = await connectBus({ natsUrl: cfg.NATS_URL, stream: cfg.EVENTS_STREAM, subjectPrefix: cfg.EVENTS_SUBJECT_PREFIX }, "worker");

const relay = await startRelay(db, bus, cfg.DATABASE_URL, log.child({ part: "outbox-relay" }));
const consumers = await Promise.all([eventRecorder].map((spec) => runConsumer(db, bus, spec, log.child({ consumer: spec.durable }))));
log.info("worker started", { stream: cfg.EVENTS_STREAM, consumers: [eventRecorder.durable] });

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info("worker stopping", { signal });
  const force = setTimeout(() => { log.error("shutdown took too long, exiting"); process.exit(1); }, 15_000);
  force.unref();
  await relay.stop();
  await Promise.all(consumers.map((c) => c.stop()));
  await bus.close();
  await db.$disconnect();
  log.info("worker stopped");
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
