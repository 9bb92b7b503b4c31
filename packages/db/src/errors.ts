import { Prisma } from "../generated/prisma/client";

/**
 * A unique-constraint violation, with the columns it covers; null for any other error. Through
 * the pg driver adapter Prisma reports them under `driverAdapterError`, not `meta.target`.
 */
export function uniqueViolation(error: unknown): { fields: string[] } | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = (error.meta ?? {}) as {
    target?: string[] | string;
    driverAdapterError?: { cause?: { constraint?: { fields?: string[] } | { index?: string }; originalMessage?: string } };
  };
  const cause = meta.driverAdapterError?.cause;
  const constraint = cause?.constraint as { fields?: string[]; index?: string } | undefined;
  if (constraint?.fields?.length) return { fields: constraint.fields.map((f) => f.replace(/"/g, "")) };
  if (Array.isArray(meta.target)) return { fields: meta.target };
  // Last resort: the constraint's name, e.g. user_companyId_email_key.
  const name = constraint?.index ?? cause?.originalMessage?.match(/constraint "([^"]+)"/)?.[1] ?? (typeof meta.target === "string" ? meta.target : "");
  return { fields: name.replace(/^[a-z_]+?_(?=[a-z]+[A-Z])|_(key|idx)$/g, "").split("_").filter(Boolean) };
}
