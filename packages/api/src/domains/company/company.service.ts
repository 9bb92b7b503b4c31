import { DomainError } from "@commerce/core/errors";
import { uniqueViolation, type User } from "@commerce/db";
import type { z } from "zod";
import { planLimitsView } from "../../plan-limits";
import type { ServiceContext } from "../../service-context";
import { toTenant } from "../../who";
import type { companySettingsInput, createCompanyInput, updateCompanyInput } from "./company.schemas";

// Companies are the tenants. The super admin creates and suspends them and sets their plan;
// each company's admin edits its settings.

/** The storefronts open to the public: the home page's list. */
export async function storefrontDirectory(ctx: ServiceContext) {
  return ctx.unscoped.activeStorefronts();
}

export async function listCompanies(ctx: ServiceContext) {
  const companies = await ctx.db.company.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { shops: true, products: true, users: { where: { role: { not: "CUSTOMER" } } } } } },
  });
  return companies.map((c) => ({
    ...toTenant(c),
    active: c.active,
    createdAt: c.createdAt,
    limits: planLimitsView(c.plan),
    counts: { shops: c._count.shops, products: c._count.products, staff: c._count.users },
  }));
}

/** A new company and its first admin (who is then invited: workflows/invitations.ts). */
export async function createCompany(
  ctx: ServiceContext,
  input: z.infer<typeof createCompanyInput>,
): Promise<{ company: ReturnType<typeof toTenant> & { active: boolean }; admin: User }> {
  const { admin, ...company } = input;
  try {
    const { created, user } = await ctx.db.$transaction(async (tx) => {
      const created = await tx.company.create({ data: company });
      const user = await tx.user.create({ data: { companyId: created.id, role: "COMPANY_ADMIN", name: admin.name, email: admin.email } });
      return { created, user };
    });
    return { company: { ...toTenant(created), active: created.active }, admin: user };
  } catch (error) {
    if (uniqueViolation(error)) throw new DomainError("CONFLICT", "A company with this address (slug) already exists", { field: "slug" });
    throw error;
  }
}

export async function updateCompany(ctx: ServiceContext, input: z.infer<typeof updateCompanyInput>) {
  const before = await ctx.db.company.findUnique({ where: { id: input.id } });
  if (!before) throw new DomainError("NOT_FOUND", "No company with that id");
  const updated = await ctx.db.company.update({
    where: { id: input.id },
    data: { ...(input.settings ?? {}), ...(input.plan ? { plan: input.plan } : {}), ...(input.active !== undefined ? { active: input.active } : {}) },
  });
  if (input.active === false) {
    await ctx.unscoped.revokeSessions({ companyId: input.id }, "company suspended");
  }
  ctx.unscoped.forgetTenant(before.slug);
  return { ...toTenant(updated), active: updated.active };
}

export async function companySettings(ctx: ServiceContext) {
  const company = await ctx.db.company.findFirstOrThrow({
    include: { _count: { select: { shops: true, products: true, users: { where: { role: { not: "CUSTOMER" } } } } } },
  });
  return {
    ...toTenant(company),
    limits: planLimitsView(company.plan),
    counts: { shops: company._count.shops, products: company._count.products, staff: company._count.users },
  };
}

export async function updateCompanySettings(ctx: ServiceContext, input: z.infer<typeof companySettingsInput>) {
  const before = await ctx.db.company.findFirstOrThrow();
  await ctx.db.company.update({ where: { id: before.id }, data: input });
  ctx.unscoped.forgetTenant(before.slug);
  return companySettings(ctx);
}
