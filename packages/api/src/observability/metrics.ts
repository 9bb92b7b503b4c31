import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Db } from "@commerce/db";

// Prometheus metrics of one process: API procedures, the database pool, the outbox backlog and
// the worker's consumers. Gauges that describe shared state (backlog, lag) are read when
// scraped, from the source a process registered, so they are never stale.

/** What a process can tell about its PostgreSQL pool. */
export interface PoolStats {
  /** Connections open, idle among them, and queries waiting for one. */
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** A durable consumer's position as the server sees it (shared by every worker process). */
export interface ConsumerLagReport {
  consumer: string;
  pending: number;
  ackPending: number;
  redelivered: number;
}

interface Sources {
  outbox?: Db;
  pool?: () => PoolStats | null;
  consumers?: () => Promise<ConsumerLagReport[]>;
}

function build() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const sources: Sources = {};
  const labels = ["procedure", "type", "outcome"] as const;
  return {
    registry,
    sources,
    procedureRequests: new Counter({
      name: "commerce_procedure_requests_total",
      help: "API procedure calls by procedure, type and outcome (ok or the error code)",
      labelNames: labels,
      registers: [registry],
    }),
    procedureDuration: new Histogram({
      name: "commerce_procedure_duration_seconds",
      help: "API procedure latency",
      labelNames: labels,
      registers: [registry],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
    deliveries: new Counter({
      name: "commerce_consumer_deliveries_total",
      help: "Event deliveries this process settled, by consumer and outcome",
      labelNames: ["consumer", "outcome"] as const,
      registers: [registry],
    }),
    redeliveries: new Counter({
      name: "commerce_consumer_redeliveries_total",
      help: "Deliveries this process received that were not the first of their event",
      labelNames: ["consumer"] as const,
      registers: [registry],
    }),
    pool: new Gauge({
      name: "commerce_db_pool_connections",
      help: "PostgreSQL pool of this process: total, idle, waiting (queries queued for a connection) and max",
      labelNames: ["state"] as const,
      registers: [registry],
      collect() {
        const stats = sources.pool?.();
        if (!stats) return;
        for (const state of ["total", "idle", "waiting", "max"] as const) this.set({ state }, stats[state]);
      },
    }),
    outboxBacklog: new Gauge({
      name: "commerce_outbox_backlog",
      help: "Outbox events not yet published to JetStream (all companies)",
      registers: [registry],
      async collect() {
        if (!sources.outbox) return;
        try {
          // A count across companies: platform-level on purpose, the relay serves them all.
          const [row] = await sources.outbox.$queryRaw<[{ count: bigint }]>`SELECT count(*) AS count FROM outbox_event WHERE "publishedAt" IS NULL`;
          this.set(Number(row.count));
        } catch {
          this.set(Number.NaN); // database away: unknown rather than a stale or a reassuring 0 (readiness says why)
        }
      },
    }),
    ...consumerGauges(registry, sources),
  };
}

/** One read of the server's consumer info per scrape feeds all three lag gauges. */
function consumerGauges(registry: Registry, sources: Sources) {
  let latest: Promise<ConsumerLagReport[]> | undefined;
  const read = () =>
    (latest ??= (sources.consumers?.() ?? Promise.resolve([])).finally(() =>
      setTimeout(() => {
        latest = undefined;
      }, 0),
    ));
  const gauge = (name: string, help: string, pick: (r: ConsumerLagReport) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ["consumer"] as const,
      registers: [registry],
      async collect() {
        if (!sources.consumers) return;
        this.reset();
        const reports = await read().catch(() => []); // NATS away: no figure (readiness says why)
        for (const report of reports) this.set({ consumer: report.consumer }, pick(report));
      },
    });
  return {
    consumerPending: gauge("commerce_consumer_pending", "Events in the stream not yet delivered to a durable consumer", (r) => r.pending),
    consumerAckPending: gauge("commerce_consumer_ack_pending", "Events delivered to a durable consumer and not yet acknowledged", (r) => r.ackPending),
    consumerRedelivered: gauge("commerce_consumer_redelivered", "Events the server has delivered more than once to a durable consumer", (r) => r.redelivered),
  };
}

type Metrics = ReturnType<typeof build>;
const globalForMetrics = globalThis as unknown as { commerceMetrics?: Metrics };

/** The process's metrics, built once (Next's dev reloads reuse them rather than register twice). */
function metrics(): Metrics {
  globalForMetrics.commerceMetrics ??= build();
  return globalForMetrics.commerceMetrics;
}

export const metricsRegistry = (): Registry => metrics().registry;

/** Counts one API procedure call and its latency. Called by the tRPC middleware. */
export function recordProcedure(path: string, type: "query" | "mutation" | "subscription", outcome: string, durationMs: number): void {
  const m = metrics();
  const labels = { procedure: path, type, outcome };
  m.procedureRequests.inc(labels);
  m.procedureDuration.observe(labels, durationMs / 1000);
}

/** Counts one event delivery a consumer settled (fits @commerce/events' DeliveryObserver). */
export function observeDelivery(report: { consumer: string; outcome: string; deliveryCount: number }): void {
  const m = metrics();
  m.deliveries.inc({ consumer: report.consumer, outcome: report.outcome });
  if (report.deliveryCount > 1) m.redeliveries.inc({ consumer: report.consumer });
}

/** Reports the outbox backlog read through this client. */
export function watchOutbox(db: Db): void {
  metrics().sources.outbox = db;
}

/** Reports the process's pool through this reader (null when it cannot tell). */
export function watchPool(read: () => PoolStats | null): void {
  metrics().sources.pool = read;
}

/** Reports consumer lag through this reader (the worker's durable consumers). */
export function watchConsumers(read: () => Promise<ConsumerLagReport[]>): void {
  metrics().sources.consumers = read;
}

/** The exposition text for /api/metrics. */
export async function metricsResponse(): Promise<Response> {
  const registry = metrics().registry;
  return new Response(await registry.metrics(), { status: 200, headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
