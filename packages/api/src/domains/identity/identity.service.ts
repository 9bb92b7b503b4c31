import { appsOf, hashSecret, newToken, passwordSchema, pinSchema, tokenHash, verifySecret, type RequestMeta, type SessionGrant } from "@commerce/auth";
import { DomainError } from "@commerce/core/errors";
import { Prisma, uniqueViolation, type User } from "@commerce/db";
import { z } from "zod";
import { emailAddress, text, textLimits } from "@commerce/core/text";
import type { Platform, ServiceContext } from "../../context";
import { appendAuditIn } from "../audit/audit.append";
import { hit } from "../../gateway/rate-limit";
import { openSession, revokeSessions } from "./session.service";

// Sign-in, registration, passwords, PINs and profiles. Sign-in runs before there is a tenant
// or an actor, so it reads users through the unscoped client and checks the company itself.

const passwordCredentials = z.object({
  email: emailAddress("Enter a valid email address"),
  password: text({ min: 1, minMessage: "Enter your password", max: 200, trim: false }),
  company: text({ max: 40 }).optional(),
});
const pinCredentials = z.object({
  shop: text({ min: 1, minMessage: "Enter the shop code", max: 20 }).toUpperCase(),
  staff: text({ min: 1, minMessage: "Enter your staff number", max: 20 }),
  pin: z.string().regex(/^\d{4,8}$/, "A PIN is 4 to 8 digits"),
});

/** Matches no company: a storefront request without one finds no customer. */
const noCompany = "00000000-0000-0000-0000-000000000000";

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

async function findSignInCandidates(platform: Platform, method: "password" | "pin", creds: Record<string, string>, meta: RequestMeta): Promise<{ users: User[]; secret: string; wrong: string }> {
  const db = platform.db;
  if (method === "pin") {
    const c = pinCredentials.parse(creds);
    const shop = await db.shop.findUnique({ where: { code: c.shop } });
    const users = shop?.active
      ? await db.user.findMany({ where: { companyId: shop.companyId, shopId: shop.id, staffCode: c.staff, role: { in: ["STAFF", "SHOP_MANAGER"] } } })
      : [];
    return { users, secret: c.pin, wrong: "Wrong shop code, staff number or PIN" };
  }
  const c = passwordCredentials.parse(creds);
  if (meta.app === "web") {
    const company = c.company ? await db.company.findUnique({ where: { slug: c.company } }) : null;
    const users = company?.active ? await db.user.findMany({ where: { companyId: company.id, email: c.email, role: "CUSTOMER" } }) : [];
    return { users, secret: c.password, wrong: "Wrong email or password" };
  }
  const users = await db.user.findMany({ where: { email: c.email, role: { in: ["SUPER_ADMIN", "COMPANY_ADMIN", "SHOP_MANAGER"] } }, orderBy: { createdAt: "asc" } });
  return { users, secret: c.password, wrong: "Wrong email or password" };
}

/**
 * Checks a password or PIN. Five misses in a row lock the account for a while; the message says
 * so, and until when. Unknown accounts cost the same time as known ones.
 */
