import { randomUUID } from "node:crypto";
import type { Prisma, Tx } from "@commerce/db";
import { eventCatalogue, type DomainEvent, type EventData, type EventType } from "./catalogue";

/**
 * Records an event in the outbox inside the caller's transaction: it is published if and only
 * if the change it describes commits. NOTIFY is delivered at commit and wakes the relay.
 */
export async function recordEvent<T extends EventType>(tx: Tx, type: T, data: EventData<T>): Promise<DomainEvent<T>> {
  const parsed = eventCatalogue[type].parse(data) as EventData<T>;
  const event: DomainEvent<T> = { id: randomUUID(), type, occurredAt: new Date().toISOString(), data: parsed };
  await tx.outboxEvent.create({
    data: { id: event.id, type, payload: event as unknown as Prisma.InputJsonValue, occurredAt: new Date(event.occurredAt) },
  });
  await tx.$executeRaw`SELECT pg_notify('outbox_event', ${event.id})`;
  return event;
}
