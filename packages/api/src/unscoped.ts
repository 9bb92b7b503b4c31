import { newToken, sameToken, tokenHash, type App, type RequestMeta, type SessionClaims, type SessionGrant } from "@commerce/auth";
import { DomainError } from "@commerce/core/errors";
import type { Db, Prisma, Tx, User, WorkflowRun } from "@commerce/db";
import { appendAudit, appendAuditIn, type AuditInput } from "./audit-trail/append";
import { hit, type RateDecision, type RateLimit } from "./gateway/rate-limit";
import { toTenant, type Actor, type Tenant } from "./who";

// The only module that reads or writes through the unscoped database client. Each method says
// why it can't use a request's company-scoped client: it runs before there is a company or a
// person (sign-in, session lookup, reset links, the storefront directory), or it is platform
// plumbing that spans companies (rate-limit counters, the audit chain, the workflow sweep).
// Everything else gets a ServiceContext whose `db` is scoped.

// Storefront requests name their company by slug on every call; settings change rarely, so a
// few seconds of caching per process saves a query per request.
const tenantCache = new Map<string, { tenant: Tenant | null; at: number }>();
const tenantTtlMs = 5_000;

/** Matches no company: a storefront request without one finds no customer. */
const noCompany = "00000000-0000-0000-0000-000000000000";

export type SessionFilter = { id?: string; userId?: string; companyId?: string; tillsOfShop?: string; exceptId?: string };

export class Unscoped {
  constructor(private readonly db: Db) {}

  // ── Companies, before a request knows which one it is in ──

  /** The company a storefront URL or header names (null when unknown or suspended): it decides the request's scope. */
  async tenantBySlug(slug: string): Promise<Tenant | null> {
    const cached = tenantCache.get(slug);
    if (cached && Date.now() - cached.at < tenantTtlMs) return cached.tenant;
    const company = /^[a-z0-9][a-z0-9-]{1,39}$/.test(slug) ? await this.db.company.findUnique({ where: { slug } }) : null;
    const tenant = company?.active ? toTenant(company) : null;
    tenantCache.set(slug, { tenant, at: Date.now() });
    if (tenantCache.size > 1000) tenantCache.delete(tenantCache.keys().next().value!);
    return tenant;
  }

  /**
   * A guest's order becomes a customer's (they proved it theirs with its link's key). A
   * customer's scoped client sees only orders that are already theirs, so it cannot reach one
   * placed signed out. True when claimed now or already theirs; false when another account has it.
   */
  async claimGuestOrder(companyId: string, orderId: string, customerId: string): Promise<boolean> {
    const claimed = await this.db.order.updateMany({ where: { id: orderId, companyId, channel: "WEB", customerId: null }, data: { customerId } });
    if (claimed.count === 1) return true;
    const order = await this.db.order.findFirst({ where: { id: orderId, companyId }, select: { customerId: true } });
    return order?.customerId === customerId;
  }

  /** A company's settings changed: the next request reads them afresh. */
  forgetTenant(slug: string): void {
    tenantCache.delete(slug);
  }

  /** A company by id for platform work (the sweep, a worker's event): finding the tenant comes before scoping. */
  async tenantById(companyId: string): Promise<Tenant | null> {
    const company = await this.db.company.findUnique({ where: { id: companyId } });
    return company?.active ? toTenant(company) : null;
  }

  /** Every open storefront, for the home page: visitors there have no company yet. */
  activeStorefronts() {
    return this.db.company.findMany({
      where: { active: true },
      orderBy: { name: "asc" },
      select: { slug: true, name: true, brandName: true, brandColour: true },
    });
  }

  // ── Sessions: looked up on every request, before its scope exists ──

