import { appsOf, hashSecret, pinSchema, verifySecret, type App, type RequestMeta, type SessionGrant } from "@commerce/auth";
import { DomainError } from "@commerce/core/errors";
import { uniqueViolation, type User } from "@commerce/db";
import { z } from "zod";
import type { ServiceContext, SignedInContext } from "../../service-context";
import type { changePasswordInput, changePinInput, registerInput, resetPasswordInput, resetRequestInput, updateProfileInput } from "./identity.schemas";
import { passwordCredentials, pinCredentials } from "./identity.schemas";

// Sign-in, registration, passwords, PINs and profiles. Sign-in and reset links come before
// there is a person or a company, so their reads and writes go through ctx.unscoped.

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/** Who the credentials could be, through the unscoped module (sign-in comes before any scope). */
async function findSignInCandidates(
  ctx: ServiceContext,
  method: "password" | "pin",
  creds: Record<string, string>,
  app: App,
): Promise<{ users: User[]; secret: string; wrong: string }> {
  if (method === "pin") {
    const c = pinCredentials.parse(creds);
    return {
      users: await ctx.unscoped.signInCandidates({ method, shop: c.shop, staff: c.staff }),
      secret: c.pin,
      wrong: "Wrong shop code, staff number or PIN",
    };
  }
  const c = passwordCredentials.parse(creds);
  return {
    users: await ctx.unscoped.signInCandidates({ method, app, email: c.email, company: c.company }),
    secret: c.password,
    wrong: "Wrong email or password",
  };
}

/**
 * Checks a password or PIN. Five misses in a row lock the account for a while; the message says
 * so, and until when. Unknown accounts cost the same time as known ones.
 */
export async function signIn(ctx: ServiceContext, method: "password" | "pin", creds: Record<string, string>, meta: RequestMeta): Promise<SessionGrant> {
  let found: Awaited<ReturnType<typeof findSignInCandidates>>;
  try {
    found = await findSignInCandidates(ctx, method, creds, meta.app);
  } catch (error) {
    if (error instanceof z.ZodError) throw new DomainError("VALIDATION", error.issues[0]?.message ?? "Check the form");
    throw error;
  }
  const { settings } = ctx;
  const now = new Date();
  for (const user of found.users) {
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new DomainError(
        "LOCKED",
        `This account is locked after ${settings.maxFailedAttempts} failed attempts. Try again in ${minutes(user.lockedUntil.getTime() - now.getTime())} min, or reset your password.`,
        { lockedUntil: user.lockedUntil.toISOString() },
      );
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
    const after = [];
    for (const user of found.users) after.push(await ctx.unscoped.recordSignInFailure(user, settings, meta));
    const first = after[0];
    if (first) {
      if (first.lockedUntil && first.lockedUntil > now) {
        throw new DomainError("LOCKED", `Too many failed attempts: this account is locked for ${settings.lockoutMinutes} min.`, {
          lockedUntil: first.lockedUntil.toISOString(),
        });
      }
      const left = settings.maxFailedAttempts - first.failedAttempts;
      if (left <= 2) throw new DomainError("UNAUTHORIZED", `${found.wrong}. ${left} more ${left === 1 ? "attempt" : "attempts"} before the account is locked.`);
    }
    throw new DomainError("UNAUTHORIZED", found.wrong);
  }
  if (!matched.active) throw new DomainError("FORBIDDEN", "This account has been deactivated; ask your administrator");
  if (!appsOf[matched.role].includes(meta.app))
    throw new DomainError("FORBIDDEN", `A ${matched.role.toLowerCase().replace("_", " ")} account can't sign in here`);
  if (matched.companyId && !(await ctx.unscoped.companyActive(matched.companyId))) throw new DomainError("FORBIDDEN", "This company's account is suspended");
  // The session and its audit entry commit together.
  return ctx.unscoped.openSession(matched, meta, settings.sessionTtlHours, method);
}

export async function signOut(ctx: ServiceContext, sessionId: string) {
  await ctx.unscoped.revokeSessions({ id: sessionId }, "signed out");
}

/** A shopper's account on the storefront being visited. */
export async function registerCustomer(ctx: ServiceContext, input: z.infer<typeof registerInput>) {
  // The storefront being visited is the company the account belongs to.
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

/** The caller's own user row, through their scoped client (their company, shop or own account). */
function ownRow(ctx: SignedInContext) {
  return ctx.db.user.findUniqueOrThrow({ where: { id: ctx.actor.userId } });
}

export async function me(ctx: SignedInContext) {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.actor.userId }, include: { shop: true, company: true } });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    staffCode: user.staffCode,
    hasPin: !!user.pinHash,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
    company: user.company
      ? { id: user.company.id, name: user.company.name, slug: user.company.slug, brandColour: user.company.brandColour, currency: user.company.currency }
      : null,
    shop: user.shop ? { id: user.shop.id, name: user.shop.name, code: user.shop.code } : null,
  };
}

