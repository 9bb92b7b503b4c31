import type { Company, Db } from "@commerce/db";

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

export function toTenant(c: Company): Tenant {
  return { id: c.id, slug: c.slug, name: c.name, currency: c.currency, timeZone: c.timeZone, taxRateBps: c.taxRateBps, brandName: c.brandName, brandColour: c.brandColour, plan: c.plan };
}

// Storefront requests name their company by slug on every call; settings change rarely, so a
// few seconds of caching per process saves a query per request.
const cache = new Map<string, { tenant: Tenant | null; at: number }>();
const ttlMs = 5_000;

export async function tenantBySlug(db: Db, slug: string): Promise<Tenant | null> {
  const hit = cache.get(slug);
  if (hit && Date.now() - hit.at < ttlMs) return hit.tenant;
  const company = /^[a-z0-9][a-z0-9-]{1,39}$/.test(slug) ? await db.company.findUnique({ where: { slug } }) : null;
  const tenant = company?.active ? toTenant(company) : null;
  cache.set(slug, { tenant, at: Date.now() });
  if (cache.size > 1000) cache.delete(cache.keys().next().value!);
  return tenant;
}

export function forgetTenant(slug: string) {
  cache.delete(slug);
}
