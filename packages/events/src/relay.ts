import pg from "pg";
import { headers } from "@nats-io/transport-node";
import type { Db } from "@commerce/db";
import type { Logger } from "@commerce/core/logger";
import { requestIdHeader, type Bus } from "./bus";
import type { DomainEvent } from "./catalogue";

interface OutboxRow {
  id: string;
  type: string;
  payload: DomainEvent;
  companyId: string | null;
  requestId: string | null;
}

/** The event as consumers see it: the company comes from the row (stamped by the tenancy layer), never from the payload. */
function outgoing(row: OutboxRow): string {
  return JSON.stringify({ ...row.payload, companyId: row.companyId, data: { ...row.payload.data, companyId: row.companyId } });
}

/**
 * Moves committed outbox rows to JetStream. The event id goes out as Nats-Msg-Id, so a
 * publish retried after a crash is dropped by the server as a duplicate. SKIP LOCKED lets
 * several relays run side by side without publishing the same row at once. The request id
 * travels as a header, beside Nats-Msg-Id.
 */
export async function relayBatch(db: Db, bus: Bus, batchSize = 100): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<OutboxRow[]>`
      SELECT id, type, payload, "companyId", "requestId" FROM outbox_event
      WHERE "publishedAt" IS NULL ORDER BY "occurredAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
      const published: string[] = [];
      for (const row of rows) {
        try {
          const h = headers();
          if (row.requestId) h.set(requestIdHeader, row.requestId);
          await bus.js.publish(bus.subject(row.type), outgoing(row), { msgID: row.id, headers: h });
          published.push(row.id);
        } catch (error) {
          await tx.outboxEvent.update({
            where: { id: row.id },
            data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 500) },
          });
          break; // keep order: later events wait for this one
        }
      }
      if (published.length > 0) {
        await tx.outboxEvent.updateMany({ where: { id: { in: published } }, data: { publishedAt: new Date() } });
      }
      return published.length;
    },
    { timeout: 30_000 },
  );
}

export interface Relay {
  stop(): Promise<void>;
}

/** Runs the relay until stopped: wakes on NOTIFY from a commit, and polls as a safety net. */
export async function startRelay(db: Db, bus: Bus, databaseUrl: string, log: Logger, pollMs = 1000): Promise<Relay> {
  let stopping = false;
  let wake: (() => void) | undefined;
  const listener = new pg.Client({ connectionString: databaseUrl });
  await listener.connect();
  await listener.query("LISTEN outbox_event");
  listener.on("notification", () => wake?.());

  const loop = (async () => {
    while (!stopping) {
      try {
        const n = await relayBatch(db, bus);
        if (n > 0) {
          log.debug("relayed outbox events", { count: n });
          continue;
        }
      } catch (error) {
        log.error("outbox relay failed, retrying", { error });
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();

  return {
    async stop() {
      stopping = true;
      wake?.();
      await loop;
      await listener.end();
    },
  };
}
