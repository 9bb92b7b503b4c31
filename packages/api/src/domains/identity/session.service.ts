import type { App, Role, SessionClaims, SessionGrant } from "@commerce/auth";
import { newToken, sameToken } from "@commerce/auth";
import type { Db, Tx, User } from "@commerce/db";
import { toTenant, type Tenant } from "../company/tenant";

// Server-side sessions: the refresh token's hash lives here; the browser's signed token only
// points at a row. A revoked or expired row ends the session on the next request.

/** The signed-in person behind a request, as the server-side session says now. */
export interface Actor {
  userId: string;
  sessionId: string;
  role: Role;
  name: string;
  email: string;
  companyId: string | null;
  shopId: string | null;
}

export async function openSession(db: Tx, user: User, app: App, meta: { ip: string | null; userAgent: string | null }, ttlHours: number): Promise<SessionGrant> {
  const { token, tokenHash } = newToken();
  const session = await db.session.create({
    data: {
      userId: user.id, companyId: user.companyId, app, refreshTokenHash: tokenHash,
      ip: meta.ip, userAgent: meta.userAgent?.slice(0, 300) ?? null, expiresAt: new Date(Date.now() + ttlHours * 3_600_000),
    },
  });
  return {
    sessionId: session.id, refreshToken: token, userId: user.id, role: user.role, name: user.name, email: user.email,
    companyId: user.companyId, shopId: user.shopId,
  };
}

/** Not ended, not expired, and its person still active. */
function isLive(session: { revokedAt: Date | null; expiresAt: Date; user: { active: boolean } }): boolean {
  return !session.revokedAt && session.expiresAt > new Date() && session.user.active;
}

/** The signed token's refresh: allowed while the row is live and the token matches it. */
export async function refreshSession(db: Db, sessionId: string, refreshToken: string): Promise<boolean> {
  const session = await db.session.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || !isLive(session)) return false;
  if (!sameToken(refreshToken, session.refreshTokenHash)) return false;
  await db.session.update({ where: { id: sessionId }, data: { lastUsedAt: new Date() } });
  return true;
}

/** Who a request's claims stand for right now, or null if the session has ended. */
export async function resolveSession(db: Db, claims: SessionClaims, app: App): Promise<{ actor: Actor; tenant: Tenant | null } | null> {
  const session = await db.session.findUnique({ where: { id: claims.sid }, include: { user: { include: { company: true } } } });
  if (!session || session.userId !== claims.uid || session.app !== app) return null;
  if (!isLive(session)) return null;
  const user = session.user;
  if (user.company && !user.company.active) return null;
  // Touch at most once a minute: a write per request would be a waste.
  if (Date.now() - session.lastUsedAt.getTime() > 60_000) {
    void db.session.update({ where: { id: session.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
  }
  return {
    actor: { userId: user.id, sessionId: session.id, role: user.role, name: user.name, email: user.email, companyId: user.companyId, shopId: user.shopId },
    tenant: user.company ? toTenant(user.company) : null,
  };
}

/** Ends the open sessions of one session, a person, a company or a shop's tills (but never `exceptId`). */
export async function revokeSessions(
  db: Tx,
  where: { id?: string; userId?: string; companyId?: string; tillsOfShop?: string; exceptId?: string },
  reason: string,
): Promise<number> {
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
