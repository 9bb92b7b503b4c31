import type { Role } from "@commerce/auth";
import type { Company } from "@commerce/db";

// Who a call is for: the person behind it and the company it acts in. A leaf, so the context
// types and the unscoped module that resolves these can both depend on it.

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

/** The company a request acts in, with the settings pages and services need. */
export interface Tenant {
  id: string;
  slug: string;
  name: string;
  currency: string;
  timeZone: string;
  taxRateBps: number;
  brandName: string;
  brandColour: string;
  plan: Company["plan"];
}

/** A company row as the tenant a request acts in. */
export function toTenant(c: Company): Tenant {
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    currency: c.currency,
    timeZone: c.timeZone,
    taxRateBps: c.taxRateBps,
    brandName: c.brandName,
    brandColour: c.brandColour,
    plan: c.plan,
  };
}
