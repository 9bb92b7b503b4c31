import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { z } from "zod";
import { DomainError, isDomainError, type DomainErrorCode } from "@commerce/core/errors";
import type { Logger } from "@commerce/core/logger";
import { databaseFault } from "@commerce/db";

// The one error boundary. Expected errors keep their code and message; database errors that
// are the client's doing become 409 or 400; saturation becomes 503 with a retry hint; anything
// else answers 500 with a generic message and the request id, and its detail goes only to the log.

export const statusOf: Record<DomainErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  VALIDATION: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  INVALID_STATE: "CONFLICT",
  OUT_OF_STOCK: "CONFLICT",
  PAYMENT_IN_PROGRESS: "CONFLICT",
  PAYMENT_DECLINED: "PAYMENT_REQUIRED",
  REFUND_EXCEEDS_CAPTURED: "BAD_REQUEST",
  PROVIDER_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  LOCKED: "FORBIDDEN",
  PLAN_LIMIT: "FORBIDDEN",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  BUSY: "SERVICE_UNAVAILABLE",
};

/** Seconds a client should wait before retrying a 503. */
export const busyRetryAfterSeconds = 2;

/** Tenancy columns are ours, not the client's: a conflict names only the fields the client sent. */
const tenancyColumns = new Set(["companyId", "shopId", "customerId", "userId", "id"]);

/** A database error the client caused (or saturation), as a DomainError; null for our own faults. */
export function domainErrorFromDatabase(error: unknown): DomainError | null {
  const fault = databaseFault(error);
  if (!fault) return null;
  switch (fault.kind) {
    case "unique": {
      const fields = fault.fields.filter((f) => !tenancyColumns.has(f));
      return new DomainError("CONFLICT", fields.length ? `Something with this ${fields.join(" and ")} already exists` : "This already exists", { fields });
    }
    case "invalid":
      return fault.reason === "reference"
        ? new DomainError("VALIDATION", "This refers to something that does not exist")
        : new DomainError("VALIDATION", "A value is out of the range that can be stored");
    case "busy":
      return new DomainError("BUSY", `We are busy right now; please try again in ${busyRetryAfterSeconds} s`, { retryAfterSeconds: busyRetryAfterSeconds });
  }
}

export const internalErrorMessage = (requestId: string) => `Something went wrong on our side. Quote reference ${requestId} if it persists.`;

/** An unexpected fault as the client sees it: nothing of its cause leaks beyond the log. */
export class InternalFault extends TRPCError {
  constructor(
    readonly requestId: string,
    cause: unknown,
  ) {
    super({ code: "INTERNAL_SERVER_ERROR", message: internalErrorMessage(requestId), cause });
  }
}

export const unreadableInputMessage = "The request's input could not be read: send the procedure's input as tRPC's JSON (superjson) encoding";

/** What the client is told about anything thrown while serving `requestId`. */
export function toClientError(error: unknown, requestId: string, log: Logger, where: Record<string, unknown> = {}): TRPCError {
  if (error instanceof InternalFault) return error;
  // Bad input: one line naming each field (forms also get the issues by path, see the formatter).
  // A zod failure inside our own code (an event payload, say) is ours: it stays a 500 below.
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR" && error.cause instanceof z.ZodError) {
    return new TRPCError({ code: error.code, message: describeIssues(error.cause), cause: error.cause });
  }
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    // tRPC's own refusal of input it could not read carries the message of whatever failed
    // reading it (a TypeError from the transformer, say): say what is wrong without it.
    if ((error.code === "BAD_REQUEST" || error.code === "PARSE_ERROR") && error.cause instanceof Error && !isDomainError(error.cause))
      return new TRPCError({ code: error.code, message: unreadableInputMessage, cause: error.cause });
    return error;
  }
  const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
  const domain = isDomainError(cause) ? cause : domainErrorFromDatabase(cause);
  if (domain) {
    if (domain !== cause) log.warn("database refused a request", { ...where, code: domain.code, error: cause });
    return new TRPCError({ code: statusOf[domain.code], message: domain.message, cause: domain });
  }
  log.error("unexpected fault", { ...where, error: cause });
  return new InternalFault(requestId, cause);
}

/**
 * A JSON error answer for what fails outside tRPC's own handling (the gateway before tRPC,
 * next-auth's routes), decided by the same boundary; 503 says when to come back.
 */
export function errorResponse(error: unknown, requestId: string, log: Logger, where: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  const answer = toClientError(error, requestId, log, where);
  const status = getHTTPStatusCodeFromError(answer);
  const retry: Record<string, string> = status === 503 ? { "retry-after": String(busyRetryAfterSeconds) } : {};
  return Response.json(
    { error: { code: answer.code, message: answer.message, requestId } },
    { status, headers: { "x-request-id": requestId, ...headers, ...retry } },
  );
}

/** zod's issues as one readable line that names each field: "name: must be at most 120 characters". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 20)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
