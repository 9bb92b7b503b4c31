// One error type for business rules. Routers never build transport errors themselves:
// the API layer maps these codes to HTTP/tRPC statuses in one place.

export const domainErrorCodes = [
  "NOT_FOUND",
  "VALIDATION",
  "CONFLICT",
  "INVALID_STATE",
  "OUT_OF_STOCK",
  "PAYMENT_IN_PROGRESS",
  /** The card was declined and nothing was charged: try another. */
  "PAYMENT_DECLINED",
  "REFUND_EXCEEDS_CAPTURED",
  "PROVIDER_UNAVAILABLE",
  "UNAUTHORIZED",
  "FORBIDDEN",
  /** The account is locked after too many wrong passwords or PINs. */
  "LOCKED",
  /** The company's subscription plan allows no more of something. */
  "PLAN_LIMIT",
  /** Too many requests; details.retryAfterSeconds says when to come back. */
  "RATE_LIMITED",
  /** The platform is saturated (database pool, timeouts); details.retryAfterSeconds says when to retry. */
  "BUSY",
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
