import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { isDomainError, type DomainErrorCode } from "@commerce/core/errors";
import type { ServiceContext } from "./context";

export type TrpcContext = ServiceContext;

const statusOf: Record<DomainErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  VALIDATION: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  INVALID_STATE: "CONFLICT",
  OUT_OF_STOCK: "CONFLICT",
  PAYMENT_IN_PROGRESS: "CONFLICT",
  REFUND_EXCEEDS_CAPTURED: "BAD_REQUEST",
  PROVIDER_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
};

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Forms show these next to the field that is wrong.
        fieldErrors: cause instanceof z.ZodError ? fieldErrorsByPath(cause) : null,
        domainCode: isDomainError(cause) ? cause.code : null,
        details: isDomainError(cause) ? cause.details : null,
      },
    };
  },
});

/** zod's messages keyed by full field path ("customer.email", "price.amount"), so forms can place each one. */
export function fieldErrorsByPath(error: z.ZodError): Record<string, string[]> {
  const byPath: Record<string, string[]> = {};
  for (const issue of error.issues) (byPath[issue.path.map(String).join(".")] ??= []).push(issue.message);
  return byPath;
}

/** The one place where business errors become transport errors, and where calls are logged. */
const errorsAndLogging = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const durationMs = Math.round(performance.now() - started);
  if (!result.ok) {
    const cause = result.error.cause;
    if (isDomainError(cause)) {
      ctx.log.info("procedure refused", { path, type, code: cause.code, durationMs });
      result.error = new TRPCError({ code: statusOf[cause.code], message: cause.message, cause });
    } else if (result.error.code === "INTERNAL_SERVER_ERROR") {
      ctx.log.error("procedure failed", { path, type, durationMs, error: result.error.cause ?? result.error });
    }
  } else {
    ctx.log.debug("procedure ok", { path, type, durationMs });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Anyone may call. Identity and tenancy builders arrive with the identity domain. */
export const publicProcedure = t.procedure.use(errorsAndLogging);