export async function signIn(platform: Platform, method: "password" | "pin", creds: Record<string, string>, meta: RequestMeta): Promise<SessionGrant> {
  let found: Awaited<ReturnType<typeof findSignInCandidates>>;
  try {
    found = await findSignInCandidates(platform, method, creds, meta);
  } catch (error) {
    if (error instanceof z.ZodError) throw new DomainError("VALIDATION", error.issues[0]?.message ?? "Check the form");
    throw error;
  }
  const { settings, db } = platform;
  const now = new Date();
  for (const user of found.users) {
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new DomainError("LOCKED", `This account is locked after ${settings.maxFailedAttempts} failed attempts. Try again in ${minutes(user.lockedUntil.getTime() - now.getTime())} min, or reset your password.`, { lockedUntil: user.lockedUntil.toISOString() });
    }
  }
  let matched: User | undefined;
  for (const user of found.users) {
    if (await verifySecret(method === "pin" ? user.pinHash : user.passwordHash, found.secret)) {
      matched = user;
      break;
    }
  }
  if (found.users.length === 0) await verifySecret(null, found.secret);
  if (!matched) {
    for (const user of found.users) await recordFailure(platform, user, meta);
    const user = found.users[0];
    if (user) {
      const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
      if (after.lockedUntil && after.lockedUntil > now) {
        throw new DomainError("LOCKED", `Too many failed attempts: this account is locked for ${settings.lockoutMinutes} min.`, { lockedUntil: after.lockedUntil.toISOString() });
      }
      const left = settings.maxFailedAttempts - after.failedAttempts;
      if (left <= 2) throw new DomainError("UNAUTHORIZED", `${found.wrong}. ${left} more ${left === 1 ? "attempt" : "attempts"} before the account is locked.`);
    }
    throw new DomainError("UNAUTHORIZED", found.wrong);
  }
  if (!matched.active) throw new DomainError("FORBIDDEN", "This account has been deactivated; ask your administrator");
  if (!appsOf[matched.role].includes(meta.app)) throw new DomainError("FORBIDDEN", `A ${matched.role.toLowerCase().replace("_", " ")} account can't sign in here`);
  if (matched.companyId) {
    const company = await db.company.findUnique({ where: { id: matched.companyId } });
    if (!company?.active) throw new DomainError("FORBIDDEN", "This company's account is suspended");
  }
  const user = matched;
  // The session and its audit entry commit together.
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedAttempts: 0, lockedUntil: null, lastSignInAt: now } });
    const grant = await openSession(tx, user, meta.app, meta, settings.sessionTtlHours);
    await appendAuditIn(tx, {
      companyId: user.companyId, actorId: user.id, actorRole: user.role, actorName: user.name, procedure: "identity.signIn",
      targetType: "Session", targetId: grant.sessionId, changes: { app: meta.app, method }, requestId: grant.sessionId, ip: meta.ip,
    });
    return grant;
  });
}

async function recordFailure(platform: Platform, user: User, meta: RequestMeta) {
  const { db, settings } = platform;
  // One statement, so concurrent misses can't undercount.
  const rows = await db.$queryRaw<{ failedAttempts: number }[]>`
    UPDATE "user" SET "failedAttempts" = "failedAttempts" + 1, "updatedAt" = now() WHERE id = ${user.id}::uuid RETURNING "failedAttempts"`;
  const attempts = rows[0]?.failedAttempts ?? 0;
  if (attempts >= settings.maxFailedAttempts) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + settings.lockoutMinutes * 60_000), failedAttempts: 0 } });
      await appendAuditIn(tx, {
        companyId: user.companyId, actorId: null, actorRole: null, actorName: null, procedure: "identity.locked",
        targetType: "User", targetId: user.id, changes: { app: meta.app, attempts }, requestId: `lock-${user.id}`, ip: meta.ip,
      });
    });
  }
}

export async function signOut(platform: Platform, sessionId: string) {
  await revokeSessions(platform.db, { id: sessionId }, "signed out");
}

function requireActor(ctx: ServiceContext) {
  if (!ctx.actor) throw new DomainError("UNAUTHORIZED", "Sign in to continue");
  return ctx.actor;
}

export const registerInput = z.object({
  name: text({ min: 1, minMessage: "Enter your name", max: textLimits.name }),
  email: emailAddress("Enter a valid email address"),
  password: passwordSchema,
});

/** A shopper's account on the storefront being visited. */
export async function registerCustomer(ctx: ServiceContext, input: z.infer<typeof registerInput>) {
  if (!ctx.tenant) throw new DomainError("NOT_FOUND", "Open a shop's storefront to register");
  try {
    const user = await ctx.db.user.create({
      data: { role: "CUSTOMER", name: input.name, email: input.email, passwordHash: await hashSecret(input.password) },
    });
    ctx.log.info("customer registered", { userId: user.id });
    return { id: user.id, email: user.email };
  } catch (error) {
    if (uniqueViolation(error)) {
      throw new DomainError("CONFLICT", "An account with this email already exists here; sign in instead", { field: "email" });
    }
    throw error;
  }
}

