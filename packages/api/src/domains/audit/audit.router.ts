import type { TRPCRouterRecord } from "@trpc/server";
import { account } from "../../trpc";
import { listAuditInput } from "./audit.schemas";
import { listAudit, verifyVisibleAudit } from "./audit.service";

export const auditRouter = {
  list: account
    .requires("audit.read")
    .input(listAuditInput)
    .query(({ ctx, input }) => listAudit(ctx, input)),
  verify: account.requires("audit.read").query(({ ctx }) => verifyVisibleAudit(ctx)),
} satisfies TRPCRouterRecord;
