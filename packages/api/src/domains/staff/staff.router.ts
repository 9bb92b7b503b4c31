import type { TRPCRouterRecord } from "@trpc/server";
import { account, staff } from "../../trpc";
import { inviteStaffMember } from "../../workflows/invitations";
import { inviteStaffInput, personInput, setPinInput, updateStaffInput } from "./staff.schemas";
import * as team from "./staff.service";

export const staffRouter = {
  list: staff.requires("staff.manage").query(({ ctx }) => team.listStaff(ctx)),
  invite: staff
    .requires("staff.manage")
    .input(inviteStaffInput)
    .mutation(({ ctx, input }) => inviteStaffMember(ctx, input)),
  update: staff
    .requires("staff.manage")
    .input(updateStaffInput)
    .mutation(({ ctx, input }) => team.updateStaff(ctx, input)),
  setPin: staff
    .requires("staff.manage")
    .input(setPinInput)
    .mutation(({ ctx, input }) => team.setStaffPin(ctx, input)),
  sessions: account
    .requires("session.revoke")
    .input(personInput)
    .query(({ ctx, input }) => team.userSessions(ctx, input.userId)),
  revokeSessions: account
    .requires("session.revoke")
    .input(personInput)
    .mutation(({ ctx, input }) => team.revokeUserSessions(ctx, input.userId)),
} satisfies TRPCRouterRecord;
