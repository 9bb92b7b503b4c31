import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { can, permissionScope, type Caller, type Permission } from "@commerce/auth";
import { DomainError, isDomainError } from "@commerce/core/errors";
import { findUnsafeText, unsafeTextMessage } from "@commerce/core/text";
import { tenantOf, type ServiceContext } from "./context";
import { describeIssues, internalErrorMessage, InternalFault, toClientError } from "./error-boundary";
import { appendAudit } from "./domains/audit/audit.append";
import { enforce } from "./gateway/rate-limit";

export type TrpcContext = ServiceContext;
/** Every procedure says what it requires; the isolation test reads this. */
export interface ProcedureMeta {
  permission: Permission;
}

const t = initTRPC.context<TrpcContext>().meta<ProcedureMeta>().create({
  transformer: superjson,
  // Never send stacks, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    const requestId = error instanceof InternalFault ? error.requestId : (ctx?.requestId ?? null);
    return {
      ...shape,
      // An unexpected fault says only that it happened, and where to find it in the log.
      message: internal ? internalErrorMessage(requestId ?? "unknown") : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        requestId,
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

/** Business errors become transport errors here (error-boundary.ts decides how), and calls are logged. */
const errorsAndLogging = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const durationMs = Math.round(performance.now() - started);
  if (!result.ok) {
    result.error = toClientError(result.error, ctx.requestId, ctx.log, { path, type, durationMs });
    if (result.error.code !== "INTERNAL_SERVER_ERROR") ctx.log.info("procedure refused", { path, type, code: result.error.code, durationMs });
  } else {
    ctx.log.debug("procedure ok", { path, type, durationMs });
  }
  return result;
});

/**
 * The input-string policy on the raw input, before any schema: a NUL or an unpaired surrogate
 * anywhere (even in a field the schema would drop) is refused with a 400 naming the field.
 */
const safeInput = t.middleware(async ({ getRawInput, next }) => {
  const where = findUnsafeText(await getRawInput().catch(() => undefined));
  if (where) {
    // ZodRealError: the ZodError that is also an Error, as schema parsing throws, so it travels as the cause.
    const issues = new z.ZodRealError([{ code: "custom", path: where, message: unsafeTextMessage, input: undefined }]);
    throw new TRPCError({ code: "BAD_REQUEST", message: describeIssues(issues), cause: issues });
  }
  return next();
});

/**
 * Who may call: the permission matrix decides, from the caller's role. Tenant permissions also
 * need a company (the caller's, or the storefront being visited). Refusals never say whether
 * the object asked for exists.
 */
function authorize(permission: Permission) {
  return t.middleware(({ ctx, next }) => {
    const caller: Caller = ctx.actor?.role ?? "VISITOR";
    if (!can(caller, permission)) {
      throw ctx.actor
        ? new DomainError("FORBIDDEN", "Your role does not allow this", { permission })
        : new DomainError("UNAUTHORIZED", "Sign in to continue", { permission });
    }
    const scope = permissionScope(permission);
    if (scope === "tenant") tenantOf(ctx);
    return next();
  });
}

/** Per-user limits; per-IP limits are counted at the HTTP edge (next-handler). */
const userRateLimit = t.middleware(async ({ ctx, next }) => {
  if (ctx.actor) await enforce(ctx.rootDb, `user:${ctx.actor.userId}`, ctx.settings.rateLimits.apiPerUser, "requests from this account");
  return next();
});

/**
 * Every successful mutation appends an audit entry: who, where, which procedure, the target
 * and the rows it changed (before and after), chained to the previous entry by hash.
 */
const auditMutation = t.middleware(async ({ ctx, path, type, getRawInput, next }) => {
  if (type !== "mutation") return next();
  ctx.audit.begin({
    companyId: ctx.tenant?.id ?? null,
    actorId: ctx.actor?.userId ?? null, actorRole: ctx.actor?.role ?? null, actorName: ctx.actor?.name ?? null,
    procedure: path, requestId: ctx.requestId, ip: ctx.ip,
    // This middleware runs before the procedure's parser: the raw input (only recorded if the call succeeds).
    input: await getRawInput(),
  });
  const result = await next();
  if (!result.ok) return result;
  // Rows written in the mutation's transactions were audited as those committed; what is left
  // (single writes outside a transaction, or a mutation that changed no rows) is recorded now.
  const data = result.data as { id?: unknown } | null;
  const entry = ctx.audit.closingEntry(data && typeof data === "object" && typeof data.id === "string" ? { type: path.split(".")[0]!, id: data.id } : null);
  if (!entry) return result;
  try {
    await appendAudit(ctx.rootDb, entry);
  } catch (error) {
    // The change has committed; a missing audit entry must be loud.
    ctx.log.error("audit entry could not be written", { path, error });
    throw error;
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** The procedure builder: `requires("order.manage").input(schema).mutation(...)`. */
export function requires(permission: Permission) {
  return t.procedure.meta({ permission }).use(errorsAndLogging).use(safeInput).use(authorize(permission)).use(userRateLimit).use(auditMutation);
}
