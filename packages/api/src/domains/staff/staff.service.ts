import { assignableRoles, hashSecret, pinSchema } from "@commerce/auth";
import { DomainError } from "@commerce/core/errors";
import { uniqueViolation, type Shop, type User } from "@commerce/db";
import type { z } from "zod";
import { withinPlan } from "../../plan-limits";
import type { MemberContext, SignedInContext } from "../../service-context";
import type { inviteStaffInput, updateStaffInput } from "./staff.schemas";

// The team: company admins, shop managers and till staff. The scoped database limits a shop
// manager to their own shop's people; who may give which role is the permission matrix's.

/** A unique-constraint violation as a CONFLICT naming the field that clashed. */
function conflict(error: unknown, message: string, field: string) {
  return uniqueViolation(error) ? new DomainError("CONFLICT", message, { field }) : error;
}

function staffConflict(error: unknown) {
  return uniqueViolation(error)?.fields.includes("staffCode")
    ? conflict(error, "Someone in this company already has this staff number", "staffCode")
    : conflict(error, "Someone in this company already has this email", "email");
}

function staffView(u: User & { shop: Shop | null }) {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    staffCode: u.staffCode,
    active: u.active,
    hasPin: !!u.pinHash,
    locked: !!u.lockedUntil && u.lockedUntil > new Date(),
    lastSignInAt: u.lastSignInAt,
    shop: u.shop ? { id: u.shop.id, name: u.shop.name, code: u.shop.code } : null,
  };
}

export async function listStaff(ctx: MemberContext) {
  const users = await ctx.db.user.findMany({ where: { role: { not: "CUSTOMER" } }, include: { shop: true }, orderBy: [{ role: "asc" }, { name: "asc" }] });
  return users.map(staffView);
}

function assertAssignable(ctx: MemberContext, role: User["role"], shopId: string | null) {
  if (!assignableRoles(ctx.actor.role).includes(role)) throw new DomainError("FORBIDDEN", `You can't give the role ${role}`);
  if (role !== "COMPANY_ADMIN" && !shopId) throw new DomainError("VALIDATION", "Shop managers and staff belong to a shop", { field: "shopId" });
}

async function assertShop(ctx: MemberContext, shopId: string | null) {
  if (shopId && !(await ctx.db.shop.findUnique({ where: { id: shopId } }))) throw new DomainError("NOT_FOUND", "No shop with that id", { field: "shopId" });
}

/** Adds a team member (their set-password link is mailed by workflows/invitations.ts). */
export async function addStaffMember(ctx: MemberContext, input: z.infer<typeof inviteStaffInput>) {
  const shopId = input.role === "COMPANY_ADMIN" ? null : input.shopId;
  assertAssignable(ctx, input.role, shopId);
  await assertShop(ctx, shopId);
  let user: User & { shop: Shop | null };
  try {
    user = await withinPlan(ctx, "staff", (tx) =>
      tx.user.create({ data: { role: input.role, shopId, name: input.name, email: input.email, staffCode: input.staffCode ?? null }, include: { shop: true } }),
    );
  } catch (error) {
    throw staffConflict(error);
  }
  return { member: staffView(user), user };
}

async function findStaff(ctx: MemberContext, id: string) {
  const user = await ctx.db.user.findFirst({ where: { id, role: { not: "CUSTOMER" } } });
  if (!user) throw new DomainError("NOT_FOUND", "No team member with that id");
  if (!assignableRoles(ctx.actor.role).includes(user.role)) throw new DomainError("FORBIDDEN", "You can't change this team member");
  return user;
}

export async function updateStaff(ctx: MemberContext, input: z.infer<typeof updateStaffInput>) {
  const user = await findStaff(ctx, input.id);
  if (user.id === ctx.actor.userId && (input.active === false || input.role))
    throw new DomainError("VALIDATION", "You can't deactivate yourself or change your own role");
  const role = input.role ?? user.role;
  const shopId = role === "COMPANY_ADMIN" ? null : input.shopId !== undefined ? input.shopId : user.shopId;
  assertAssignable(ctx, role, shopId);
  await assertShop(ctx, shopId);
  const data = {
    role,
    shopId,
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...(input.staffCode !== undefined ? { staffCode: input.staffCode } : {}),
  };
  let updated: User & { shop: Shop | null };
  try {
    updated = await ctx.db.user.update({ where: { id: user.id }, data, include: { shop: true } });
  } catch (error) {
    throw staffConflict(error);
  }
  // Deactivated, or moved: whatever they had open ends now.
  if (input.active === false || role !== user.role || shopId !== user.shopId) await ctx.unscoped.revokeSessions({ userId: user.id }, "access changed");
  return staffView(updated);
}

export async function setStaffPin(ctx: MemberContext, input: { id: string; pin: string }) {
  const user = await findStaff(ctx, input.id);
  if (!user.staffCode) throw new DomainError("VALIDATION", "Give this team member a staff number first");
  await ctx.db.user.update({ where: { id: user.id }, data: { pinHash: await hashSecret(pinSchema.parse(input.pin)), failedAttempts: 0, lockedUntil: null } });
  return { ok: true };
}

/** Ends every open session of a team member (or customer) of this company at once. */
export async function revokeUserSessions(ctx: SignedInContext, userId: string) {
  const user = await ctx.db.user.findUnique({ where: { id: userId } });
  if (!user) throw new DomainError("NOT_FOUND", "No user with that id");
  ctx.audit.setTarget("User", user.id);
  return { ended: await ctx.unscoped.revokeSessions({ userId: user.id }, `revoked by ${ctx.actor.name}`) };
}

export async function userSessions(ctx: SignedInContext, userId: string) {
  const user = await ctx.db.user.findUnique({ where: { id: userId } });
  if (!user) throw new DomainError("NOT_FOUND", "No user with that id");
  const sessions = await ctx.db.session.findMany({
    where: { userId: user.id, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return sessions.map((s) => ({ id: s.id, app: s.app, ip: s.ip, userAgent: s.userAgent, createdAt: s.createdAt, lastUsedAt: s.lastUsedAt }));
}
