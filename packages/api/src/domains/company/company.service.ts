import { DomainError } from "@commerce/core/errors";
import { Prisma, uniqueViolation, type Tx } from "@commerce/db";
import type { z } from "zod";
import type { ServiceContext } from "../../context";
import { sendSetPasswordLink } from "../identity/identity.service";
import { revokeSessions } from "../identity/session.service";
import { planLimits } from "./plans";
import type { companySettingsInput, createCompanyInput, updateCompanyInput } from "./company.schemas";
import { forgetTenant, toTenant } from "./tenant";

// Companies are the tenants. The super admin creates and suspends them and sets their plan;
// each company's admin edits its settings.

/** The storefronts open to the public: the home page's list. */
export async function storefrontDirectory(ctx: ServiceContext) {
  const companies = await ctx.rootDb.company.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { slug: true, name: true, brandName: true, brandColour: true } });
  return companies;
}

export async function listCompanies(ctx: ServiceContext) {
  const companies = await ctx.db.company.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { shops: true, products: true, users: { where: { role: { not: "CUSTOMER" } } } } } },
  });
  return companies.map((c) => ({ ...toTenant(c), active: c.active, createdAt: c.createdAt, limits: planLimitsView(c.plan), counts: { shops: c._count.shops, products: c._count.products, staff: c._count.users } }));
}

function planLimitsView(plan: keyof typeof planLimits) {
  const l = planLimits[plan];
  const n = (v: number) => (Number.isFinite(v) ? v : null);
  return { label: l.label, shops: n(l.shops), products: n(l.products), staff: n(l.staff) };
}

export async function createCompany(ctx: ServiceContext, input: z.infer<typeof createCompanyInput>) {
  const { admin, ...company } = input;
  try {
    const { created, user } = await ctx.db.$transaction(async (tx) => {
      const created = await tx.company.create({ data: company });
      const user = await tx.user.create({ data: { companyId: created.id, role: "COMPANY_ADMIN", name: admin.name, email: admin.email } });
      return { created, user };
    });
    await sendSetPasswordLink(ctx, user, "invite");
    return { ...toTenant(created), active: created.active };
  } catch (error) {
    if (uniqueViolation(error)) throw new DomainError("CONFLICT", "A company with this address (slug) already exists", { field: "slug" });
    throw error;
  }
}

export async function updateCompany(ctx: ServiceContext, input: z.infer<typeof updateCompanyInput>) {
  const before = await ctx.db.company.findUnique({ where: { id: input.id } });
  if (!before) throw new DomainError("NOT_FOUND", "No company with that id");
  ctx.audit.before("Company", before);
  const updated = await ctx.db.company.update({
    where: { id: input.id },
    data: { ...(input.settings ?? {}), ...(input.plan ? { plan: input.plan } : {}), ...(input.active !== undefined ? { active: input.active } : {}) },
  });
  if (input.active === false) {
    await revokeSessions(ctx.db, { companyId: input.id }, "company suspended");
  }
  forgetTenant(before.slug);
  return { ...toTenant(updated), active: updated.active };
}

export async function companySettings(ctx: ServiceContext) {
  const company = await ctx.db.company.findFirstOrThrow({ include: { _count: { select: { shops: true, products: true, users: { where: { role: { not: "CUSTOMER" } } } } } } });
  return { ...toTenant(company), limits: planLimitsView(company.plan), counts: { shops: company._count.shops, products: company._count.products, staff: company._count.users } };
}

export async function updateCompanySettings(ctx: ServiceContext, input: z.infer<typeof companySettingsInput>) {
  const before = await ctx.db.company.findFirstOrThrow();
  ctx.audit.before("Company", before);
  await ctx.db.company.update({ where: { id: before.id }, data: input });
  forgetTenant(before.slug);
  return companySettings(ctx);
}

/**
 * Runs `create` only while the company is within its plan for `what`. Creations of the same
 * kind in one company queue on a transaction lock, so racing requests cannot pass the limit together.
 */
export async function withinPlan<T>(ctx: ServiceContext, what: PlanResource, create: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.$transaction(async (tx) => {
    const company = await tx.company.findFirstOrThrow();
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`plan:${what}:${company.id}`}))`;
    const limit = planLimits[company.plan][what];
    if (Number.isFinite(limit)) {
      // Raw counts: a shop manager's scoped client sees only their own shop's staff.
      const [row] = await tx.$queryRaw<{ count: bigint }[]>`
        SELECT count(*)::bigint AS count FROM ${Prisma.raw(planTables[what])}
        WHERE "companyId" = ${company.id}::uuid ${Prisma.raw(what === "staff" ? `AND role <> 'CUSTOMER'` : "")}`;
      const count = Number(row?.count ?? 0);
      if (count >= limit) {
        throw new DomainError("PLAN_LIMIT", `Your ${planLimits[company.plan].label} plan allows ${limit} ${what}; you have ${count}. Upgrade the plan to add more.`, { what, limit, count });
      }
    }
    return create(tx);
  });
}

type PlanResource = "shops" | "products" | "staff";
const planTables: Record<PlanResource, string> = { shops: '"shop"', products: '"product"', staff: '"user"' };
