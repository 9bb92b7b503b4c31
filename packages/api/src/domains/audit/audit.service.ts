import type { Db, Prisma, Tx } from "@commerce/db";
import type { ServiceContext } from "../../context";
import { chainOf, entryHash, GENESIS, type ChainedFields } from "./audit.chain";

/** What a caller says about an entry; the chain and the time are the service's to set. */
export type AuditInput = Omit<ChainedFields, "chain" | "at">;

/**
 * Appends one entry to its chain, in a transaction of its own. The advisory lock serialises
 * writers of the same chain, so two entries never claim the same predecessor.
 */
export async function appendAudit(db: Db, input: AuditInput): Promise<{ id: string; hash: string }> {
  return db.$transaction((tx) => appendAuditIn(tx, input));
}

/**
 * Appends one entry inside the caller's transaction: the entry commits with the change it
 * records, or neither does. Take the chain's lock last, so it is held only until the commit.
 */
export async function appendAuditIn(tx: Tx, input: AuditInput): Promise<{ id: string; hash: string }> {
  const chain = chainOf(input.companyId);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"audit:" + chain}))`;
  const last = await tx.auditEntry.findFirst({ where: { chain }, orderBy: { seq: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS;
  // Round-trip through JSON so what is hashed is exactly what jsonb gives back.
  const fields: ChainedFields = { ...input, chain, changes: JSON.parse(JSON.stringify(input.changes ?? null)), at: new Date() };
  const hash = entryHash(prevHash, fields);
  return tx.auditEntry.create({
    data: { ...fields, changes: fields.changes as Prisma.InputJsonValue, prevHash, hash },
    select: { id: true, hash: true },
  });
}

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
          chain: row.chain, companyId: row.companyId, actorId: row.actorId, actorRole: row.actorRole, actorName: row.actorName,
          procedure: row.procedure, targetType: row.targetType, targetId: row.targetId, changes: row.changes,
          requestId: row.requestId, ip: row.ip, at: row.at,
        };
        const where = { chain, seq: row.seq.toString(), id: row.id };
        if (row.prevHash !== prevHash) report.breaks.push({ ...where, reason: "previous hash does not match: an entry before this one was changed or removed" });
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
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map((r) => ({ ...r, seq: r.seq.toString() })),
    nextCursor: rows.length > filter.limit ? page[page.length - 1]!.seq.toString() : null,
  };
}

/** Verifies the chains the caller may see: their company's, or every chain for the super admin. */
export async function verifyVisibleAudit(ctx: ServiceContext) {
  return verifyAudit(ctx.rootDb, ctx.tenant ? [ctx.tenant.id] : undefined);
}
