import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { requires } from "../../trpc";
import { listEventRecords } from "./event-log.service";

export const eventLogRouter = {
  list: requires("events.read")
    .input(z.object({ type: z.string().regex(/^[a-z_]+\.[a-z_]+$/, "is an event type such as order.placed").max(60).optional(), orderId: z.uuid().optional(), limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => listEventRecords(ctx, input)),
} satisfies TRPCRouterRecord;
