import { z } from "zod";

export const listEventsInput = z.object({
  type: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/, "is an event type such as order.placed")
    .max(60)
    .optional(),
  orderId: z.uuid().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
