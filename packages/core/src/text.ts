import { z } from "zod";

// The one input-string policy. Every string a client sends goes through these helpers (and the
// procedure builder checks the raw input with `findUnsafeText` as well), so a value PostgreSQL,
// JSON or URL encoding cannot hold is refused with a 400 that names the field, never a 500.

/** NUL (PostgreSQL's text refuses 0x00) and UTF-16 halves without their partner (not UTF-8). */
// eslint-disable-next-line no-control-regex -- finding NUL is the point of this pattern
const unsafeCharacter = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const unsafeTextMessage = "must not contain NUL characters or unpaired UTF-16 surrogates";

export function isSafeText(value: string): boolean {
  return !unsafeCharacter.test(value);
}

/** Upper bounds used across schemas, so like fields agree. */
export const textLimits = {
  /** Names of people, products, shops, companies. */
  name: 120,
  /** A short free-text note: a reason, a filter value. */
  short: 500,
  /** Long free text such as a product description. */
  long: 4_000,
  /** RFC 5321's limit on an address. */
  email: 254,
} as const;

interface TextOptions {
  max: number;
  min?: number;
  /** Message when shorter than `min` (e.g. "is required"). */
  minMessage?: string;
  /** Trim surrounding whitespace before the length checks (default true). */
  trim?: boolean;
}

/** A bounded, safe string. `text({ max: 120, min: 1, minMessage: "is required" })`. */
export function text({ max, min, minMessage, trim = true }: TextOptions) {
  let schema = z.string().refine(isSafeText, unsafeTextMessage);
  if (trim) schema = schema.trim();
  if (min !== undefined) schema = schema.min(min, minMessage ?? `must be at least ${min} characters`);
  return schema.max(max, `must be at most ${max} characters`);
}

/** An email address, trimmed and lower-cased. */
export function emailAddress(message = "must be an email address") {
  return z.string().trim().toLowerCase().max(textLimits.email, `must be at most ${textLimits.email} characters`).pipe(z.email(message));
}

/**
 * The first string anywhere in a raw input that breaks the policy, with its path, or null.
 * Walks plain objects and arrays only; depth-limited so a hostile nesting can't exhaust the stack.
 */
export function findUnsafeText(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === "string") return isSafeText(value) ? null : path;
  if (depth > 32 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (!isSafeText(key)) return [...path, "(a field name)"];
    const found = findUnsafeText(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

const maxBigint = 2n ** 63n - 1n;

/** A keyset cursor over a 64-bit sequence, sent as digits: bounded so it always fits a bigint column. */
export const sequenceCursor = z
  .string()
  .regex(/^\d{1,19}$/, "a cursor is a sequence number")
  .refine((digits) => !/^\d{1,19}$/.test(digits) || BigInt(digits) <= maxBigint, "is past the last sequence number");

const earliest = new Date("1970-01-01T00:00:00.000Z");
const latest = new Date("9999-12-31T23:59:59.999Z");

/** A point in time a client names (a filter's from/to): within what the database and JSON dates can hold. */
export const instant = z.date().min(earliest, "must be on or after 1970-01-01").max(latest, "must be on or before 9999-12-31");

/** A client's idempotency key: a retried request carries the same one and gets the first answer. */
export const idempotencyKey = () => z.string().regex(/^[A-Za-z0-9:._-]{8,100}$/, "8 to 100 letters, digits or : . _ -");
