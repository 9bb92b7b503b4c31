import type { Prisma } from "@commerce/db";
import { defineConsumer } from "@commerce/events";

/** Seed 000's event bus made visible: records every event once, for the admin portal. */
export const eventRecorder = defineConsumer({
  durable: "event-recorder",
  filter: ">",
  async handle(event, { tx, companyId, delivery }) {
    await tx.eventRecord.create({
      data: {
        eventId: event.id,
        companyId,
        type: event.type,
        subject: delivery.subject,
        streamSequence: BigInt(delivery.streamSequence),
        deliveryCount: delivery.deliveryCount,
        payload: event.data as Prisma.InputJsonValue,
        occurredAt: new Date(event.occurredAt),
      },
    });
  },
});
