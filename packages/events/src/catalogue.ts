import { z } from "zod";
import { moneySchema } from "@commerce/core/money";

// The typed event catalogue: one zod schema per event, shared by publisher and consumers.
// Types are `<domain>.<past tense>`; the stream's subjects are derived from this list, so an
// event added here can never miss the stream.

export const orderStatuses = ["PENDING", "PAID", "FULFILLED", "DELIVERED", "CANCELLED"] as const;
const orderStatus = z.enum(orderStatuses);
const id = z.uuid();

/**
 * Every event today belongs to one company (there are no platform events): its id is part of
 * the data. Publishers never pass it: the relay copies it from the outbox row, where the
 * tenancy layer stamped it, so a caller cannot put an event into another company's stream.
 */
const companyEvent = <S extends z.ZodRawShape>(shape: S) => z.object({ companyId: id, ...shape });

export const eventCatalogue = {
  "product.created": companyEvent({
    productId: id,
    name: z.string(),
    category: z.string(),
    colours: z.array(z.string()),
    variants: z.array(z.object({ variantId: id, sku: z.string(), price: moneySchema })),
  }),
  /** Which fields changed (their new values are the product's, read it for them); variantIds: whose price, SKU… changed or which were added. */
  "product.updated": companyEvent({ productId: id, changed: z.array(z.string()), variantIds: z.array(id) }),
  "product.archived": companyEvent({ productId: id, name: z.string() }),
  "product.restored": companyEvent({ productId: id, name: z.string() }),
  /** A variant's stock moved: taken by an order, given back by a cancellation, or changed by hand (with the adjustment's reason). */
  "variant.stock_changed": companyEvent({
    productId: id,
    variantId: id,
    sku: z.string(),
    before: z.number().int().nonnegative(),
    after: z.number().int().nonnegative(),
    cause: z.enum(["order", "cancellation", "adjustment"]),
    orderId: id.nullable(),
    adjustmentId: id.nullable(),
    reason: z.enum(["RECEIVED", "COUNTED", "DAMAGED", "LOST", "RETURNED", "CORRECTION"]).nullable(),
  }),
  "order.placed": companyEvent({
    orderId: id,
    orderNumber: z.number().int(),
    channel: z.enum(["WEB", "POS"]),
    total: moneySchema,
    lines: z.array(z.object({ productId: id, variantId: id, quantity: z.number().int().positive(), unitPrice: moneySchema })),
  }),
  "order.status_changed": companyEvent({
    orderId: id,
    orderNumber: z.number().int(),
    from: orderStatus,
    to: orderStatus,
    reason: z.string().nullable(),
  }),
  "payment.succeeded": companyEvent({ paymentId: id, orderId: id, amount: moneySchema, provider: z.string() }),
  "payment.failed": companyEvent({
    paymentId: id,
    orderId: id,
    amount: moneySchema,
    failureCode: z.string(),
    failureMessage: z.string(),
  }),
  "payment.refunded": companyEvent({
    paymentId: id,
    refundId: id,
    orderId: id,
    amount: moneySchema,
    totalRefunded: moneySchema,
  }),
  "review.created": companyEvent({
    reviewId: id,
    productId: id,
    customerId: id,
    rating: z.number().int().min(1).max(5),
    verifiedPurchase: z.boolean(),
  }),
} as const;

export type EventType = keyof typeof eventCatalogue;
export const eventTypes = Object.keys(eventCatalogue) as EventType[];
export type EventData<T extends EventType> = z.infer<(typeof eventCatalogue)[T]>;
/** What a publisher passes: the data without its company, which comes from the outbox row. */
export type RecordedData<T extends EventType> = Omit<EventData<T>, "companyId">;

/** The stream's subjects: exactly one per catalogued event type, under the deployment's prefix. */
export function eventSubjects(subjectPrefix: string): string[] {
  return eventTypes.map((type) => `${subjectPrefix}${type}`);
}

/** Checks a publisher's data against its event's schema, before the company is known. */
export function parseRecordedData<T extends EventType>(type: T, data: RecordedData<T>): RecordedData<T> {
  return (eventCatalogue[type] as z.ZodObject).omit({ companyId: true }).parse(data) as RecordedData<T>;
}

/** What travels on the bus: the envelope plus the typed data. */
export interface DomainEvent<T extends EventType = EventType> {
  id: string;
  type: T;
  occurredAt: string;
  /** The tenant (the same as data.companyId), stamped by the relay from the outbox row. */
  companyId: string;
  data: EventData<T>;
}

const envelope = z.object({
  id,
  type: z.enum(eventTypes as [EventType, ...EventType[]]),
  occurredAt: z.iso.datetime(),
  companyId: z.uuid(),
  data: z.unknown(),
});

/** Validates bytes from the bus against the catalogue; throws on anything malformed (a poison message). */
export function parseEvent(raw: unknown): DomainEvent {
  const outer = envelope.parse(raw);
  const data = eventCatalogue[outer.type].parse(outer.data);
  if (data.companyId !== outer.companyId) throw new Error(`event ${outer.id} names company ${outer.companyId} outside and ${data.companyId} in its data`);
  return { ...outer, data } as DomainEvent;
}
