import type { Company } from "@commerce/db";
import type { Tenant } from "./service-context";

/** A company row as the tenant a request acts in. */
export function toTenant(c: Company): Tenant {
  return { id: c.id, slug: c.slug, name: c.name, currency: c.currency, timeZone: c.timeZone, taxRateBps: c.taxRateBps, brandName: c.brandName, brandColour: c.brandColour, plan: c.plan };
}
