import type { Db, Prisma } from "@commerce/db";
import type { ServiceContext } from "../../service-context";
import { chainOf, entryHash, GENESIS, type ChainedFields } from "../../audit-trail/chain";
import { keysetPage } from "../../keyset";

export interface ChainBreak {
  chain: string;
  seq: string;
  id: string;
  reason: string;
}

export interface VerifyReport {
  chains: number;
  entries: number;
  breaks: ChainBreak[];
}

/** Recomputes every hash of the given chains (all when none given) and reports where they break. */
export async function verifyAudit(db: Db, onlyChains?: string[]): Promise<VerifyReport> {
  const chains = onlyChains ?? (await db.auditEntry.findMany({ distinct: ["chain"], select: { chain: true } })).map((c) => c.chain);
  const report: VerifyReport = { chains: chains.length, entries: 0, breaks: [] };
  for (const chain of chains) {
    let prevHash = GENESIS;
    let afterSeq: bigint | undefined;
    for (;;) {
      const rows = await db.auditEntry.findMany({
        where: { chain, ...(afterSeq !== undefined ? { seq: { gt: afterSeq } } : {}) },
        orderBy: { seq: "asc" },
        take: 500,
      });
      if (rows.length === 0) break;
      for (const row of rows) {
        report.entries++;
        const fields: ChainedFields = {
          chain: row.chain,
          companyId: row.companyId,
          actorId: row.actorId,
          actorRole: row.actorRole,
          actorName: row.actorName,
          procedure: row.procedure,
          targetType: row.targetType,
          targetId: row.targetId,
          changes: row.changes,
          requestId: row.requestId,
          ip: row.ip,
          at: row.at,
        };
        const where = { chain, seq: row.seq.toString(), id: row.id };
        if (row.prevHash !== prevHash)
          report.breaks.push({ ...where, reason: "previous hash does not match: an entry before this one was changed or removed" });
        else if (entryHash(prevHash, fields) !== row.hash) report.breaks.push({ ...where, reason: "content does not match its hash: this entry was changed" });
        prevHash = row.hash;
        afterSeq = row.seq;
      }
    }
  }
  return report;
}

export interface AuditFilter {
  procedure?: string | undefined;
  actorId?: string | undefined;
  targetId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Newest first; the caller's database scope decides whose entries are visible. */
export async function listAudit(ctx: ServiceContext, filter: AuditFilter) {
  const where: Prisma.AuditEntryWhereInput = {
    ...(filter.procedure ? { procedure: { startsWith: filter.procedure } } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.targetId ? { targetId: filter.targetId } : {}),
    ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
    ...(filter.cursor ? { seq: { lt: BigInt(filter.cursor) } } : {}),
  };
  const rows = await ctx.db.auditEntry.findMany({ where, orderBy: { seq: "desc" }, take: filter.limit + 1 });
  const { items, nextCursor } = keysetPage(rows, filter.limit, (r) => r.seq.toString());
  return { items: items.map((r) => ({ ...r, seq: r.seq.toString() })), nextCursor };
}

/** Verifies the chains the caller may see: their company's, or every chain for the super admin. */
export async function verifyVisibleAudit(ctx: ServiceContext) {
  // The scoped client reads only the caller's own chain (all of them for the super admin).
  return verifyAudit(ctx.db, ctx.tenant ? [chainOf(ctx.tenant.id)] : undefined);
}
