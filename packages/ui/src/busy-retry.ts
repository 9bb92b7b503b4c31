import { TRPCClientError, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";

/**
 * When the server is busy it answers 503 (database saturated) or 429 (rate limited), usually
 * with a Retry-After header. Such a call is worth repeating a few times, a little later each
 * time, when repeating it is safe: always for a query, and for a mutation only when its input
 * carries an `idempotencyKey` (the retry sends the same input, so the same key, and the server
 * answers it as the same request). Everything else fails as before.
 */
export const busyRetry = {
  /** Retries after the first answer; so at most five calls in all. */
  maxRetries: 4,
  baseDelayMs: 500,
  /** No wait is longer; a Retry-After beyond it means "not soon": stop and show the error. */
  maxDelayMs: 10_000,
} as const;

export type BusyRetryPolicy = { maxRetries: number; baseDelayMs: number; maxDelayMs: number };

/** What a failed call was, as the tRPC link saw it (React Query's retry only sees the error). */
export interface FailedCall {
  type: "query" | "mutation" | "subscription";
  /** True for a mutation whose input carries an idempotency key. */
  idempotent: boolean;
}

type ResponseLike = { status?: unknown; headers?: { get?: (name: string) => string | null } };
type ErrorLike = {
  data?: { httpStatus?: unknown; details?: { retryAfterSeconds?: unknown } | null } | null;
  meta?: { response?: ResponseLike; responseJSON?: unknown } | null;
};

const asErrorLike = (error: unknown): ErrorLike | undefined => (typeof error === "object" && error !== null ? (error as ErrorLike) : undefined);

/** The HTTP status of a failed call: the API's own (per call, also inside a batch), else the response's. */
export function httpStatusOf(error: unknown): number | undefined {
  const e = asErrorLike(error);
  const status = e?.data?.httpStatus ?? e?.meta?.response?.status;
  return typeof status === "number" ? status : undefined;
}

/** 503 (overloaded) or 429 (rate limited): the server says "not now", not "no". */
export function isBusyError(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === 503 || status === 429;
}

/** Retry-After in milliseconds, from delay-seconds ("3") or an HTTP date; undefined if absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday and month ("Tue, 01 Dec 2026 10:00:05 GMT"); Date.parse alone accepts "-1".
  const at = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** How long the server asked us to wait: its Retry-After header, else the error's retryAfterSeconds. */
export function retryAfterMsOf(error: unknown, now: number = Date.now()): number | undefined {
  const e = asErrorLike(error);
  const header = parseRetryAfter(e?.meta?.response?.headers?.get?.("retry-after"), now);
  if (header !== undefined) return header;
  const seconds = e?.data?.details?.retryAfterSeconds;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * Whether to call again after `failureCount` earlier retries (0 after the first failure).
 * Busy answers are retried for queries and idempotent mutations, up to `maxRetries`, unless
 * the server asked for a longer wait than `maxDelayMs`. Other answers: a query is retried
 * once after a server error or no answer at all (client errors would not change); a mutation
 * never.
 */
export function shouldRetry(failureCount: number, error: unknown, call: FailedCall, policy: BusyRetryPolicy = busyRetry): boolean {
  const repeatable = call.type === "query" || (call.type === "mutation" && call.idempotent);
  if (isBusyError(error)) {
    const wait = retryAfterMsOf(error);
    return repeatable && failureCount < policy.maxRetries && (wait === undefined || wait <= policy.maxDelayMs);
  }
  const status = httpStatusOf(error);
  return call.type === "query" && failureCount < 1 && (status === undefined || status >= 500);
}

/**
 * The wait before retry number `failureCount + 1`: exponential backoff from `baseDelayMs`
 * with equal jitter (half fixed, half random, so clients told the same thing spread out),
 * never shorter than the server's Retry-After and never longer than `maxDelayMs`.
 */
export function retryDelayMs(failureCount: number, error: unknown, policy: BusyRetryPolicy = busyRetry, random: () => number = Math.random): number {
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** failureCount);
  const jittered = backoff / 2 + (random() * backoff) / 2;
  const wait = isBusyError(error) ? (retryAfterMsOf(error) ?? 0) : 0;
  return Math.round(Math.min(policy.maxDelayMs, Math.max(wait, jittered)));
}

/** True when a mutation's input names an idempotency key, so sending it again cannot act twice. */
export function hasIdempotencyKey(input: unknown): boolean {
  const key = typeof input === "object" && input !== null ? (input as { idempotencyKey?: unknown }).idempotencyKey : undefined;
  return typeof key === "string" && key.length > 0;
}

const failedCalls = new WeakMap<object, FailedCall>();

/** What the link recorded about the call that failed with this error (undefined if it never passed the link). */
export function failedCallOf(error: unknown): FailedCall | undefined {
  return typeof error === "object" && error !== null ? failedCalls.get(error) : undefined;
}

/** The message of a refusal the gateway sent before tRPC ran (e.g. the per-address 429): `{ error: { message } }`. */
function gatewayMessageOf(error: { data?: unknown; meta?: unknown }): string | undefined {
  if (error.data) return undefined;
  const body = (error.meta as ErrorLike["meta"])?.responseJSON;
  const message = typeof body === "object" && body !== null ? (body as { error?: { message?: unknown } }).error?.message : undefined;
  return typeof message === "string" && message ? message : undefined;
}

/**
 * Put before the HTTP link: notes on each failed call whether it was a query or an idempotent
 * mutation (for `shouldRetry`), and gives a gateway refusal its own words instead of tRPC's
 * "Unable to transform response from server".
 */
export function failedCallsLink<TRouter extends AnyRouter>(): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) =>
        next(op).subscribe({
          next: (value) => observer.next(value),
          complete: () => observer.complete(),
          error: (cause) => {
            const message = gatewayMessageOf(cause);
            const error = message ? new TRPCClientError<TRouter>(message, { meta: cause.meta as Record<string, unknown> | undefined, cause }) : cause;
            failedCalls.set(error, { type: op.type, idempotent: op.type === "mutation" && hasIdempotencyKey(op.input) });
            observer.error(error);
          },
        }),
      );
}

/** React Query options for the policy above (queries and mutations alike). */
export function busyRetryOptions(policy: BusyRetryPolicy = busyRetry) {
  const retryFor = (type: "query" | "mutation") => (failureCount: number, error: unknown) =>
    shouldRetry(failureCount, error, failedCallOf(error) ?? { type, idempotent: false }, policy);
  const delay = (failureCount: number, error: unknown) => retryDelayMs(failureCount, error, policy);
  return {
    queries: { retry: retryFor("query"), retryDelay: delay },
    mutations: { retry: retryFor("mutation"), retryDelay: delay },
  };
}
