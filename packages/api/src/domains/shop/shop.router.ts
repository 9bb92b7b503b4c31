import type { TRPCRouterRecord } from "@trpc/server";
import { pinSchema } from "@commerce/auth";
import { z } from "zod";
import { requires } from "../../trpc";
import { inviteStaffInput, shopInput, updateShopInput, updateStaffInput } from "./shop.schemas";
import * as shops from "./shop.service";

export const shopRouter = {
  list: requires("shop.read").query(({ ctx }) => shops.listShops(ctx)),
  create: requires("shop.manage").input(shopInput).mutation(({ ctx, input }) => shops.createShop(ctx, input)),
  update: requires("shop.manage").input(updateShopInput).mutation(({ ctx, input }) => shops.updateShop(ctx, input)),
} satisfies TRPCRouterRecord;

export const staffRouter = {
  list: requires("staff.manage").query(({ ctx }) => shops.listStaff(ctx)),
  invite: requires("staff.manage").input(inviteStaffInput).mutation(({ ctx, input }) => shops.inviteStaff(ctx, input)),
  update: requires("staff.manage").input(updateStaffInput).mutation(({ ctx, input }) => shops.updateStaff(ctx, input)),
  setPin: requires("staff.manage").input(z.object({ id: z.uuid(), pin: pinSchema })).mutation(({ ctx, input }) => shops.setStaffPin(ctx, input)),
  sessions: requires("session.revoke").input(z.object({ userId: z.uuid() })).query(({ ctx, input }) => shops.userSessions(ctx, input.userId)),
  revokeSessions: requires("session.revoke").input(z.object({ userId: z.uuid() })).mutation(({ ctx, input }) => shops.revokeUserSessions(ctx, input.userId)),
} satisfies TRPCRouterRecord;
