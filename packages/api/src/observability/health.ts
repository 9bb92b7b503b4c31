import type { Db } from "@commerce/db";

// Liveness and readiness. Liveness says only that the process answers; readiness says whether
// it can do its work now, naming each dependency that cannot, so an orchestrator stops sending
// it traffic (or a person knows where to look).

/** One thing readiness depends on: resolves with details when ready, throws saying why not. */
export interface ReadinessCheck {
  name: string;
  run(): Promise<Record<string, unknown> | void>;
}

const checkTimeoutMs = 2_000;

function withinTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface CheckResult {
  ready: boolean;
  error?: string;
  [detail: string]: unknown;
}

/** Runs every check at once, each bounded in time. */
export async function readiness(checks: ReadinessCheck[]): Promise<{ ready: boolean; notReady: string[]; checks: Record<string, CheckResult> }> {
  const results = await Promise.all(
    checks.map(async (c): Promise<[string, CheckResult]> => {
      try {
        return [c.name, { ready: true, ...((await withinTimeout(c.run(), checkTimeoutMs)) ?? {}) }];
      } catch (error) {
        const details = error instanceof NotReady ? error.details : {};
        return [c.name, { ready: false, error: error instanceof Error ? error.message : String(error), ...details }];
      }
    }),
  );
  const notReady = results.filter(([, r]) => !r.ready).map(([name]) => name);
  return { ready: notReady.length === 0, notReady, checks: Object.fromEntries(results) };
}

/** A check's refusal that still reports what it saw (e.g. the lag it measured). */
export class NotReady extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The database answers a query. */
export function databaseCheck(db: Db): ReadinessCheck {
  return {
    name: "database",
    run: async () => {
      await db.$queryRaw`SELECT 1`;
    },
  };
}

/** NATS answers a round trip. */
export function natsCheck(ping: () => Promise<number>): ReadinessCheck {
  return { name: "nats", run: async () => ({ rttMs: await ping() }) };
}

/** Every durable consumer is within `maxLag` events (not yet delivered plus not yet acknowledged). */
export function consumerLagCheck(read: () => Promise<{ consumer: string; pending: number; ackPending: number }[]>, maxLag: number): ReadinessCheck {
  return {
    name: "consumers",
    async run() {
      const lag = Object.fromEntries((await read()).map((r) => [r.consumer, r.pending + r.ackPending]));
      const behind = Object.entries(lag)
        .filter(([, n]) => n > maxLag)
        .map(([consumer]) => consumer);
      if (behind.length > 0) throw new NotReady(`${behind.join(", ")} more than ${maxLag} events behind`, { lag, maxLag });
      return { lag, maxLag };
    },
  };
}

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store" } });

/** /api/health: the process is alive and answering. */
export function healthResponse(service: string): Response {
  return json({ status: "ok", service, uptimeSeconds: Math.round(process.uptime()) }, 200);
}

/** /api/ready: 200 when every check passes, else 503 naming what is not ready. */
export async function readinessResponse(service: string, checks: ReadinessCheck[]): Promise<Response> {
  const result = await readiness(checks);
  return json({ status: result.ready ? "ready" : "not ready", service, ...result }, result.ready ? 200 : 503);
}
