import { randomUUID } from "node:crypto";
import type { Prisma, Tx } from "@commerce/db";
import { parseRecordedData, type DomainEvent, type EventData, type EventType, type RecordedData } from "./catalogue";

export interface RecordOptions {
  /** The request behind the event; the API's database layer stamps it, tests may set it. */
  requestId?: string;
  /**
   * The company, for clients outside a tenant scope (the worker, tests). A tenant's client
   * stamps its own company over whatever is given here, so it cannot be forged.
   */
  companyId?: string;
}

/**
 * Records an event in the outbox inside the caller's transaction: it is published if and only
 * if the change it describes commits. NOTIFY is delivered at commit and wakes the relay.
 */
export async function recordEvent<T extends EventType>(tx: Tx, type: T, data: RecordedData<T>, options: RecordOptions = {}): Promise<DomainEvent<T>> {
  const parsed = parseRecordedData(type, data);
  const id = randomUUID();
  const occurredAt = new Date();
  // The stored payload has no company: the row's column is the one source the relay trusts.
  const payload = { id, type, occurredAt: occurredAt.toISOString(), data: parsed };
  const row = await tx.outboxEvent.create({
    data: {
      id,
      type,
      payload: payload as unknown as Prisma.InputJsonValue,
      occurredAt,
      ...(options.companyId ? { companyId: options.companyId } : {}),
      ...(options.requestId ? { requestId: options.requestId } : {}),
    },
  });
  // Fail inside the transaction rather than publish an event no consumer will accept.
  if (!row.companyId) throw new Error(`event ${type} recorded without a company: record it through a company's client or pass companyId`);
  await tx.$executeRaw`SELECT pg_notify('outbox_event', ${id})`;
  return { ...payload, companyId: row.companyId, data: { ...parsed, companyId: row.companyId } as EventData<T> };
}
