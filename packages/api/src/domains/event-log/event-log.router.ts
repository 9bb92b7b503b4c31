import type { TRPCRouterRecord } from "@trpc/server";
import { companyAdmin } from "../../trpc";
import { listEventsInput } from "./event-log.schemas";
import { listEventRecords } from "./event-log.service";

export const eventLogRouter = {
  list: companyAdmin
    .requires("events.read")
    .input(listEventsInput)
    .query(({ ctx, input }) => listEventRecords(ctx, input)),
} satisfies TRPCRouterRecord;