export async function me(ctx: ServiceContext) {
  const actor = requireActor(ctx);
  const user = await ctx.rootDb.user.findUniqueOrThrow({ where: { id: actor.userId }, include: { shop: true, company: true } });
  return {
    id: user.id, name: user.name, email: user.email, role: user.role, staffCode: user.staffCode,
    hasPin: !!user.pinHash, lastSignInAt: user.lastSignInAt, createdAt: user.createdAt,
    company: user.company ? { id: user.company.id, name: user.company.name, slug: user.company.slug, brandColour: user.company.brandColour, currency: user.company.currency } : null,
    shop: user.shop ? { id: user.shop.id, name: user.shop.name, code: user.shop.code } : null,
  };
}

export async function updateProfile(ctx: ServiceContext, input: { name: string }) {
  const actor = requireActor(ctx);
  const before = await ctx.rootDb.user.findUniqueOrThrow({ where: { id: actor.userId } });
  ctx.audit.before("User", before);
  await auditedUserUpdate(ctx, actor.userId, { name: input.name });
  return me(ctx);
}

/** Writes the caller's own user row through the scoped, audited client. */
function auditedUserUpdate(ctx: ServiceContext, userId: string, data: Prisma.UserUpdateInput) {
  return ctx.db.user.update({ where: { id: userId }, data });
}

export async function changePassword(ctx: ServiceContext, input: { currentPassword: string; newPassword: string }) {
  const actor = requireActor(ctx);
  const user = await ctx.rootDb.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!(await verifySecret(user.passwordHash, input.currentPassword))) {
    throw new DomainError("VALIDATION", "Your current password is not right", { field: "currentPassword" });
  }
  if (input.newPassword === input.currentPassword) throw new DomainError("VALIDATION", "Choose a password different from your current one", { field: "newPassword" });
  await auditedUserUpdate(ctx, user.id, { passwordHash: await hashSecret(input.newPassword) });
  // Other browsers signed in with the old password are signed out.
  const ended = await revokeSessions(ctx.rootDb, { userId: user.id, exceptId: actor.sessionId }, "password changed");
  return { otherSessionsEnded: ended };
}

export async function changePin(ctx: ServiceContext, input: { currentPin: string; newPin: string }) {
  const actor = requireActor(ctx);
  const user = await ctx.rootDb.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!(await verifySecret(user.pinHash, input.currentPin))) throw new DomainError("VALIDATION", "Your current PIN is not right", { field: "currentPin" });
  if (input.newPin === input.currentPin) throw new DomainError("VALIDATION", "Choose a PIN different from your current one", { field: "newPin" });
  await auditedUserUpdate(ctx, user.id, { pinHash: await hashSecret(pinSchema.parse(input.newPin)) });
  return { ok: true };
}

const resetMailsPerHour = { limit: 3, windowSeconds: 3600 };

export const resetRequestInput = z.object({
  email: emailAddress("Enter a valid email address"),
});

/**
 * Emails a one-time link. The answer is the same whether or not the account exists, so the
 * form can't be used to find out who has one.
 */
export async function requestPasswordReset(ctx: ServiceContext, input: z.infer<typeof resetRequestInput>) {
  const app = ctx.app ?? "web";
  const where: Prisma.UserWhereInput =
    app === "web"
      ? { email: input.email, role: "CUSTOMER", companyId: ctx.tenant?.id ?? noCompany }
      : { email: input.email, role: { in: ["SUPER_ADMIN", "COMPANY_ADMIN", "SHOP_MANAGER"] } };
  const user = await ctx.rootDb.user.findFirst({ where: { ...where, active: true } });
  if (!user) return { sent: true };
  // At most a few mails per account per hour, whoever asks: the form can't be used to flood an inbox.
  const perAccount = await hit(ctx.rootDb, `reset-mail:${user.id}`, resetMailsPerHour);
  if (perAccount.allowed) await sendSetPasswordLink(ctx, user, "reset");
  else ctx.log.warn("password reset mail held back: too many for this account", { userId: user.id });
  return { sent: true };
}

