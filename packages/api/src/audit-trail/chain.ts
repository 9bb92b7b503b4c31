import { createHash } from "node:crypto";

// One hash chain per company plus one for the platform. Each entry's hash covers its
// content and the previous entry's hash: change or remove any row and every later hash
// stops matching.

export const GENESIS = "0".repeat(64);

export interface ChainedFields {
  chain: string;
  companyId: string | null;
  actorId: string | null;
  actorRole: string | null;
  actorName: string | null;
  procedure: string;
  targetType: string | null;
  targetId: string | null;
  changes: unknown;
  requestId: string;
  ip: string | null;
  at: Date;
}

/** JSON with keys sorted at every level, so PostgreSQL's jsonb reordering can't change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function entryHash(prevHash: string, fields: ChainedFields): string {
  const body = canonicalJson({ ...fields, at: fields.at.toISOString() });
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

export function chainOf(companyId: string | null): string {
  return companyId ?? "platform";
}
