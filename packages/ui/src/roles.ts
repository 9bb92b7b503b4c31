import type { RouterOutputs } from "@commerce/api/client";

export type Role = RouterOutputs["identity"]["me"]["role"];

/** Roles as people in a shop say them, never SHOP_MANAGER. */
export const roleWords: Record<Role, string> = {
  SUPER_ADMIN: "Super admin",
  COMPANY_ADMIN: "Company admin",
  SHOP_MANAGER: "Shop manager",
  STAFF: "Staff",
  CUSTOMER: "Customer",
};
