import { z } from "zod";
import { emailAddress, text, textLimits } from "@commerce/core/text";

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1d4ed8");
const timeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as Europe/Amsterdam");

export const companySettingsInput = z.object({
  name: text({ min: 1, minMessage: "is required", max: textLimits.name }),
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR"),
  timeZone,
  /** Basis points: 2100 = 21 %. */
  taxRateBps: z.number().int("must be a whole number of basis points").min(0, "can't be negative").max(10_000, "can't be more than 10000 basis points (100%)"),
  brandName: text({ min: 1, minMessage: "is required", max: 60 }),
  brandColour: hex,
});

export const createCompanyInput = companySettingsInput.extend({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "2 to 40 lower-case letters, digits and dashes"),
  plan: z.enum(["STARTER", "GROWTH", "ENTERPRISE"]).default("STARTER"),
  admin: z.object({ name: text({ min: 1, minMessage: "is required", max: textLimits.name }), email: emailAddress() }),
});

export const updateCompanyInput = z.object({
  id: z.uuid(),
  plan: z.enum(["STARTER", "GROWTH", "ENTERPRISE"]).optional(),
  active: z.boolean().optional(),
  settings: companySettingsInput.partial().optional(),
});
