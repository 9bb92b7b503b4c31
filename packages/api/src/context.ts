import { randomUUID } from "node:crypto";
import type { App, SessionClaims } from "@commerce/auth";
import type { Db } from "@commerce/db";
import { DomainError } from "@commerce/core/errors";
import type { Logger } from "@commerce/core/logger";
import type { MailSender } from "@commerce/mail";
import type { PaymentProvider } from "@commerce/payments";
import { AuditRecorder } from "./domains/audit/audit.recorder";
import { resolveSession, type Actor } from "./domains/identity/session.service";
import { tenantBySlug, type Tenant } from "./domains/company/tenant";
import { scopedDb, type DbAccess } from "./tenancy";
import type { RateLimit } from "./gateway/rate-limit";

export type { Actor, Tenant };

export interface PlatformSettings {
  accessTtlSeconds: number;
  sessionTtlHours: number;
  maxFailedAttempts: number;
  lockoutMinutes: number;
  rateLimits: { apiPerIp: RateLimit; apiPerUser: RateLimit; signInPerIp: RateLimit };
  urls: Record<App, string>;
}

/** The process's shared handles. */
export interface Platform {
  db: Db;
  log: Logger;
  payments: PaymentProvider;
  mail: MailSender;
  settings: PlatformSettings;
}

/**
 * What every service call receives first. `db` is already scoped to the caller's company (and
 * shop or customer); `rootDb` is not, and only identity, company and audit services use it.
 */
export interface ServiceContext {
  db: Db;
  rootDb: Db;
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
}

export interface RequestFacts {
  app: App | null;
  requestId?: string;
  ip?: string | null;
  userAgent?: string | null;
  claims?: SessionClaims | null;
  /** The storefront being visited (the first path segment on the web app). */
  companySlug?: string | null;
}

function accessFor(actor: Actor | null, tenant: Tenant | null): DbAccess {
  if (actor?.role === "SUPER_ADMIN") return { kind: "platform" };
  if (!tenant) return { kind: "none" };
  const shopBound = actor?.role === "SHOP_MANAGER" || actor?.role === "STAFF";
  return {
    kind: "tenant",
    scope: { companyId: tenant.id, shopId: shopBound ? actor!.shopId : null, customerId: actor?.role === "CUSTOMER" ? actor.userId : null },
  };
}

/** Builds a request's context: who is calling (checked against the session row), in which company. */
export async function createRequestContext(platform: Platform, facts: RequestFacts): Promise<ServiceContext> {
  const requestId = facts.requestId ?? randomUUID();
  let actor: Actor | null = null;
  let tenant: Tenant | null = null;
  if (facts.claims && facts.app) {
    const resolved = await resolveSession(platform.db, facts.claims, facts.app);
    if (resolved) ({ actor, tenant } = resolved);
  }
  if (facts.companySlug && (!actor || actor.role === "CUSTOMER")) {
    const visited = await tenantBySlug(platform.db, facts.companySlug);
    // A customer of another company is a visitor here.
    if (actor && visited?.id !== actor.companyId) actor = null;
    tenant = visited;
  }
  return buildContext(platform, { requestId, actor, tenant, app: facts.app, ip: facts.ip ?? null, userAgent: facts.userAgent ?? null });
}

export function buildContext(
  platform: Platform,
  who: { requestId: string; actor: Actor | null; tenant: Tenant | null; app: App | null; ip: string | null; userAgent: string | null },
): ServiceContext {
  const audit = new AuditRecorder();
  return {
    ...who,
    db: scopedDb(platform.db, accessFor(who.actor, who.tenant), audit),
    rootDb: platform.db,
    log: platform.log.child({ requestId: who.requestId, ...(who.actor ? { userId: who.actor.userId } : {}), ...(who.tenant ? { companyId: who.tenant.id } : {}) }),
    payments: platform.payments,
    mail: platform.mail,
    settings: platform.settings,
    audit,
  };
}

/** A context for platform work outside a request (workers, scripts): no tenant filter. */
export function createServiceContext(platform: Platform, requestId: string = randomUUID()): ServiceContext {
  const ctx = buildContext(platform, { requestId, actor: null, tenant: null, app: null, ip: null, userAgent: null });
  return { ...ctx, db: scopedDb(platform.db, { kind: "platform" }, ctx.audit) };
}

/** The same context acting inside one company, e.g. a worker handling that company's event. */
export function withTenant(ctx: ServiceContext, tenant: Tenant): ServiceContext {
  return { ...ctx, tenant, db: scopedDb(ctx.rootDb, { kind: "tenant", scope: { companyId: tenant.id, shopId: null, customerId: null } }, ctx.audit) };
}

/** The company a tenant-scoped call works in; the procedure builder has already refused calls without one. */
export function tenantOf(ctx: ServiceContext): Tenant {
  if (!ctx.tenant) throw new DomainError("NOT_FOUND", "No shop here: open a company's storefront");
  return ctx.tenant;
}
