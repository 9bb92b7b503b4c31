import type { Plan } from "@commerce/db";

/** What each subscription plan allows. Infinity means no limit. */
export const planLimits: Record<Plan, { shops: number; products: number; staff: number; label: string }> = {
  STARTER: { label: "Starter", shops: 2, products: 500, staff: 10 },
  GROWTH: { label: "Growth", shops: 10, products: 10_000, staff: 100 },
  ENTERPRISE: { label: "Enterprise", shops: Infinity, products: Infinity, staff: Infinity },
};
