import { z } from "zod";
import { emailAddress, text, textLimits } from "@commerce/core/text";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 09:00");
const day = z.object({ open: time, close: time }).refine((d) => d.open < d.close, "closes before it opens").nullable();

export const openingHoursSchema = z.array(day).length(7, "needs seven days, Monday first");

export const shopInput = z.object({
  name: text({ min: 1, minMessage: "is required", max: textLimits.name }),
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,20}$/, "2 to 20 letters, digits or dashes"),
  addressLine1: text({ min: 1, minMessage: "is required", max: 200 }),
  addressLine2: text({ max: 200 }).nullish(),
  city: text({ min: 1, minMessage: "is required", max: 100 }),
  postalCode: text({ min: 1, minMessage: "is required", max: 20 }),
  country: z.string().regex(/^[A-Z]{2}$/, "must be a two-letter country code"),
  openingHours: openingHoursSchema,
});

export const updateShopInput = z.object({ id: z.uuid(), active: z.boolean().optional(), details: shopInput.partial().optional() });

/** The number staff type on the POS sign-in keypad. */
const staffCode = z.string().trim().regex(/^[0-9A-Za-z]{2,12}$/, "2 to 12 letters or digits");

export const inviteStaffInput = z.object({
  shopId: z.uuid().nullable(),
  name: text({ min: 1, minMessage: "is required", max: textLimits.name }),
  email: emailAddress(),
  role: z.enum(["COMPANY_ADMIN", "SHOP_MANAGER", "STAFF"]),
  staffCode: staffCode.optional(),
});

export const updateStaffInput = z.object({
  id: z.uuid(),
  role: z.enum(["COMPANY_ADMIN", "SHOP_MANAGER", "STAFF"]).optional(),
  shopId: z.uuid().nullable().optional(),
  staffCode: staffCode.nullable().optional(),
  active: z.boolean().optional(),
});
