import type { TRPCRouterRecord } from "@trpc/server";
import { passwordSchema, pinSchema } from "@commerce/auth";
import { z } from "zod";
import { text, textLimits } from "@commerce/core/text";
import { requires } from "../../trpc";
import * as identity from "./identity.service";

export const identityRouter = {
  /** A shopper creates an account on the storefront being visited. */
  register: requires("public").input(identity.registerInput).mutation(({ ctx, input }) => identity.registerCustomer(ctx, input)),
  requestPasswordReset: requires("public").input(identity.resetRequestInput).mutation(({ ctx, input }) => identity.requestPasswordReset(ctx, input)),
  resetPassword: requires("public").input(identity.resetPasswordInput).mutation(({ ctx, input }) => identity.resetPassword(ctx, input)),
  me: requires("account.self").query(({ ctx }) => identity.me(ctx)),
  updateProfile: requires("account.self")
    .input(z.object({ name: text({ min: 1, minMessage: "Enter your name", max: textLimits.name }) }))
    .mutation(({ ctx, input }) => identity.updateProfile(ctx, input)),
  changePassword: requires("account.self")
    .input(z.object({ currentPassword: text({ min: 1, minMessage: "Enter your current password", max: 200, trim: false }), newPassword: passwordSchema }))
    .mutation(({ ctx, input }) => identity.changePassword(ctx, input)),
  changePin: requires("account.self")
    .input(z.object({ currentPin: pinSchema, newPin: pinSchema }))
    .mutation(({ ctx, input }) => identity.changePin(ctx, input)),
  sessions: requires("account.self").query(({ ctx }) => identity.mySessions(ctx)),
  endSession: requires("account.self").input(z.object({ id: z.uuid() })).mutation(({ ctx, input }) => identity.endMySession(ctx, input.id)),
} satisfies TRPCRouterRecord;
