import { MutationObserver, QueryClient, QueryObserver } from "@tanstack/react-query";
import { createTRPCUntypedClient, httpBatchLink } from "@trpc/client";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import {
  busyRetry,
  busyRetryOptions,
  failedCallsLink,
  hasIdempotencyKey,
  httpStatusOf,
  isBusyError,
  parseRetryAfter,
  retryAfterMsOf,
  retryDelayMs,
  shouldRetry,
  type BusyRetryPolicy,
} from "./busy-retry";

/** The shape of a tRPC client error as the retry policy reads it. */
const apiError = (httpStatus: number, retryAfter?: string) => ({
  message: "busy",
  data: { code: httpStatus === 503 ? "SERVICE_UNAVAILABLE" : "X", httpStatus },
  meta: { response: { status: httpStatus, headers: new Headers(retryAfter === undefined ? {} : { "retry-after": retryAfter }) } },
});
const query = { type: "query", idempotent: false } as const;
const keyed = { type: "mutation", idempotent: true } as const;
const unkeyed = { type: "mutation", idempotent: false } as const;

describe("reading a busy answer", () => {
  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2026-12-01T10:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Tue, 01 Dec 2026 10:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Tue, 01 Dec 2026 09:59:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-1", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("takes the status from the API's data, else from the response (a refusal at the gateway)", () => {
    expect(httpStatusOf(apiError(503))).toBe(503);
    expect(httpStatusOf({ message: "x", meta: { response: { status: 429, headers: new Headers() } } })).toBe(429);
    expect(httpStatusOf(new Error("Failed to fetch"))).toBeUndefined();
    expect(isBusyError(apiError(503))).toBe(true);
    expect(isBusyError(apiError(429))).toBe(true);
    expect(isBusyError(apiError(500))).toBe(false);
    expect(isBusyError(null)).toBe(false);
  });

  it("prefers the Retry-After header, and falls back on the error's retryAfterSeconds", () => {
    expect(retryAfterMsOf(apiError(429, "2"))).toBe(2000);
    expect(retryAfterMsOf({ data: { httpStatus: 429, details: { retryAfterSeconds: 7 } } })).toBe(7000);
    expect(retryAfterMsOf(apiError(503))).toBeUndefined();
  });

  it("knows an idempotent input by its key", () => {
    expect(hasIdempotencyKey({ orderId: "o1", idempotencyKey: "k-1" })).toBe(true);
    expect(hasIdempotencyKey({ orderId: "o1", idempotencyKey: "" })).toBe(false);
    expect(hasIdempotencyKey({ orderId: "o1" })).toBe(false);
    expect(hasIdempotencyKey(undefined)).toBe(false);
  });
});

describe("shouldRetry", () => {
  it("retries a busy query a few times, then gives up", () => {
    for (let n = 0; n < busyRetry.maxRetries; n++) expect(shouldRetry(n, apiError(503), query)).toBe(true);
    expect(shouldRetry(busyRetry.maxRetries, apiError(503), query)).toBe(false);
    expect(shouldRetry(0, apiError(429, "1"), query)).toBe(true);
  });

  it("retries a busy mutation only when it carries an idempotency key", () => {
    expect(shouldRetry(0, apiError(503, "1"), keyed)).toBe(true);
    expect(shouldRetry(busyRetry.maxRetries, apiError(503), keyed)).toBe(false);
    expect(shouldRetry(0, apiError(503, "1"), unkeyed)).toBe(false);
    expect(shouldRetry(0, apiError(429, "1"), unkeyed)).toBe(false);
  });

  it("does not retry when the server asks for a longer wait than the longest backoff", () => {
    const seconds = String(busyRetry.maxDelayMs / 1000 + 1);
    expect(shouldRetry(0, apiError(429, seconds), query)).toBe(false);
    expect(shouldRetry(0, apiError(429, String(busyRetry.maxDelayMs / 1000)), query)).toBe(true);
  });

  it("keeps the rule for other errors: a query once after a server error or no answer, a mutation never", () => {
    expect(shouldRetry(0, apiError(500), query)).toBe(true);
    expect(shouldRetry(1, apiError(500), query)).toBe(false);
    expect(shouldRetry(0, new Error("Failed to fetch"), query)).toBe(true);
    expect(shouldRetry(0, apiError(404), query)).toBe(false);
    expect(shouldRetry(0, apiError(400), query)).toBe(false);
    expect(shouldRetry(0, apiError(500), keyed)).toBe(false);
    expect(shouldRetry(0, new Error("Failed to fetch"), keyed)).toBe(false);
  });
});

