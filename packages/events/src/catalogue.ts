import { z } from "zod";
import { moneySchema } from "@commerce/core/money";

// The typed event catalogue: one zod schema per event, shared by publisher and consumers.
// Subjects are `<domain>.<past tense>`.

export const orderStatuses = ["PENDING", "PAID", "FULFILLED", "DELIVERED", "CANCELLED"] as const;
const orderStatus = z.enum(orderStatuses);
const id = z.uuid();

export const eventCatalogue = {
  "product.created": z.object({
    productId: id, sku: z.string(), name: z.string(), colour: z.string(), category: z.string(), price: moneySchema,
  }),
  "order.placed": z.object({
    orderId: id, orderNumber: z.number().int(), channel: z.enum(["WEB", "POS"]), total: moneySchema,
    lines: z.array(z.object({ productId: id, quantity: z.number().int().positive(), unitPrice: moneySchema })),
  }),
  "order.status_changed": z.object({
    orderId: id, orderNumber: z.number().int(), from: orderStatus, to: orderStatus, reason: z.string().nullable(),
  }),
  "payment.succeeded": z.object({ paymentId: id, orderId: id, amount: moneySchema, provider: z.string() }),
  "payment.failed": z.object({
    paymentId: id, orderId: id, amount: moneySchema, failureCode: z.string(), failureMessage: z.string(),
  }),
  "payment.refunded": z.object({
    paymentId: id, refundId: id, orderId: id, amount: moneySchema, totalRefunded: moneySchema,
  }),
} as const;

export type EventType = keyof typeof eventCatalogue;
export const eventTypes = Object.keys(eventCatalogue) as EventType[];
export type EventData<T extends EventType> = z.infer<(typeof eventCatalogue)[T]>;

/** What travels on the bus: the envelope plus the typed data. */
export interface DomainEvent<T extends EventType = EventType> {
  id: string;
  type: T;
  occurredAt: string;
  /** The tenant, stamped by the relay from the outbox row; null for platform events. */
  companyId?: string | null;
  data: EventData<T>;
}

const envelope = z.object({ id, type: z.enum(eventTypes as [EventType, ...EventType[]]), occurredAt: z.iso.datetime(), companyId: z.uuid().nullable().optional(), data: z.unknown() });

/** Validates bytes from the bus against the catalogue; throws on anything malformed (a poison message). */
export function parseEvent(raw: unknown): DomainEvent {
  const outer = envelope.parse(raw);
  const data = eventCatalogue[outer.type].parse(outer.data);
  return { ...outer, data } as DomainEvent;
}
