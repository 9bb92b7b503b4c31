import { useState } from "react";
import { newIdempotencyKey } from "./ids";
import { errorDataOf, messageOf } from "./errors";

// One idempotency key per attempt at an action (a checkout, a sale, a payment). The server
// answers a key it has seen with its first answer, so the key must outlive an attempt whose
// answer never came, and must not outlive one whose answer did.

/** Answers that say "not now" rather than "no": the request may still finish under its key. */
const notNowCodes = new Set(["SERVICE_UNAVAILABLE", "TOO_MANY_REQUESTS", "INTERNAL_SERVER_ERROR", "BAD_GATEWAY", "GATEWAY_TIMEOUT"]);
const notNowDomainCodes = new Set(["BUSY", "RATE_LIMITED", "PROVIDER_UNAVAILABLE"]);

/**
 * True when an attempt's outcome is still open, so a retry must send the same key: no answer
 * reached us (network failure, a gateway's refusal), the server was busy or its card provider
 * down, or the same request is still being processed. Any other refusal is the answer.
 */
export function isUnsettled(error: unknown): boolean {
  const data = errorDataOf(error);
  if (!data) return true;
  if (notNowCodes.has(data.code ?? "") || notNowDomainCodes.has(data.domainCode ?? "")) return true;
  // The engine's "still being processed" / "taken over by another process": the run goes on.
  return data.domainCode === "CONFLICT" && /try again in a moment/i.test(messageOf(error));
}

/** The key of the attempt in hand: kept while the same request is retried after no answer. */
export class AttemptKeys {
  private open: { signature: string; key: string } | null = null;

  /** True while an attempt is out or went unanswered: what it did is not known yet. */
  get unanswered(): boolean {
    return this.open !== null;
  }

  /** The open attempt's key when `signature` (what is sent, key aside) is unchanged; otherwise a new one. */
  keyFor(signature: string): string {
    if (this.open?.signature !== signature) this.open = { signature, key: newIdempotencyKey() };
    return this.open.key;
  }

  /** After an answer, or a refusal that is one, the next attempt gets a new key; after no answer it keeps this one. */
  settle(error?: unknown): void {
    if (error === undefined || !isUnsettled(error)) this.open = null;
  }

  /** Forgets the attempt (a new sale, or the request it was for is moot). */
  reset(): void {
    this.open = null;
  }
}

/** An AttemptKeys for the life of a component. */
export function useAttemptKeys(): AttemptKeys {
  return useState(() => new AttemptKeys())[0];
}
