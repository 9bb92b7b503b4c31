import { colourSwatches, colours } from "@commerce/core/colours";
import type { Db } from "./index";

// A realistic demo catalogue, generated deterministically so every machine gets the same shop.

const categories = {
  "t-shirts": { nouns: ["Crew Tee", "V-Neck Tee", "Pocket Tee", "Long Sleeve Tee"], base: 1500, spread: 2000, sizes: ["S", "M", "L", "XL"] },
  hoodies: { nouns: ["Zip Hoodie", "Pullover Hoodie", "Heavyweight Hoodie"], base: 4500, spread: 4000, sizes: ["S", "M", "L", "XL"] },
  jackets: { nouns: ["Rain Jacket", "Denim Jacket", "Puffer Jacket", "Field Jacket"], base: 8900, spread: 12000, sizes: ["S", "M", "L", "XL"] },
  trousers: { nouns: ["Chino", "Cargo Trouser", "Jogger", "Straight Jean"], base: 4900, spread: 5000, sizes: ["30", "32", "34", "36"] },
  shoes: { nouns: ["Canvas Sneaker", "Leather Boot", "Running Shoe", "Loafer"], base: 6900, spread: 9000, sizes: ["39", "40", "41", "42", "43", "44"] },
  bags: { nouns: ["Tote Bag", "Backpack", "Crossbody Bag", "Weekender"], base: 2900, spread: 9000, sizes: [] },
  accessories: { nouns: ["Beanie", "Scarf", "Cap", "Wool Socks", "Belt"], base: 900, spread: 3000, sizes: [] },
} as const satisfies Record<string, { nouns: readonly string[]; base: number; spread: number; sizes: readonly string[] }>;

const adjectives = ["Classic", "Organic", "Essential", "Relaxed", "Heritage", "Urban", "Alpine", "Coastal", "Studio", "Everyday"];

export interface SeedVariant {
  sku: string;
  optionValues: Record<string, string>;
  title: string;
  priceAmount: number;
  compareAtAmount: number | null;
  stockQuantity: number;
  position: number;
}

export interface SeedProduct {
  name: string;
  slug: string;
  description: string;
  priceAmount: number;
  maxPriceAmount: number;
  currency: string;
  colours: string[];
  category: string;
  imageUrl: string;
  options: { name: string; values: string[]; position: number }[];
  variants: SeedVariant[];
}

/** Deterministic pseudo-random numbers so the seed is identical everywhere. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

/**
 * Clothes and shoes come in sizes (every fourth in two colours), bags and accessories in one
 * colour only; every ninth product is on sale (a compare-at price). Some sizes are sold out.
 */
export function demoCatalogue(count = 240, seed = 42): SeedProduct[] {
  const random = rng(seed);
  const entries = Object.entries(categories);
  const products: SeedProduct[] = [];
  for (let i = 0; i < count; i++) {
    const [category, spec] = entries[i % entries.length]!;
    const noun = spec.nouns[Math.floor(random() * spec.nouns.length)]!;
    const adjective = adjectives[Math.floor(random() * adjectives.length)]!;
    const colour = colours[(i * 7 + Math.floor(i / 13)) % colours.length]!;
    const sizes: readonly string[] = spec.sizes;
    const twoColours = sizes.length > 0 && i % 4 === 3;
    const productColours = twoColours ? [colour, colours[(i * 7 + Math.floor(i / 13) + 5) % colours.length]!] : [colour];
    const name = twoColours ? `${adjective} ${noun}` : `${adjective} ${noun} — ${colour[0]!.toUpperCase()}${colour.slice(1)}`;
    const serial = String(i + 1).padStart(4, "0");
    const priceAmount = Math.round((spec.base + random() * spec.spread) / 100) * 100 - 1;
    const compareAtAmount = i % 9 === 4 ? Math.round((priceAmount * 1.25) / 100) * 100 - 1 : null;
    const options = [
      ...(sizes.length ? [{ name: "Size", values: [...sizes], position: 0 }] : []),
      { name: "Colour", values: productColours, position: sizes.length ? 1 : 0 },
    ];
    const combinations = productColours.flatMap((c) => (sizes.length ? sizes.map((size) => ({ Size: size, Colour: c })) : [{ Colour: c }]));
    const base = `${category.slice(0, 3).toUpperCase()}-${twoColours ? serial : `${colour.slice(0, 3).toUpperCase()}-${serial}`}`;
    products.push({
      name,
      slug: `${adjective}-${noun}-${twoColours ? "" : colour}-${serial}`.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      description: `A ${productColours.join(" or ")} ${noun.toLowerCase()} from our ${adjective.toLowerCase()} line. Made to last, easy to care for.`,
      priceAmount,
      maxPriceAmount: priceAmount,
      currency: "EUR",
      colours: productColours,
      category,
      imageUrl: swatchImage(colour, noun),
      options,
      variants: combinations.map((values, position) => ({
        sku: [base, ...(twoColours ? [values.Colour.slice(0, 3).toUpperCase()] : []), ...("Size" in values ? [values.Size] : [])].join("-"),
        optionValues: values,
        title: options.map((o) => (values as Record<string, string>)[o.name]).join(" / "),
        priceAmount,
        compareAtAmount,
        // A few sizes sold out, so the storefront shows what that looks like.
        stockQuantity: sizes.length && random() < 0.15 ? 0 : 2 + Math.floor(random() * (sizes.length ? 20 : 60)),
        position,
      })),
    });
  }
  return products;
}

/** An inline SVG image in the product's colour: no image host needed offline. */
export function swatchImage(colour: string, label: string): string {
  const hex = colourSwatches[colour as keyof typeof colourSwatches] ?? "#9ca3af";
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 400'><rect width='400' height='400' fill='${hex}'/><text x='200' y='210' font-family='sans-serif' font-size='28' text-anchor='middle' fill='${["white", "yellow", "beige"].includes(colour) ? "#111827" : "#ffffff"}'>${label}</text></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/** Seeds a company's empty catalogue; leaves one that already has products alone. */
export async function seedDemoCatalogue(db: Db, company: { id: string; currency: string }, count = 120, seed = 42): Promise<number> {
  if ((await db.product.count({ where: { companyId: company.id } })) > 0) return 0;
  const products = demoCatalogue(count, seed);
  const base = Date.now() - products.length * 60_000;
  return db.$transaction(async (tx) => {
    const created = await tx.product.createManyAndReturn({
      data: products.map(({ options: _options, variants: _variants, ...p }, i) => ({
        ...p,
        companyId: company.id,
        currency: company.currency,
        createdAt: new Date(base + i * 60_000),
      })),
      select: { id: true, slug: true },
    });
    const idOf = new Map(created.map((p) => [p.slug, p.id]));
    await tx.productOption.createMany({
      data: products.flatMap((p) => p.options.map((o) => ({ ...o, companyId: company.id, productId: idOf.get(p.slug)! }))),
    });
    await tx.productVariant.createMany({
      data: products.flatMap((p) => p.variants.map((v) => ({ ...v, companyId: company.id, productId: idOf.get(p.slug)! }))),
    });
    return created.length;
  });
}
