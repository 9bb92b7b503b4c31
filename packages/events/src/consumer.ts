import { AckPolicy, DeliverPolicy, type JsMsg } from "@nats-io/jetstream";
import type { Db, Tx } from "@commerce/db";
import type { Logger } from "@commerce/core/logger";
import type { Bus } from "./bus";
import { parseEvent, type DomainEvent } from "./catalogue";

export interface ConsumerSpec {
  /** Durable consumer name; also the key under which handled events are remembered. */
  durable: string;
  /** Event types this consumer wants, e.g. ["order.placed"], or ">" for all. */
  filter: string;
  /** Runs inside a transaction that also remembers the event as handled: effects happen once. */
  handle(event: DomainEvent, tx: Tx, meta: { subject: string; streamSequence: number; deliveryCount: number }): Promise<void>;
  maxDeliver?: number;
}

export type Outcome = "handled" | "duplicate" | "retry" | "parked";

/** Handles one delivery: skip duplicates by event id, retry with backoff, park poison messages. */
export async function handleDelivery(db: Db, spec: ConsumerSpec, msg: JsMsg, log: Logger): Promise<Outcome> {
  const maxDeliver = spec.maxDeliver ?? 5;
  const meta = { subject: msg.subject, streamSequence: msg.seq, deliveryCount: msg.info.deliveryCount };
  let event: DomainEvent;
  try {
    event = parseEvent(msg.json());
  } catch (error) {
    await park(db, spec.durable, msg, `malformed event: ${String(error)}`);
    msg.term();
    log.warn("parked malformed event", { consumer: spec.durable, ...meta });
    return "parked";
  }
  try {
    const outcome = await db.$transaction(async (tx) => {
      const claimed = await tx.$executeRaw`
        INSERT INTO consumed_event (consumer, "eventId") VALUES (${spec.durable}, ${event.id}::uuid)
        ON CONFLICT DO NOTHING`;
      if (claimed === 0) return "duplicate" as const;
      await spec.handle(event, tx, meta);
      return "handled" as const;
    });
    msg.ack();
    return outcome;
  } catch (error) {
    if (meta.deliveryCount >= maxDeliver) {
      await park(db, spec.durable, msg, String(error));
      msg.term();
      log.error("parked event after repeated failures", { consumer: spec.durable, eventId: event.id, error });
      return "parked";
    }
    const delayMs = Math.min(30_000, 250 * 2 ** (meta.deliveryCount - 1));
    msg.nak(delayMs);
    log.warn("event handler failed, will retry", { consumer: spec.durable, eventId: event.id, delayMs, error });
    return "retry";
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The company a message names, if it can be read at all: parked events are shown to that company only. */
function companyOf(msg: JsMsg): string | null {
  try {
    const companyId = (msg.json() as { companyId?: unknown } | null)?.companyId;
    return typeof companyId === "string" && uuidPattern.test(companyId) ? companyId : null;
  } catch {
    return null;
  }
}

async function park(db: Db, consumer: string, msg: JsMsg, error: string): Promise<void> {
  await db.parkedEvent.create({
    data: { consumer, companyId: companyOf(msg), subject: msg.subject, streamSequence: BigInt(msg.seq), payload: msg.string(), error: error.slice(0, 2000) },
  });
}

export async function ensureConsumer(bus: Bus, spec: ConsumerSpec): Promise<void> {
  const filter_subject = spec.filter === ">" ? `${bus.options.subjectPrefix}>` : bus.subject(spec.filter);
  await bus.jsm.consumers.add(bus.options.stream, {
    durable_name: spec.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject,
    ack_wait: 30_000_000_000,
    max_deliver: -1, // we count deliveries ourselves and park; the server must not drop silently
  });
}

export interface RunningConsumer {
  stop(): Promise<void>;
}

/** Pulls and handles messages until stopped; finishes the message in hand before returning. */
export async function runConsumer(db: Db, bus: Bus, spec: ConsumerSpec, log: Logger): Promise<RunningConsumer> {
  await ensureConsumer(bus, spec);
  const consumer = await bus.js.consumers.get(bus.options.stream, spec.durable);
  const messages = await consumer.consume({ max_messages: 64 });
  const loop = (async () => {
    for await (const msg of messages) {
      await handleDelivery(db, spec, msg, log);
    }
  })();
  return {
    async stop() {
      await messages.close();
      await loop;
    },
  };
}
