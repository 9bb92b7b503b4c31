import { AckPolicy, DeliverPolicy, type JsMsg } from "@nats-io/jetstream";
import type { Db, Tx } from "@commerce/db";
import type { Logger } from "@commerce/core/logger";
import { requestIdHeader, type Bus } from "./bus";
import { parseEvent, type DomainEvent, type EventType } from "./catalogue";

/** Who acts when a consumer writes: the consumer itself, never a person. */
export interface SystemActor {
  kind: "system";
  name: string;
}

export interface Delivery {
  subject: string;
  streamSequence: number;
  deliveryCount: number;
}

/**
 * What a handler gets besides its event: the event's company, a system actor, the request that
 * caused the event, a logger that names all three, and the transaction that also remembers the
 * event as handled, so the handler's effects and that memory commit together or not at all.
 */
export interface HandlerContext {
  companyId: string;
  actor: SystemActor;
  requestId: string | null;
  log: Logger;
  tx: Tx;
  delivery: Delivery;
}

/** One event type, or ">" for every event (the server here takes one filter subject per consumer). */
export type ConsumerFilter = EventType | ">";
export type FilteredEvent<F extends ConsumerFilter> = [F] extends [EventType] ? DomainEvent<F & EventType> : DomainEvent;

export interface ConsumerSpec<F extends ConsumerFilter = ConsumerFilter> {
  /** Durable consumer name; also the key under which handled events are remembered. */
  durable: string;
  filter: F;
  handle(event: FilteredEvent<F>, ctx: HandlerContext): Promise<void>;
  /** Deliveries before a failing event is parked. */
  maxDeliver?: number;
}

/** Types a consumer's handler by its filter. */
export function defineConsumer<F extends ConsumerFilter>(spec: ConsumerSpec<F>): ConsumerSpec<F> {
  return spec;
}

export type Outcome = "handled" | "duplicate" | "retry" | "parked";

/** Told about every delivery, e.g. to count outcomes and redeliveries in metrics. */
export type DeliveryObserver = (report: { consumer: string; outcome: Outcome; deliveryCount: number; durationMs: number }) => void;

const requestIdPattern = /^[A-Za-z0-9._-]{1,100}$/;

/** The request id the relay sent along; anything odd is dropped rather than written to logs. */
function requestIdOf(msg: JsMsg): string | null {
  const value = msg.headers?.get(requestIdHeader);
  return value && requestIdPattern.test(value) ? value : null;
}

/** Handles one delivery: skip duplicates by event id, retry with backoff, park poison messages. */
export async function handleDelivery(db: Db, spec: ConsumerSpec, msg: JsMsg, log: Logger, observe?: DeliveryObserver): Promise<Outcome> {
  const started = performance.now();
  const outcome = await deliver(db, spec, msg, log);
  observe?.({ consumer: spec.durable, outcome, deliveryCount: msg.info.deliveryCount, durationMs: performance.now() - started });
  return outcome;
}

async function deliver(db: Db, spec: ConsumerSpec, msg: JsMsg, log: Logger): Promise<Outcome> {
  const maxDeliver = spec.maxDeliver ?? 5;
  const delivery: Delivery = { subject: msg.subject, streamSequence: msg.seq, deliveryCount: msg.info.deliveryCount };
  const requestId = requestIdOf(msg);
  // Every line about this delivery names the consumer and the request behind the event.
  let dlog = log.child({ consumer: spec.durable, requestId, ...delivery });
  let event: DomainEvent;
  try {
    event = parseEvent(msg.json());
    if (spec.filter !== ">" && event.type !== spec.filter) throw new Error(`a ${event.type} event on ${spec.filter}'s subject`);
  } catch (error) {
    await park(db, spec.durable, msg, `malformed event: ${String(error)}`);
    msg.term();
    dlog.warn("parked malformed event");
    return "parked";
  }
  dlog = dlog.child({ eventId: event.id, companyId: event.companyId });
  try {
    const outcome = await db.$transaction(async (tx) => {
      const claimed = await tx.$executeRaw`
        INSERT INTO consumed_event (consumer, "eventId") VALUES (${spec.durable}, ${event.id}::uuid)
        ON CONFLICT DO NOTHING`;
      if (claimed === 0) return "duplicate" as const;
      const ctx: HandlerContext = {
        companyId: event.companyId,
        actor: { kind: "system", name: spec.durable },
        requestId,
        log: dlog,
        tx,
        delivery,
      };
      await spec.handle(event, ctx);
      return "handled" as const;
    });
    msg.ack();
    dlog.debug(outcome === "handled" ? "event handled" : "event already handled, skipped");
    return outcome;
  } catch (error) {
    if (delivery.deliveryCount >= maxDeliver) {
      await park(db, spec.durable, msg, String(error));
      msg.term();
      dlog.error("parked event after repeated failures", { error });
      return "parked";
    }
    const delayMs = Math.min(30_000, 250 * 2 ** (delivery.deliveryCount - 1));
    msg.nak(delayMs);
    dlog.warn("event handler failed, will retry", { delayMs, error });
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

/** Creates the durable consumer, or finds it as it is: every worker process asks with the same settings and shares it. */
export async function ensureConsumer(bus: Bus, spec: ConsumerSpec): Promise<void> {
  const filter_subject = spec.filter === ">" ? `${bus.options.subjectPrefix}>` : bus.subject(spec.filter);
  await bus.jsm.consumers.add(bus.options.stream, {
    durable_name: spec.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject,
    ack_wait: (bus.options.ackWaitSeconds ?? 30) * 1_000_000_000,
    max_deliver: -1, // we count deliveries ourselves and park; the server must not drop silently
  });
}

export interface ConsumerLag {
  /** Stored but not yet delivered to anyone. */
  pending: number;
  /** Delivered, not yet acknowledged. */
  ackPending: number;
  /** Messages delivered more than once so far. */
  redelivered: number;
}

/** How far a durable consumer is behind its stream, as the server sees it (shared by every worker process). */
export async function consumerLag(bus: Bus, durable: string): Promise<ConsumerLag> {
  const info = await bus.jsm.consumers.info(bus.options.stream, durable);
  return { pending: info.num_pending, ackPending: info.num_ack_pending, redelivered: info.num_redelivered };
}

export interface RunningConsumer {
  durable: string;
  stop(): Promise<void>;
}

/** Pulls and handles messages until stopped; finishes the message in hand before returning. */
export async function runConsumer(db: Db, bus: Bus, spec: ConsumerSpec, log: Logger, observe?: DeliveryObserver): Promise<RunningConsumer> {
  await ensureConsumer(bus, spec);
  const consumer = await bus.js.consumers.get(bus.options.stream, spec.durable);
  const messages = await consumer.consume({ max_messages: 64 });
  const loop = (async () => {
    for await (const msg of messages) {
      try {
        await handleDelivery(db, spec, msg, log, observe);
      } catch (error) {
        // Parking itself failed (e.g. the database is away): the message comes back later.
        log.error("delivery could not be settled, will retry", { consumer: spec.durable, streamSequence: msg.seq, error });
        msg.nak(5_000);
      }
    }
  })();
  return {
    durable: spec.durable,
    async stop() {
      await messages.close();
      await loop;
    },
  };
}
