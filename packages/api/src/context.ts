import { randomUUID } from "node:crypto";
import type { App, SessionClaims } from "@commerce/auth";
import { AuditRecorder } from "./audit-trail/recorder";
import { noCookies, type CookieJar } from "./cookies";
import { auditTrail } from "./audit-trail/layer";
import type { Actor, Platform, ServiceContext, Tenant } from "./service-context";
import { tenantScope, type DbAccess } from "./tenancy";
import { unscopedFor } from "./unscoped";

// Builds contexts: for a request (who is calling, in which company) and for platform work
// outside requests (the worker). The database a context hands out is composed here, and only
// here: the tenancy scope first, the audit trail over it.

export interface RequestFacts {
  app: App | null;
  requestId?: string;
  ip?: string | null;
  userAgent?: string | null;
  claims?: SessionClaims | null;
  /** The storefront being visited (the first path segment on the web app). */
  companySlug?: string | null;
  cookies?: CookieJar;
}

function accessFor(actor: Actor | null, tenant: Tenant | null): DbAccess {
  if (actor?.role === "SUPER_ADMIN") return { kind: "platform" };
  if (!tenant) return { kind: "none" };
  const shopId = actor?.role === "SHOP_MANAGER" || actor?.role === "STAFF" ? actor.shopId : null;
  return { kind: "tenant", scope: { companyId: tenant.id, shopId, customerId: actor?.role === "CUSTOMER" ? actor.userId : null } };
}

/** Builds a request's context: who is calling (checked against the session row), in which company. */
export async function createRequestContext(platform: Platform, facts: RequestFacts): Promise<ServiceContext> {
  const requestId = facts.requestId ?? randomUUID();
  const unscoped = unscopedFor(platform.db);
  let actor: Actor | null = null;
  let tenant: Tenant | null = null;
  if (facts.claims && facts.app) {
    const resolved = await unscoped.sessionForClaims(facts.claims, facts.app);
    if (resolved) ({ actor, tenant } = resolved);
  }
  if (facts.companySlug && (!actor || actor.role === "CUSTOMER")) {
    const visited = await unscoped.tenantBySlug(facts.companySlug);
    // A customer of another company is a visitor here.
    if (actor && visited?.id !== actor.companyId) actor = null;
    tenant = visited;
  }
  return buildContext(
    platform,
    { requestId, actor, tenant, app: facts.app, ip: facts.ip ?? null, userAgent: facts.userAgent ?? null, cookies: facts.cookies ?? noCookies },
    accessFor(actor, tenant),
  );
}

function buildContext(
  platform: Platform,
  who: { requestId: string; actor: Actor | null; tenant: Tenant | null; app: App | null; ip: string | null; userAgent: string | null; cookies: CookieJar },
  access: DbAccess,
): ServiceContext {
  const audit = new AuditRecorder();
  return {
    ...who,
    db: auditTrail(tenantScope(platform.db, access, who.requestId), audit),
    unscoped: unscopedFor(platform.db),
    log: platform.log.child({
      requestId: who.requestId,
      ...(who.actor ? { userId: who.actor.userId } : {}),
      ...(who.tenant ? { companyId: who.tenant.id } : {}),
    }),
    payments: platform.payments,
    mail: platform.mail,
    settings: platform.settings,
    audit,
  };
}

/** A context for platform work outside a request (workers, scripts): no person, no company yet. */
export function createServiceContext(platform: Platform, requestId: string = randomUUID()): ServiceContext {
  return buildContext(platform, { requestId, actor: null, tenant: null, app: null, ip: null, userAgent: null, cookies: noCookies }, { kind: "none" });
}

/** Platform work acting inside one company, e.g. the sweep recovering that company's workflow run. */
export function forTenant(platform: Platform, tenant: Tenant, requestId: string = randomUUID()): ServiceContext & { tenant: Tenant } {
  const ctx = buildContext(
    platform,
    { requestId, actor: null, tenant, app: null, ip: null, userAgent: null, cookies: noCookies },
    { kind: "tenant", scope: { companyId: tenant.id, shopId: null, customerId: null } },
  );
  return { ...ctx, tenant };
}
