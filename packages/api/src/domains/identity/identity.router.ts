import type { TRPCRouterRecord } from "@trpc/server";
import { account, anyone } from "../../trpc";
import {
  changePasswordInput,
  changePinInput,
  registerInput,
  resetPasswordInput,
  resetRequestInput,
  sessionInput,
  updateProfileInput,
} from "./identity.schemas";
import * as identity from "./identity.service";

export const identityRouter = {
  /** A shopper creates an account on the storefront being visited. */
  register: anyone
    .requires("public")
    .input(registerInput)
    .mutation(({ ctx, input }) => identity.registerCustomer(ctx, input)),
  requestPasswordReset: anyone
    .requires("public")
    .input(resetRequestInput)
    .mutation(({ ctx, input }) => identity.requestPasswordReset(ctx, input)),
  resetPassword: anyone
    .requires("public")
    .input(resetPasswordInput)
    .mutation(({ ctx, input }) => identity.resetPassword(ctx, input)),
  me: account.requires("account.self").query(({ ctx }) => identity.me(ctx)),
  updateProfile: account
    .requires("account.self")
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => identity.updateProfile(ctx, input)),
  changePassword: account
    .requires("account.self")
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => identity.changePassword(ctx, input)),
  changePin: account
    .requires("account.self")
    .input(changePinInput)
    .mutation(({ ctx, input }) => identity.changePin(ctx, input)),
  sessions: account.requires("account.self").query(({ ctx }) => identity.mySessions(ctx)),
  endSession: account
    .requires("account.self")
    .input(sessionInput)
    .mutation(({ ctx, input }) => identity.endMySession(ctx, input.id)),
} satisfies TRPCRouterRecord;
