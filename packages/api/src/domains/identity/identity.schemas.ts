import { z } from "zod";
import { passwordSchema, pinSchema } from "@commerce/auth";
import { emailAddress, text, textLimits } from "@commerce/core/text";

export const passwordCredentials = z.object({
  email: emailAddress("Enter a valid email address"),
  password: text({ min: 1, minMessage: "Enter your password", max: 200, trim: false }),
  company: text({ max: 40 }).optional(),
});
export const pinCredentials = z.object({
  shop: text({ min: 1, minMessage: "Enter the shop code", max: 20 }).toUpperCase(),
  staff: text({ min: 1, minMessage: "Enter your staff number", max: 20 }),
  pin: z.string().regex(/^\d{4,8}$/, "A PIN is 4 to 8 digits"),
});

export const registerInput = z.object({
  name: text({ min: 1, minMessage: "Enter your name", max: textLimits.name }),
  email: emailAddress("Enter a valid email address"),
  password: passwordSchema,
});

export const resetRequestInput = z.object({
  email: emailAddress("Enter a valid email address"),
});

export const resetPasswordInput = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, "is not a valid link token"), password: passwordSchema });

export const updateProfileInput = z.object({ name: text({ min: 1, minMessage: "Enter your name", max: textLimits.name }) });
export const changePasswordInput = z.object({
  currentPassword: text({ min: 1, minMessage: "Enter your current password", max: 200, trim: false }),
  newPassword: passwordSchema,
});
export const changePinInput = z.object({ currentPin: pinSchema, newPin: pinSchema });
export const sessionInput = z.object({ id: z.uuid() });
