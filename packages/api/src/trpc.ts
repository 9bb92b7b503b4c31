import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { callers, can, permissionScope, type Caller, type Permission, type Role } from "@commerce/auth";
import { DomainError, isDomainError } from "@commerce/core/errors";
import { findUnsafeText, unsafeTextMessage } from "@commerce/core/text";
import { describeIssues, internalErrorMessage, InternalFault, toClientError } from "./error-boundary";
import { recordProcedure } from "./observability/metrics";
import type { Actor, ServiceContext, Tenant } from "./service-context";

// The procedure builders. Each audience narrows the context's type (who is calling, in which
// company) so procedures and services never need `!`; `requires(permission)` on an audience
// adds the permission matrix's check, the rate limit and the audit entry.
//
//   anyone.requires("public")                    actor?  tenant?
//   storefront.requires("product.browse")      actor?  tenant
//   customer.requires("order.place")             actor   tenant   (any signed-in person of the company)
//   staff.requires("order.manage")               actor   tenant   (shop staff, managers, company admins)
//   companyAdmin.requires("company.settings")    actor   tenant
//   account.requires("account.self")             actor   tenant?  (one's own account, the super admin's too)
//   platform.requires("platform.manage")         actor            (the super admin)

export type TrpcContext = ServiceContext;
/** Every procedure says what it requires; the isolation test reads this. */
export interface ProcedureMeta {
  permission: Permission;
}

const t = initTRPC
  .context<TrpcContext>()
  .meta<ProcedureMeta>()
  .create({
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

/** Business errors become transport errors here (error-boundary.ts decides how); calls are logged and measured. */
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
  recordProcedure(path, type, result.ok ? "ok" : result.error.code, durationMs);
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

/** Per-user limits; per-IP limits are counted at the HTTP edge (next-handler). */
const userRateLimit = t.middleware(async ({ ctx, next }) => {
  if (ctx.actor) {
    const decision = await ctx.unscoped.countRequest(`user:${ctx.actor.userId}`, ctx.settings.rateLimits.apiPerUser);
    if (!decision.allowed) {
      throw new DomainError("RATE_LIMITED", `Too many requests from this account; try again in ${decision.retryAfterSeconds} s`, {
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
  }
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
    actorId: ctx.actor?.userId ?? null,
    actorRole: ctx.actor?.role ?? null,
    actorName: ctx.actor?.name ?? null,
    procedure: path,
    requestId: ctx.requestId,
    ip: ctx.ip,
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
    await ctx.unscoped.appendAudit(entry);
  } catch (error) {
    // The change has committed; a missing audit entry must be loud.
    ctx.log.error("audit entry could not be written", { path, error });
    throw error;
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const signInFirst = (permission: Permission) => new DomainError("UNAUTHORIZED", "Sign in to continue", { permission });
const notYours = (permission: Permission) => new DomainError("FORBIDDEN", "Your role does not allow this", { permission });
const noCompany = () => new DomainError("NOT_FOUND", "No shop here: open a company's storefront");

/** An audience: who may be behind its calls, and the context it guarantees them. */
function audience<Narrowed extends object>(name: string, admits: readonly Caller[], narrow: (ctx: ServiceContext, permission: Permission) => Narrowed) {
  return {
    /** A procedure of this audience that needs `permission` (from the one permission matrix). */
    requires(permission: Permission) {
      // The matrix and the audience must agree: a role the matrix allows but the audience turns away is a bug, found at start-up.
      const stranded = callers.filter((caller) => can(caller, permission) && !admits.includes(caller));
      if (stranded.length)
        throw new Error(`${name}.requires("${permission}"): the permission allows ${stranded.join(", ")}, which the ${name} audience does not admit`);
      const authorize = t.middleware(({ ctx, next }) => {
        const caller: Caller = ctx.actor?.role ?? "VISITOR";
        // Refusals never say whether the object asked for exists.
        if (!can(caller, permission)) throw ctx.actor ? notYours(permission) : signInFirst(permission);
        if (permissionScope(permission) === "tenant" && !ctx.tenant) throw noCompany();
        return next({ ctx: narrow(ctx, permission) });
      });
      return t.procedure.meta({ permission }).use(errorsAndLogging).use(safeInput).use(authorize).use(userRateLimit).use(auditMutation);
    },
  };
}

const signedIn = (ctx: ServiceContext, permission: Permission): Actor => {
  if (!ctx.actor) throw signInFirst(permission);
  return ctx.actor;
};
const inCompany = (ctx: ServiceContext): Tenant => {
  if (!ctx.tenant) throw noCompany();
  return ctx.tenant;
};
const staffRoles: readonly Role[] = ["STAFF", "SHOP_MANAGER", "COMPANY_ADMIN"];

export const anyone = audience("anyone", callers, (ctx) => ({ actor: ctx.actor, tenant: ctx.tenant }));
export const storefront = audience("storefront", ["VISITOR", "CUSTOMER", ...staffRoles], (ctx) => ({ actor: ctx.actor, tenant: inCompany(ctx) }));
export const customer = audience("customer", ["CUSTOMER", ...staffRoles], (ctx, p) => ({ actor: signedIn(ctx, p), tenant: inCompany(ctx) }));
export const staff = audience("staff", staffRoles, (ctx, p) => ({ actor: signedIn(ctx, p), tenant: inCompany(ctx) }));
export const companyAdmin = audience("companyAdmin", ["COMPANY_ADMIN"], (ctx, p) => ({ actor: signedIn(ctx, p), tenant: inCompany(ctx) }));
export const account = audience("account", ["CUSTOMER", ...staffRoles, "SUPER_ADMIN"], (ctx, p) => ({ actor: signedIn(ctx, p), tenant: ctx.tenant }));
export const platform = audience("platform", ["SUPER_ADMIN"], (ctx, p) => ({ actor: signedIn(ctx, p), tenant: ctx.tenant }));
