import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { instant, sequenceCursor, text } from "@commerce/core/text";
import { requires } from "../../trpc";
import { listAudit, verifyVisibleAudit } from "./audit.service";

export const auditRouter = {
  list: requires("audit.read")
    .input(z.object({
      procedure: text({ max: 80 }).optional(),
      actorId: z.uuid().optional(),
      targetId: text({ max: 80 }).optional(),
      from: instant.optional(),
      to: instant.optional(),
      cursor: sequenceCursor.optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }))
    .query(({ ctx, input }) => listAudit(ctx, input)),
  verify: requires("audit.read").query(({ ctx }) => verifyVisibleAudit(ctx)),
} satisfies TRPCRouterRecord;
