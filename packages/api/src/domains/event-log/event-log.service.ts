import type { Prisma } from "@commerce/db";
import type { ServiceContext } from "../../service-context";

/** What the worker's event recorder has received, newest first, plus what is still in the outbox. */
export async function listEventRecords(ctx: ServiceContext, input: { type?: string | undefined; orderId?: string | undefined; limit: number }) {
  const where: Prisma.EventRecordWhereInput = {
    ...(input.type ? { type: input.type } : {}),
    ...(input.orderId ? { payload: { path: ["orderId"], equals: input.orderId } } : {}),
  };
  const [records, unpublished, parked] = await Promise.all([
    ctx.db.eventRecord.findMany({ where, orderBy: { receivedAt: "desc" }, take: input.limit }),
    ctx.db.outboxEvent.count({ where: { publishedAt: null } }),
    ctx.db.parkedEvent.count(),
  ]);
  return {
    records: records.map((r) => ({ ...r, streamSequence: Number(r.streamSequence) })),
    unpublished,
    parked,
  };
}
