import { z } from "zod";
import { text, textLimits } from "@commerce/core/text";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 09:00");
const day = z
  .object({ open: time, close: time })
  .refine((d) => d.open < d.close, "closes before it opens")
  .nullable();

export const openingHoursSchema = z.array(day).length(7, "needs seven days, Monday first");

export const shopInput = z.object({
  name: text({ min: 1, minMessage: "is required", max: textLimits.name }),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,20}$/, "2 to 20 letters, digits or dashes"),
  addressLine1: text({ min: 1, minMessage: "is required", max: 200 }),
  addressLine2: text({ max: 200 }).nullish(),
  city: text({ min: 1, minMessage: "is required", max: 100 }),
  postalCode: text({ min: 1, minMessage: "is required", max: 20 }),
  country: z.string().regex(/^[A-Z]{2}$/, "must be a two-letter country code"),
  openingHours: openingHoursSchema,
});

export const updateShopInput = z.object({ id: z.uuid(), active: z.boolean().optional(), details: shopInput.partial().optional() });
