import { z } from "zod";
import { pinSchema } from "@commerce/auth";
import { emailAddress, text, textLimits } from "@commerce/core/text";

/** The number staff type on the POS sign-in keypad. */
const staffCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{2,12}$/, "2 to 12 letters or digits");

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

export const setPinInput = z.object({ id: z.uuid(), pin: pinSchema });
export const personInput = z.object({ userId: z.uuid() });
