import type { Db, Prisma, Tx } from "@commerce/db";
import { chainOf, entryHash, GENESIS, type ChainedFields } from "./chain";

// Writing the audit chain: what tenancy's audited transactions, the procedure builder and
// sign-in call. It needs no request context, so it sits below everything that has one.

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