export async function updateProfile(ctx: SignedInContext, input: z.infer<typeof updateProfileInput>) {
  await ctx.db.user.update({ where: { id: ctx.actor.userId }, data: { name: input.name } });
  return me(ctx);
}

export async function changePassword(ctx: SignedInContext, input: z.infer<typeof changePasswordInput>) {
  const user = await ownRow(ctx);
  if (!(await verifySecret(user.passwordHash, input.currentPassword))) {
    throw new DomainError("VALIDATION", "Your current password is not right", { field: "currentPassword" });
  }
  if (input.newPassword === input.currentPassword)
    throw new DomainError("VALIDATION", "Choose a password different from your current one", { field: "newPassword" });
  await ctx.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashSecret(input.newPassword) } });
  // Other browsers signed in with the old password are signed out.
  const ended = await ctx.unscoped.revokeSessions({ userId: user.id, exceptId: ctx.actor.sessionId }, "password changed");
  return { otherSessionsEnded: ended };
}

export async function changePin(ctx: SignedInContext, input: z.infer<typeof changePinInput>) {
  const user = await ownRow(ctx);
  if (!(await verifySecret(user.pinHash, input.currentPin))) throw new DomainError("VALIDATION", "Your current PIN is not right", { field: "currentPin" });
  if (input.newPin === input.currentPin) throw new DomainError("VALIDATION", "Choose a PIN different from your current one", { field: "newPin" });
  await ctx.db.user.update({ where: { id: user.id }, data: { pinHash: await hashSecret(pinSchema.parse(input.newPin)) } });
  return { ok: true };
}

const resetMailsPerHour = { limit: 3, windowSeconds: 3600 };

/**
 * Emails a one-time link. The answer is the same whether or not the account exists, so the
 * form can't be used to find out who has one.
 */
export async function requestPasswordReset(ctx: ServiceContext, input: z.infer<typeof resetRequestInput>) {
  const user = await ctx.unscoped.accountForReset(ctx.app ?? "web", input.email, ctx.tenant?.id ?? null);
  if (!user) return { sent: true };
  // At most a few mails per account per hour, whoever asks: the form can't be used to flood an inbox.
  const perAccount = await ctx.unscoped.countRequest(`reset-mail:${user.id}`, resetMailsPerHour);
  if (perAccount.allowed) await sendSetPasswordLink(ctx, user, "reset");
  else ctx.log.warn("password reset mail held back: too many for this account", { userId: user.id });
  return { sent: true };
}

/** Creates a one-time link and mails it: for resets, and for staff invitations. */
export async function sendSetPasswordLink(ctx: ServiceContext, user: User, purpose: "reset" | "invite") {
  const app = user.role === "CUSTOMER" ? "web" : "admin";
  const hours = purpose === "invite" ? 72 : 1;
  const { token, storefront } = await ctx.unscoped.issueSetPasswordToken(user, purpose, hours);
  const link = `${ctx.settings.urls[app]}${storefront ? `/${storefront}` : ""}/reset-password?token=${token}`;
  const text =
    purpose === "invite"
      ? `Hello ${user.name},\n\nYou have been invited to the team. Choose your password here (the link works once, for ${hours} hours):\n\n${link}\n`
      : `Hello ${user.name},\n\nSomeone asked to reset the password of this account. If it was you, choose a new one here (the link works once, for ${hours} hour):\n\n${link}\n\nIf it wasn't you, ignore this mail: nothing changes.\n`;
  await ctx.mail.send({ to: user.email, subject: purpose === "invite" ? "You're invited: set your password" : "Reset your password", text });
  ctx.log.info("set-password link sent", { userId: user.id, purpose });
}

export async function resetPassword(ctx: ServiceContext, input: z.infer<typeof resetPasswordInput>) {
  const passwordHash = await hashSecret(input.password); // slow: before the transaction, not inside it
  const done = await ctx.unscoped.redeemSetPasswordToken({
    token: input.token,
    passwordHash,
    app: ctx.app ?? "web",
    companyId: ctx.tenant?.id ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
  ctx.audit.markRecorded();
  return done;
}

export async function mySessions(ctx: SignedInContext) {
  const actor = ctx.actor;
  const sessions = await ctx.db.session.findMany({
    where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return sessions.map((s) => ({
    id: s.id,
    app: s.app,
    ip: s.ip,
    userAgent: s.userAgent,
    createdAt: s.createdAt,
    lastUsedAt: s.lastUsedAt,
    current: s.id === actor.sessionId,
  }));
}

export async function endMySession(ctx: SignedInContext, id: string) {
  const count = await ctx.unscoped.revokeSessions({ id, userId: ctx.actor.userId }, "ended by its owner");
  if (count === 0) throw new DomainError("NOT_FOUND", "No open session with that id");
  ctx.audit.setTarget("Session", id);
  return { ended: count };
}
