import type { Prisma } from "@commerce/db";
import type { ConsumerSpec } from "./consumer";

/** Seed 000's event bus made visible: records every event once, for the admin portal. */
export const eventRecorder: ConsumerSpec = {
  durable: "event-recorder",
  filter: ">",
  async handle(event, tx, meta) {
    await tx.eventRecord.create({
      data: {
        eventId: event.id,
        companyId: event.companyId ?? null,
        type: event.type,
        subject: meta.subject,
        streamSequence: BigInt(meta.streamSequence),
        deliveryCount: meta.deliveryCount,
        payload: event.data as Prisma.InputJsonValue,
        occurredAt: new Date(event.occurredAt),
      },
    });
  },
};