/** Creates a one-time link and mails it: for resets, and for staff invitations. */
export async function sendSetPasswordLink(ctx: ServiceContext, user: User, purpose: "reset" | "invite") {
  const app = user.role === "CUSTOMER" ? "web" : "admin";
  const { token, tokenHash: hash } = newToken();
  const hours = purpose === "invite" ? 72 : 1;
  await ctx.rootDb.passwordResetToken.create({ data: { userId: user.id, tokenHash: hash, purpose, expiresAt: new Date(Date.now() + hours * 3_600_000) } });
  let prefix = "";
  if (app === "web" && user.companyId) {
    const company = await ctx.rootDb.company.findUniqueOrThrow({ where: { id: user.companyId } });
    prefix = `/${company.slug}`;
  }
  const link = `${ctx.settings.urls[app]}${prefix}/reset-password?token=${token}`;
  const text =
    purpose === "invite"
      ? `Hello ${user.name},\n\nYou have been invited to the team. Choose your password here (the link works once, for ${hours} hours):\n\n${link}\n`
      : `Hello ${user.name},\n\nSomeone asked to reset the password of this account. If it was you, choose a new one here (the link works once, for ${hours} hour):\n\n${link}\n\nIf it wasn't you, ignore this mail: nothing changes.\n`;
  await ctx.mail.send({ to: user.email, subject: purpose === "invite" ? "You're invited: set your password" : "Reset your password", text });
  ctx.log.info("set-password link sent", { userId: user.id, purpose });
}

export const resetPasswordInput = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, "is not a valid link token"), password: passwordSchema });

export async function resetPassword(ctx: ServiceContext, input: z.infer<typeof resetPasswordInput>) {
  const now = new Date();
  // Claim the token first: of two concurrent uses, one wins.
  // A storefront takes only its own customers' links; the portal only the team's.
  const owner: Prisma.UserWhereInput =
    (ctx.app ?? "web") === "web" ? { role: "CUSTOMER", companyId: ctx.tenant?.id ?? noCompany } : { role: { not: "CUSTOMER" } };
  const passwordHash = await hashSecret(input.password); // slow: before the transaction, not inside it
  // The link is used up, the password set, old sessions ended and the entry written: all or nothing.
  const token = await ctx.rootDb.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash: tokenHash(input.token), usedAt: null, expiresAt: { gt: now }, user: owner },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new DomainError("VALIDATION", "This link has expired or was already used; ask for a new one", { field: "token" });
    const token = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: tokenHash(input.token) }, include: { user: true } });
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash, failedAttempts: 0, lockedUntil: null } });
    await revokeSessions(tx, { userId: token.userId }, "password reset");
    await appendAuditIn(tx, {
      companyId: token.user.companyId, actorId: token.userId, actorRole: token.user.role, actorName: token.user.name,
      procedure: "identity.resetPassword", targetType: "User", targetId: token.userId, changes: { purpose: token.purpose }, requestId: ctx.requestId, ip: ctx.ip,
    });
    return token;
  });
  ctx.audit.markRecorded();
  return { role: token.user.role };
}

export async function mySessions(ctx: ServiceContext) {
  const actor = requireActor(ctx);
  const sessions = await ctx.rootDb.session.findMany({ where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" }, take: 50 });
  return sessions.map((s) => ({ id: s.id, app: s.app, ip: s.ip, userAgent: s.userAgent, createdAt: s.createdAt, lastUsedAt: s.lastUsedAt, current: s.id === actor.sessionId }));
}

export async function endMySession(ctx: ServiceContext, id: string) {
  const actor = requireActor(ctx);
  const count = await revokeSessions(ctx.rootDb, { id, userId: actor.userId }, "ended by its owner");
  if (count === 0) throw new DomainError("NOT_FOUND", "No open session with that id");
  ctx.audit.setTarget("Session", id);
  return { ended: count };
}