  /** Who a request's claims stand for right now, or null if the session has ended. */
  async sessionForClaims(claims: SessionClaims, app: App): Promise<{ actor: Actor; tenant: Tenant | null } | null> {
    const session = await this.db.session.findUnique({ where: { id: claims.sid }, include: { user: { include: { company: true } } } });
    if (!session || session.userId !== claims.uid || session.app !== app) return null;
    if (!isLive(session)) return null;
    const user = session.user;
    if (user.company && !user.company.active) return null;
    // Touch at most once a minute: a write per request would be a waste.
    if (Date.now() - session.lastUsedAt.getTime() > 60_000) {
      void this.db.session.update({ where: { id: session.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
    }
    return {
      actor: { userId: user.id, sessionId: session.id, role: user.role, name: user.name, email: user.email, companyId: user.companyId, shopId: user.shopId },
      tenant: user.company ? toTenant(user.company) : null,
    };
  }

  /** The signed token's refresh (next-auth, no request context): allowed while the row is live and the token matches it. */
  async refreshSession(sessionId: string, refreshToken: string): Promise<boolean> {
    const session = await this.db.session.findUnique({ where: { id: sessionId }, include: { user: true } });
    if (!session || !isLive(session)) return false;
    if (!sameToken(refreshToken, session.refreshTokenHash)) return false;
    await this.db.session.update({ where: { id: sessionId }, data: { lastUsedAt: new Date() } });
    return true;
  }

  /**
   * Ends open sessions of one session, a person, a company or a shop's tills (never `exceptId`).
   * Unscoped because an ending must reach every app's sessions, whatever the caller's own scope.
   */
  revokeSessions(where: SessionFilter, reason: string): Promise<number> {
    return revokeSessionsIn(this.db, where, reason);
  }

  // ── Sign-in: there is no person yet, and staff sign in by shop code, before any company ──

  /** The accounts a sign-in could be for: by shop and staff number (PIN), by storefront (customers), or by email (the portal). */
  async signInCandidates(
    credentials: { method: "pin"; shop: string; staff: string } | { method: "password"; app: App; email: string; company?: string | undefined },
  ): Promise<User[]> {
    if (credentials.method === "pin") {
      const shop = await this.db.shop.findUnique({ where: { code: credentials.shop } });
      if (!shop?.active) return [];
      return this.db.user.findMany({
        where: { companyId: shop.companyId, shopId: shop.id, staffCode: credentials.staff, role: { in: ["STAFF", "SHOP_MANAGER"] } },
      });
    }
    if (credentials.app === "web") {
      const company = credentials.company ? await this.db.company.findUnique({ where: { slug: credentials.company } }) : null;
      return company?.active ? this.db.user.findMany({ where: { companyId: company.id, email: credentials.email, role: "CUSTOMER" } }) : [];
    }
    return this.db.user.findMany({
      where: { email: credentials.email, role: { in: ["SUPER_ADMIN", "COMPANY_ADMIN", "SHOP_MANAGER"] } },
      orderBy: { createdAt: "asc" },
    });
  }

  /** A wrong secret counts against the account (one statement, so concurrent misses can't undercount); enough of them lock it. */
  async recordSignInFailure(user: User, rule: { maxFailedAttempts: number; lockoutMinutes: number }, meta: RequestMeta): Promise<User> {
    const rows = await this.db.$queryRaw<{ failedAttempts: number }[]>`
      UPDATE "user" SET "failedAttempts" = "failedAttempts" + 1, "updatedAt" = now() WHERE id = ${user.id}::uuid RETURNING "failedAttempts"`;
    const attempts = rows[0]?.failedAttempts ?? 0;
    if (attempts >= rule.maxFailedAttempts) {
      await this.db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + rule.lockoutMinutes * 60_000), failedAttempts: 0 } });
        await appendAuditIn(tx, {
          companyId: user.companyId,
          actorId: null,
          actorRole: null,
          actorName: null,
          procedure: "identity.locked",
          targetType: "User",
          targetId: user.id,
          changes: { app: meta.app, attempts },
          requestId: `lock-${user.id}`,
          ip: meta.ip,
        });
      });
    }
    return this.db.user.findUniqueOrThrow({ where: { id: user.id } });
  }

  /** Whether the company an account belongs to may sign in at all. */
  async companyActive(companyId: string): Promise<boolean> {
    return (await this.db.company.findUnique({ where: { id: companyId }, select: { active: true } }))?.active ?? false;
  }

  /** A successful sign-in: counters reset, the session opened and its audit entry written, in one commit. */
  openSession(user: User, meta: RequestMeta, ttlHours: number, method: "password" | "pin"): Promise<SessionGrant> {
    return this.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { failedAttempts: 0, lockedUntil: null, lastSignInAt: new Date() } });
      const { token, tokenHash: hash } = newToken();
      const session = await tx.session.create({
        data: {
          userId: user.id,
          companyId: user.companyId,
          app: meta.app,
          refreshTokenHash: hash,
          ip: meta.ip,
          userAgent: meta.userAgent?.slice(0, 300) ?? null,
          expiresAt: new Date(Date.now() + ttlHours * 3_600_000),
        },
      });
      await appendAuditIn(tx, {
        companyId: user.companyId,
        actorId: user.id,
        actorRole: user.role,
        actorName: user.name,
        procedure: "identity.signIn",
        targetType: "Session",
        targetId: session.id,
        changes: { app: meta.app, method },
        requestId: session.id,
        ip: meta.ip,
      });
      return {
        sessionId: session.id,
        refreshToken: token,
        userId: user.id,
        role: user.role,
        name: user.name,
        email: user.email,
        companyId: user.companyId,
        shopId: user.shopId,
      };
    });
  }

  // ── Set-password links: asked for and used by people who are not signed in ──

  /** The active account a reset request names: a storefront's customer, or a member of the team on the portal. */
  accountForReset(app: App, email: string, companyId: string | null): Promise<User | null> {
    const where: Prisma.UserWhereInput =
      app === "web"
        ? { email, role: "CUSTOMER", companyId: companyId ?? noCompany }
        : { email, role: { in: ["SUPER_ADMIN", "COMPANY_ADMIN", "SHOP_MANAGER"] } };
    return this.db.user.findFirst({ where: { ...where, active: true } });
  }

  /** Stores a one-time link's hash; returns the token to mail, and the storefront slug a customer's link goes to. */
  async issueSetPasswordToken(user: User, purpose: "reset" | "invite", hours: number): Promise<{ token: string; storefront: string | null }> {
    const { token, tokenHash: hash } = newToken();
    await this.db.passwordResetToken.create({ data: { userId: user.id, tokenHash: hash, purpose, expiresAt: new Date(Date.now() + hours * 3_600_000) } });
    const storefront = user.role === "CUSTOMER" && user.companyId ? (await this.db.company.findUniqueOrThrow({ where: { id: user.companyId } })).slug : null;
    return { token, storefront };
  }

  /**
   * Uses a link: claimed first (of two concurrent uses, one wins), the password set, old sessions
   * ended and the audit entry written, all or nothing. A storefront takes only its own
   * customers' links; the portal only the team's.
   */
  async redeemSetPasswordToken(input: {
    token: string;
    passwordHash: string;
    app: App;
    companyId: string | null;
    requestId: string;
    ip: string | null;
  }): Promise<{ role: User["role"] }> {
    const now = new Date();
    const owner: Prisma.UserWhereInput = input.app === "web" ? { role: "CUSTOMER", companyId: input.companyId ?? noCompany } : { role: { not: "CUSTOMER" } };
    return this.db.$transaction(async (tx) => {
      const claimed = await tx.passwordResetToken.updateMany({
        where: { tokenHash: tokenHash(input.token), usedAt: null, expiresAt: { gt: now }, user: owner },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) throw new DomainError("VALIDATION", "This link has expired or was already used; ask for a new one", { field: "token" });
      const token = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: tokenHash(input.token) }, include: { user: true } });
      await tx.user.update({ where: { id: token.userId }, data: { passwordHash: input.passwordHash, failedAttempts: 0, lockedUntil: null } });
      await revokeSessionsIn(tx, { userId: token.userId }, "password reset");
      await appendAuditIn(tx, {
        companyId: token.user.companyId,
        actorId: token.userId,
        actorRole: token.user.role,
        actorName: token.user.name,
        procedure: "identity.resetPassword",
        targetType: "User",
        targetId: token.userId,
        changes: { purpose: token.purpose },
        requestId: input.requestId,
        ip: input.ip,
      });
      return { role: token.user.role };
    });
  }

  // ── Platform plumbing that spans companies ──

  /** Counts a request against a limit shared by every instance of every app (per address, per account). */
  countRequest(key: string, rule: RateLimit): Promise<RateDecision> {
    return hit(this.db, key, rule);
  }

  /** Appends to the audit chain outside any request transaction (a mutation's closing entry): the chain spans the platform. */
  appendAudit(entry: AuditInput) {
    return appendAudit(this.db, entry);
  }

  /** The sweep looks across every company for runs whose holder died: it acts before it knows a company. */
  staleWorkflowRuns(limit: number, graceMs = 5_000): Promise<WorkflowRun[]> {
    // A run given up a moment ago (a provider outage) gets a few seconds for its own client to retry.
    return this.db.workflowRun.findMany({
      where: { status: { in: ["RUNNING", "COMPENSATING"] }, leaseUntil: { lt: new Date(Date.now() - graceMs) } },
      orderBy: { leaseUntil: "asc" },
      take: limit,
    });
  }

  /**
   * Guests' baskets nobody has touched since `before` (their cookie has run out), across
   * companies: a batch at a time, rows another sweeper holds skipped. Their lines go with them.
   */
  async forgetGuestBaskets(before: Date, limit: number): Promise<number> {
    return this.db.$executeRaw`
      DELETE FROM cart WHERE id IN (
        SELECT id FROM cart WHERE "customerId" IS NULL AND "updatedAt" < ${before} ORDER BY "updatedAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
  }
}

/** Not ended, not expired, and its person still active. */
function isLive(session: { revokedAt: Date | null; expiresAt: Date; user: { active: boolean } }): boolean {
  return !session.revokedAt && session.expiresAt > new Date() && session.user.active;
}

async function revokeSessionsIn(db: Tx, where: SessionFilter, reason: string): Promise<number> {
  // An empty filter would sign out everyone on the platform.
  if (!where.id && !where.userId && !where.companyId && !where.tillsOfShop) throw new Error("revokeSessions needs a session, a person, a company or a shop");
  const { tillsOfShop, exceptId, ...rest } = where;
  const filter = {
    ...rest,
    ...(tillsOfShop ? { app: "pos", user: { shopId: tillsOfShop } } : {}),
    ...(exceptId ? { NOT: { id: exceptId } } : {}),
    revokedAt: null,
  };
  const { count } = await db.session.updateMany({ where: filter, data: { revokedAt: new Date(), revokedReason: reason } });
  return count;
}

const byPlatform = new WeakMap<Db, Unscoped>();

/** The process's unscoped access, one per client. */
export function unscopedFor(db: Db): Unscoped {
  let access = byPlatform.get(db);
  if (!access) byPlatform.set(db, (access = new Unscoped(db)));
  return access;
}
