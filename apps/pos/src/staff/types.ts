import type { RouterOutputs } from "@commerce/api/client";

export type Me = RouterOutputs["identity"]["me"];

const roleLabels: Record<string, string> = {
  STAFF: "Staff",
  SHOP_MANAGER: "Shop manager",
  COMPANY_ADMIN: "Company admin",
  SUPER_ADMIN: "Platform admin",
  CUSTOMER: "Customer",
};

/** A role as people read it ("SHOP_MANAGER" → "Shop manager"). */
export const roleLabel = (role: string) => roleLabels[role] ?? role.charAt(0) + role.slice(1).toLowerCase().replaceAll("_", " ");
