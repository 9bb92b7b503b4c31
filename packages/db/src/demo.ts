import { hashSecret } from "@commerce/auth/passwords";
import { publicSignature } from "@commerce/core/names";
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
    users += await seedDemoReviews(db, company.id, spec.slug, passwordHash, seed);
  }
  return { companies: demoCompanies.length, users, products };
}

/** Customers who have written the demo reviews (they can sign in like any customer). */
export const demoReviewers = ["Mia Rivera", "Noah Klein", "Sofia Jansen", "Liam Okafor"];

const reviewTexts: Record<number, { title: string; body: string }[]> = {
  5: [
    { title: "Exactly as pictured", body: "Great quality for the price and it arrived quickly. Would buy again." },
    { title: "My new favourite", body: "Fits perfectly and the colour is even nicer in person. Wearing it every day." },
  ],
  4: [
    { title: "Very good", body: "Nicely made and comfortable. Runs a little large, so consider a size down." },
    { title: "Happy with it", body: "Solid piece, good stitching. Only wish it came in more colours." },
  ],
  3: [{ title: "It's fine", body: "Does the job, but the fabric is thinner than I expected for the price." }],
  2: [{ title: "Not for me", body: "The colour was duller than on screen and the fit was odd on me." }],
};

/**
 * Reviews on the first products of the catalogue (by address), from the demo reviewers, so product
 * pages and listings show ratings on a fresh start. Only when the company has none yet.
 */
async function seedDemoReviews(db: Db, companyId: string, slug: string, passwordHash: string, seed: number): Promise<number> {
  if ((await db.productReview.count({ where: { companyId } })) > 0) return 0;
  let created = 0;
  const reviewers = [];
  for (const [i, name] of demoReviewers.entries()) {
    const email = `reviewer${i + 1}@${slug}.test`;
    const existing = await db.user.findUnique({ where: { companyId_email: { companyId, email } } });
    if (!existing) created++;
    reviewers.push(existing ?? (await db.user.create({ data: { companyId, role: "CUSTOMER", name, email, passwordHash } })));
  }
  const products = await db.product.findMany({ where: { companyId }, orderBy: { slug: "asc" }, take: 16, select: { id: true } });
  let n = seed;
  const next = () => (n = (n * 1103515245 + 12345) % 2 ** 31);
  for (const [p, product] of products.entries()) {
    // Between one and all four reviewers, mostly happy.
    const writers = reviewers.slice(0, 1 + (next() % reviewers.length));
    let sum = 0;
    for (const [w, reviewer] of writers.entries()) {
      const rating = [5, 5, 4, 5, 4, 4, 3, 2][(p + w + next()) % 8]!;
      const texts = reviewTexts[rating]!;
      const text = texts[next() % texts.length]!;
      await db.productReview.create({
        data: {
          companyId,
          productId: product.id,
          customerId: reviewer.id,
          authorName: publicSignature(reviewer.name),
          rating,
          ...text,
          verifiedPurchase: false,
          createdAt: new Date(Date.UTC(2026, 10, 1 + p, 9 + w)),
        },
      });
      sum += rating;
    }
    await db.product.update({ where: { id: product.id }, data: { reviewCount: writers.length, ratingSum: sum } });
  }
  return created;
}
