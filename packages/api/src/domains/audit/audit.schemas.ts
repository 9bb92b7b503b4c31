import { z } from "zod";
import { instant, sequenceCursor, text } from "@commerce/core/text";

export const listAuditInput = z.object({
  procedure: text({ max: 80 }).optional(),
  actorId: z.uuid().optional(),
  targetId: text({ max: 80 }).optional(),
  from: instant.optional(),
  to: instant.optional(),
  cursor: sequenceCursor.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
