import type { App } from "@commerce/auth";
import type { Db } from "@commerce/db";
import { DomainError } from "@commerce/core/errors";
import type { Logger } from "@commerce/core/logger";
import type { MailSender } from "@commerce/mail";
import type { PaymentProvider } from "@commerce/payments";
import type { AuditRecorder } from "./audit-trail/recorder";
import type { CookieJar } from "./cookies";
import type { RateLimit } from "./gateway/rate-limit";
import type { Unscoped } from "./unscoped";
import type { Actor, Tenant } from "./who";

export type { Actor, Tenant };

// What every service call receives first, and its narrowed forms. A leaf: it imports types
// only, so domains, workflows and the procedure builders can all depend on it.

export interface PlatformSettings {
  accessTtlSeconds: number;
  sessionTtlHours: number;
  maxFailedAttempts: number;
  lockoutMinutes: number;
  rateLimits: { apiPerIp: RateLimit; apiPerUser: RateLimit; signInPerIp: RateLimit };
  urls: Record<App, string>;
  /** Signs the links that let a guest follow (and later claim) their order: the auth secret. */
  linkSecret: string;
}

/** The process's shared handles. `db` is unscoped: only context.ts and unscoped.ts read it. */
export interface Platform {
  db: Db;
  log: Logger;
  payments: PaymentProvider;
  mail: MailSender;
  settings: PlatformSettings;
}

/**
 * A request's (or a worker job's) context. `db` is scoped to the caller's company (and shop or
 * customer) and audited during mutations; what must reach past a company goes through the
 * named functions of `unscoped`.
 */
export interface ServiceContext {
  db: Db;
  unscoped: Unscoped;
  requestId: string;
  log: Logger;
  payments: PaymentProvider;
  mail: MailSender;
  settings: PlatformSettings;
  app: App | null;
  ip: string | null;
  userAgent: string | null;
  actor: Actor | null;
  tenant: Tenant | null;
  audit: AuditRecorder;
  /** The visitor's cookies beside the session's (a guest's basket). */
  cookies: CookieJar;
}

/** Someone is signed in. */
export type SignedInContext = ServiceContext & { actor: Actor };
/** The call acts inside one company (a storefront visitor's included). */
export type TenantContext = ServiceContext & { tenant: Tenant };
/** A signed-in person acting inside their company. */
export type MemberContext = SignedInContext & TenantContext;

/** The company a tenant-scoped call works in, for code that serves callers with and without one. */
export function tenantOf(ctx: ServiceContext): Tenant {
  if (!ctx.tenant) throw new DomainError("NOT_FOUND", "No shop here: open a company's storefront");
  return ctx.tenant;
}
