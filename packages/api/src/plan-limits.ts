import { DomainError } from "@commerce/core/errors";
import { Prisma, type Plan, type Tx } from "@commerce/db";
import type { ServiceContext } from "./service-context";

// The subscription plans' limits, and the one check every domain that creates a limited thing
// (shops, products, staff) runs its creation inside.

/** What each subscription plan allows. Infinity means no limit. */
export const planLimits: Record<Plan, { shops: number; products: number; staff: number; label: string }> = {
  STARTER: { label: "Starter", shops: 2, products: 500, staff: 10 },
  GROWTH: { label: "Growth", shops: 10, products: 10_000, staff: 100 },
  ENTERPRISE: { label: "Enterprise", shops: Infinity, products: Infinity, staff: Infinity },
};

/** A plan's limits as the API shows them (null: no limit). */
export function planLimitsView(plan: Plan) {
  const l = planLimits[plan];
  const n = (v: number) => (Number.isFinite(v) ? v : null);
  return { label: l.label, shops: n(l.shops), products: n(l.products), staff: n(l.staff) };
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
        throw new DomainError(
          "PLAN_LIMIT",
          `Your ${planLimits[company.plan].label} plan allows ${limit} ${what}; you have ${count}. Upgrade the plan to add more.`,
          { what, limit, count },
        );
      }
    }
    return create(tx);
  });
}

type PlanResource = "shops" | "products" | "staff";
const planTables: Record<PlanResource, string> = { shops: '"shop"', products: '"product"', staff: '"user"' };