describe("retryDelayMs", () => {
  const policy: BusyRetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 10_000 };

  it("backs off exponentially with equal jitter, up to the cap", () => {
    const low = () => 0;
    const high = () => 1;
    expect([0, 1, 2, 3].map((n) => retryDelayMs(n, apiError(503), policy, low))).toEqual([250, 500, 1000, 2000]);
    expect([0, 1, 2, 3].map((n) => retryDelayMs(n, apiError(503), policy, high))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelayMs(10, apiError(503), policy, high)).toBe(10_000);
    expect(retryDelayMs(10, apiError(503), policy, low)).toBe(5_000);
  });

  it("never retries sooner than Retry-After, and never waits longer than the cap", () => {
    expect(retryDelayMs(0, apiError(503, "3"), policy, () => 0.5)).toBe(3000);
    expect(retryDelayMs(3, apiError(503, "1"), policy, () => 1)).toBe(4000);
    expect(retryDelayMs(0, apiError(429, "10"), policy, () => 0)).toBe(10_000);
    expect(retryDelayMs(0, apiError(429, "60"), policy, () => 0)).toBe(10_000);
  });

  it("ignores Retry-After on answers that are not busy", () => {
    expect(retryDelayMs(0, apiError(500, "30"), policy, () => 0)).toBe(250);
  });
});

describe("through the tRPC client and React Query", () => {
  const fast: BusyRetryPolicy = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 20 };

  /** A fake /api/trpc answering 503 (Retry-After: 0) `busyTimes` times, then success. */
  function server(busyTimes: number) {
    const bodies: unknown[] = [];
    const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
      bodies.push(init?.body ? JSON.parse(String(init.body)) : null);
      const busy = bodies.length <= busyTimes;
      const item = busy
        ? { error: superjson.serialize({ message: "The database is busy", code: -32603, data: { code: "SERVICE_UNAVAILABLE", httpStatus: 503 } }) }
        : { result: { data: superjson.serialize({ ok: true }) } };
      return new Response(JSON.stringify([item]), {
        status: busy ? 503 : 200,
        headers: { "content-type": "application/json", ...(busy ? { "retry-after": "0" } : {}) },
      });
    };
    const client = createTRPCUntypedClient({ links: [failedCallsLink(), httpBatchLink({ url: "http://shop.test/api/trpc", transformer: superjson, fetch })] });
    const queryClient = new QueryClient({ defaultOptions: busyRetryOptions(fast) });
    const keysSent = () => bodies.map((b) => (b as Record<string, { json?: { idempotencyKey?: string } }>)["0"]?.json?.idempotencyKey);
    return { client, queryClient, bodies, keysSent };
  }

  it("retries an idempotent mutation with the same key until it goes through", async () => {
    const { client, queryClient, keysSent } = server(2);
    const mutation = new MutationObserver(queryClient, {
      mutationFn: (input: { orderId: string; idempotencyKey: string }) => client.mutation("payment.process", input),
    });
    await expect(mutation.mutate({ orderId: "o1", idempotencyKey: "key-1" })).resolves.toEqual({ ok: true });
    expect(keysSent()).toEqual(["key-1", "key-1", "key-1"]);
  });

  it("does not retry a mutation without a key; its error carries the server's message", async () => {
    const { client, queryClient, bodies } = server(1);
    const mutation = new MutationObserver(queryClient, { mutationFn: (input: { id: string }) => client.mutation("order.updateStatus", input) });
    await expect(mutation.mutate({ id: "o1" })).rejects.toThrow("The database is busy");
    expect(bodies).toHaveLength(1);
  });

  it("retries a query, and fails with the last busy answer when the retries run out", async () => {
    const { client, queryClient, bodies } = server(99);
    const observer = new QueryObserver(queryClient, { queryKey: ["product", "list"], queryFn: () => client.query("product.list") });
    const settled = new Promise<unknown>((resolve) => observer.subscribe((result) => result.status === "error" && resolve(result.error)));
    const error = await settled;
    expect(bodies).toHaveLength(fast.maxRetries + 1);
    expect(isBusyError(error)).toBe(true);
  });

  it("gives a refusal from the gateway (not a tRPC body) its own message and status", async () => {
    const fetch = async () =>
      new Response(JSON.stringify({ error: { code: "TOO_MANY_REQUESTS", message: "Too many requests from this address; try again in 42 s" } }), {
        status: 429,
        headers: { "content-type": "application/json", "retry-after": "42" },
      });
    const client = createTRPCUntypedClient({ links: [failedCallsLink(), httpBatchLink({ url: "http://shop.test/api/trpc", transformer: superjson, fetch })] });
    const error = await client.query("product.list").catch((e: unknown) => e);
    expect((error as Error).message).toBe("Too many requests from this address; try again in 42 s");
    expect(httpStatusOf(error)).toBe(429);
    expect(retryAfterMsOf(error)).toBe(42_000);
    // Longer than the longest backoff: shown at once rather than retried.
    expect(shouldRetry(0, error, query)).toBe(false);
  });
});
