import { Prisma } from "../generated/prisma/client";

/**
 * A unique-constraint violation, with the columns it covers; null for any other error. Through
 * the pg driver adapter Prisma reports them under `driverAdapterError`, not `meta.target`.
 */
export function uniqueViolation(error: unknown): { fields: string[] } | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = (error.meta ?? {}) as {
    target?: string[] | string;
    driverAdapterError?: { cause?: { constraint?: { fields?: string[] } | { index?: string }; originalMessage?: string; table?: string } };
  };
  const cause = meta.driverAdapterError?.cause;
  const constraint = cause?.constraint as { fields?: string[]; index?: string } | undefined;
  if (constraint?.fields?.length) return { fields: constraint.fields.map((f) => f.replace(/"/g, "")) };
  if (Array.isArray(meta.target)) return { fields: meta.target };
  // Last resort: the constraint's name, e.g. user_companyId_email_key.
  let name = constraint?.index ?? cause?.originalMessage?.match(/constraint "([^"]+)"/)?.[1] ?? (typeof meta.target === "string" ? meta.target : "");
  // Index names are <table>_<columns>_key: drop the table when it is known.
  if (cause?.table && name.startsWith(`${cause.table}_`)) name = name.slice(cause.table.length + 1);
  return {
    fields: name
      .replace(/^[a-z_]+?_(?=[a-z]+[A-Z])|_(key|idx)$/g, "")
      .split("_")
      .filter(Boolean),
  };
}

/**
 * What a database error means for the caller, or null when it is a fault of ours:
 *  - unique: the client's value is taken (409);
 *  - invalid: the client's data broke a constraint or does not fit a column (400);
 *  - busy: the database is saturated or too slow right now; retrying later is safe (503).
 * Prisma reports these in several shapes (known errors with a P-code, the driver adapter's
 * error with the PostgreSQL SQLSTATE, or the pool's plain Error), so all are read here, once.
 */
export type DatabaseFault = { kind: "unique"; fields: string[] } | { kind: "invalid"; reason: "reference" | "value" } | { kind: "busy" };

const busyCodes = new Set(["P2024", "P2028", "P2034"]);
const invalidValueCodes = new Set(["P2000", "P2004", "P2011", "P2020", "P2023"]);
const busyKinds = new Set(["TooManyConnections", "TransactionWriteConflict", "SocketTimeout", "ConnectionClosed", "DatabaseNotReachable"]);
const invalidKinds = new Set(["ValueOutOfRange", "NullConstraintViolation", "LengthMismatch", "InvalidInputValue"]);
const busyMessages = /timeout exceeded when trying to connect|Unable to start a transaction|Transaction already closed|Connection terminated|too many clients/i;
const invalidMessages = /unexpected end of hex escape|lone (leading|trailing) surrogate|invalid byte sequence/i;

interface AdapterCause {
  originalCode?: unknown;
  code?: unknown;
  kind?: unknown;
}

function adapterCause(error: unknown): AdapterCause | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as { name?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
  const cause = e.meta?.driverAdapterError?.cause ?? (e.name === "DriverAdapterError" ? e.cause : undefined);
  return typeof cause === "object" && cause !== null ? (cause as AdapterCause) : null;
}

export function databaseFault(error: unknown): DatabaseFault | null {
  const unique = uniqueViolation(error);
  if (unique) return { kind: "unique", fields: unique.fields };
  const prismaCode = error instanceof Prisma.PrismaClientKnownRequestError ? error.code : null;
  const cause = adapterCause(error);
  const sqlState = typeof cause?.originalCode === "string" ? cause.originalCode : typeof cause?.code === "string" ? cause.code : "";
  const kind = typeof cause?.kind === "string" ? cause.kind : "";
  const message = error instanceof Error ? error.message : "";

  if (sqlState === "23505" || kind === "UniqueConstraintViolation") return { kind: "unique", fields: [] };
  if (prismaCode === "P2003" || sqlState === "23503" || kind === "ForeignKeyConstraintViolation") return { kind: "invalid", reason: "reference" };
  if ((prismaCode && busyCodes.has(prismaCode)) || busyKinds.has(kind) || /^(40001|40P01|53|57|08)/.test(sqlState) || busyMessages.test(message)) {
    return { kind: "busy" };
  }
  if ((prismaCode && invalidValueCodes.has(prismaCode)) || invalidKinds.has(kind) || /^(22|23)/.test(sqlState) || invalidMessages.test(message)) {
    return { kind: "invalid", reason: "value" };
  }
  return null;
}
