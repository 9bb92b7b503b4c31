import { hash, verify } from "@node-rs/argon2";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { passwordHashCost } from "@commerce/config";
import { isSafeText, unsafeTextMessage } from "@commerce/core/text";

// argon2id with OWASP's minimum parameters (19 MiB, 2 passes): about 30 ms here.
const standard = { algorithm: 2 /* Algorithm.Argon2id, a const enum */, memoryCost: 19456, timeCost: 2, parallelism: 1 };
// PASSWORD_HASH_COST=test, set by the test runner only (config refuses it with NODE_ENV=production):
// argon2id still, at 1 MiB and 1 pass, so the thousands of hashes a test run makes stay cheap.
const cheap = { ...standard, memoryCost: 1024, timeCost: 1 };

/** The parameters new hashes are made with. Verifying reads them from the stored hash instead. */
export function hashParameters(): typeof standard {
  return passwordHashCost() === "test" ? cheap : standard;
}

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters")
  .refine(isSafeText, unsafeTextMessage)
  .refine((p) => /[a-zA-Z]/.test(p) && /[^a-zA-Z]/.test(p), "Mix letters with digits or symbols");

export const pinSchema = z.string().regex(/^\d{4,8}$/, "A PIN is 4 to 8 digits");

export async function hashSecret(secret: string): Promise<string> {
  return hash(secret, hashParameters());
}

export async function verifySecret(storedHash: string | null | undefined, secret: string): Promise<boolean> {
  // Without a hash, still spend the time, so timing doesn't tell which accounts exist.
  if (!storedHash) {
    await hash(secret, hashParameters());
    return false;
  }
  try {
    return await verify(storedHash, secret);
  } catch {
    return false;
  }
}

/** Long random tokens (refresh tokens, reset links) are stored as SHA-256: they need no slow hash. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: tokenHash(token) };
}

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function sameToken(token: string, expectedHash: string): boolean {
  const a = Buffer.from(tokenHash(token), "hex");
  const b = Buffer.from(expectedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
