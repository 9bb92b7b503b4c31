import { hashSecret } from "@commerce/auth/passwords";
import type { Db } from "./index";
import { seedDemoCatalogue } from "./seed";

// The demo platform: a super admin and two companies, each with two shops, an admin,
// a manager per shop, staff and customers. README lists these sign-ins.

export const demoPassword = "Demo-pass-2026";

export const demoSuperAdmin = { name: "Sam Super", email: "super@commerce.test" };

export const demoCompanies = [
  {
    slug: "acme",
    name: "Acme Outfitters",
    currency: "EUR",
    timeZone: "Europe/Amsterdam",
    taxRateBps: 2100,
    brandName: "Acme Outfitters",
    brandColour: "#1d4ed8",
    plan: "GROWTH" as const,
    seed: 42,
    shops: [
      { code: "ACME-DT", name: "Acme Downtown", addressLine1: "Damrak 1", city: "Amsterdam", postalCode: "1012 LG", country: "NL" },
      { code: "ACME-UP", name: "Acme Uptown", addressLine1: "Van Baerlestraat 20", city: "Amsterdam", postalCode: "1071 AZ", country: "NL" },
    ],
  },
  {
    slug: "globex",
    name: "Globex Home",
    currency: "GBP",
    timeZone: "Europe/London",
    taxRateBps: 2000,
    brandName: "Globex Home",
    brandColour: "#047857",
    plan: "STARTER" as const,
    seed: 7,
    shops: [
      { code: "GLOBEX-MT", name: "Globex Midtown", addressLine1: "12 Market Street", city: "Manchester", postalCode: "M1 1AA", country: "GB" },
      { code: "GLOBEX-DT", name: "Globex Downtown", addressLine1: "3 Deansgate", city: "Manchester", postalCode: "M3 2BQ", country: "GB" },
    ],
  },
];

const weekdays = { open: "09:00", close: "18:00" };
export const demoOpeningHours = [weekdays, weekdays, weekdays, weekdays, { open: "09:00", close: "21:00" }, { open: "10:00", close: "17:00" }, null];

/** The people of one demo company, by the shop index they work in. */
export function demoPeople(slug: string) {
  return [
    { role: "COMPANY_ADMIN" as const, name: `${cap(slug)} Admin`, email: `admin@${slug}.test`, shop: null, staffCode: null, pin: null },
    { role: "SHOP_MANAGER" as const, name: `${cap(slug)} Manager One`, email: `manager1@${slug}.test`, shop: 0, staffCode: "100", pin: "1000" },
    { role: "SHOP_MANAGER" as const, name: `${cap(slug)} Manager Two`, email: `manager2@${slug}.test`, shop: 1, staffCode: "200", pin: "2000" },
    { role: "STAFF" as const, name: `${cap(slug)} Staff One`, email: `staff1@${slug}.test`, shop: 0, staffCode: "101", pin: "1111" },
    { role: "STAFF" as const, name: `${cap(slug)} Staff Two`, email: `staff2@${slug}.test`, shop: 1, staffCode: "201", pin: "2222" },
    { role: "CUSTOMER" as const, name: `${cap(slug)} Customer`, email: `customer@${slug}.test`, shop: null, staffCode: null, pin: null },
  ];
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Creates whatever of the demo platform is missing; running it twice changes nothing. */
export async function seedDemoPlatform(db: Db): Promise<{ companies: number; users: number; products: number }> {
  const passwordHash = await hashSecret(demoPassword);
  let users = 0;
  let products = 0;
  if (!(await db.user.findFirst({ where: { companyId: null, email: demoSuperAdmin.email } }))) {
    await db.user.create({ data: { ...demoSuperAdmin, role: "SUPER_ADMIN", passwordHash } });
    users++;
  }
  for (const spec of demoCompanies) {
    const { shops, seed, ...fields } = spec;
    const company = await db.company.upsert({ where: { slug: spec.slug }, update: {}, create: fields });
    const shopRows = [];
    for (const shop of shops) {
      shopRows.push(
        await db.shop.upsert({ where: { code: shop.code }, update: {}, create: { ...shop, companyId: company.id, openingHours: demoOpeningHours } }),
      );
    }
    for (const person of demoPeople(spec.slug)) {
      if (await db.user.findUnique({ where: { companyId_email: { companyId: company.id, email: person.email } } })) continue;
      await db.user.create({
        data: {
          companyId: company.id,
          role: person.role,
          name: person.name,
          email: person.email,
          passwordHash,
          shopId: person.shop === null ? null : shopRows[person.shop]!.id,
          staffCode: person.staffCode,
          pinHash: person.pin ? await hashSecret(person.pin) : null,
        },
      });
      users++;
    }
    products += await seedDemoCatalogue(db, company, 120, seed);
  }
  return { companies: demoCompanies.length, users, products };
}
