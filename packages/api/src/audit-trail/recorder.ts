import type { AuditInput } from "./append";

// Collects the rows a mutation changed, as the scoped database reports them, so its audit
// entry can say what changed from what to what.

export interface RowChange {
  model: string;
  operation: string;
  id: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  count?: number;
}

/** Who did what, known when a mutation starts; rows and target come as it runs. */
export type AuditDraft = Omit<AuditInput, "targetType" | "targetId" | "changes"> & { input: unknown };

const secret = /hash|password|pin$|token|secret/i;

/** JSON-safe, secrets dropped, long values (inline images) cut. */
/** Deeper than any input a procedure takes. */
const maxDepth = 12;

export function sanitise(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value ?? null;
  // jsonb and the hash chain take any depth a schema lets through, but not a hostile one.
  if (depth > maxDepth && typeof value === "object") return "[nested too deep]";
  // Money columns are 64-bit: a number while it is exact, digits beyond that.
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return value.length > 300 ? `${value.slice(0, 60)}… (${value.length} chars)` : value;
  if (Array.isArray(value)) return value.map((item) => sanitise(item, depth + 1));
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = secret.test(k) ? "[redacted]" : sanitise(v, depth + 1);
    return out;
  }
  return value;
}

type Row = Record<string, unknown>;
const isRow = (r: unknown): r is Row => !!r && typeof r === "object" && !Array.isArray(r);

export class AuditRecorder {
  readonly changes: RowChange[] = [];
  target: { type: string; id: string } | null = null;
  private draft: AuditDraft | null = null;
  /** True once an entry for this mutation went into one of its transactions. */
  wroteEntry = false;

  /** Called as a mutation starts: what every entry it yields says besides its rows. */
  begin(draft: AuditDraft) {
    this.draft = draft;
  }

  /** For a mutation whose entry was written with its change by the unscoped module (a used reset link). */
  markRecorded() {
    this.wroteEntry = true;
  }

  /** True while a mutation is being recorded. */
  get active(): boolean {
    return this.draft !== null;
  }

  /**
   * The entry for the rows changed since the last one taken, or null if there are none (or this
   * is not a mutation). Taking it clears them: each committed unit of work is audited once.
   */
  takeEntry(): AuditInput | null {
    if (!this.draft || this.changes.length === 0) return null;
    this.wroteEntry = true;
    return this.entry(null);
  }

  /**
   * What a mutation ends with after it succeeded: its rows written outside any transaction, or,
   * if no transaction carried an entry, one anyway (a sign-out changes no rows but is audited).
   */
  closingEntry(fallbackTarget: { type: string; id: string } | null): AuditInput | null {
    if (!this.draft || (this.wroteEntry && this.changes.length === 0)) return null;
    return this.entry(fallbackTarget);
  }

  private entry(fallbackTarget: { type: string; id: string } | null): AuditInput {
    const { input, ...who } = this.draft!;
    const target = this.target ?? fallbackTarget;
    const rows = this.snapshot();
    this.changes.length = 0;
    return { ...who, targetType: target?.type ?? null, targetId: target?.id ?? null, changes: { input: sanitise(input), rows } };
  }

  setTarget(type: string, id: string) {
    this.target ??= { type, id };
  }

  /** A write the audit layer saw, with the row as it was before when the write named one row. */
  observe(model: string, operation: string, args: Record<string, unknown>, result: unknown, before: Row | null = null) {
    if (operation === "create" || operation === "upsert" || operation === "update") {
      if (!isRow(result)) return;
      const id = String(result.id ?? "");
      const data = (operation === "upsert" ? {} : args.data) as Row | undefined;
      const keys = operation === "update" && data ? Object.keys(data).filter((k) => k in result) : Object.keys(result);
      const pick = (row: Row | null) => (row ? Object.fromEntries(keys.map((k) => [k, row[k]])) : null);
      this.changes.push({ model, operation, id, before: pick(before), after: pick(result) });
      this.setTarget(model, id);
    } else if (operation === "delete") {
      if (isRow(result)) this.changes.push({ model, operation, id: String(result.id ?? ""), before: result, after: null });
    } else if (operation === "updateMany" || operation === "deleteMany" || operation === "createMany") {
      const count = isRow(result) ? Number(result.count ?? 0) : 0;
      if (count > 0) this.changes.push({ model, operation, id: null, before: null, after: { where: args.where, data: args.data } as Row, count });
    }
  }

  /** The entry's changes, ready to hash and store. */
  snapshot(): unknown {
    return sanitise(this.changes);
  }
}
