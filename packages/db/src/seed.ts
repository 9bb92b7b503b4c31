import { colourSwatches, colours } from "@commerce/core/colours";
import type { Db } from "./index";

// A realistic demo catalogue, generated deterministically so every machine gets the same shop.

const categories = {
  "t-shirts": { nouns: ["Crew Tee", "V-Neck Tee", "Pocket Tee", "Long Sleeve Tee"], base: 1500, spread: 2000 },
  hoodies: { nouns: ["Zip Hoodie", "Pullover Hoodie", "Heavyweight Hoodie"], base: 4500, spread: 4000 },
  jackets: { nouns: ["Rain Jacket", "Denim Jacket", "Puffer Jacket", "Field Jacket"], base: 8900, spread: 12000 },
  trousers: { nouns: ["Chino", "Cargo Trouser", "Jogger", "Straight Jean"], base: 4900, spread: 5000 },
  shoes: { nouns: ["Canvas Sneaker", "Leather Boot", "Running Shoe", "Loafer"], base: 6900, spread: 9000 },
  bags: { nouns: ["Tote Bag", "Backpack", "Crossbody Bag", "Weekender"], base: 2900, spread: 9000 },
  accessories: { nouns: ["Beanie", "Scarf", "Cap", "Wool Socks", "Belt"], base: 900, spread: 3000 },
} as const;

const adjectives = ["Classic", "Organic", "Essential", "Relaxed", "Heritage", "Urban", "Alpine", "Coastal", "Studio", "Everyday"];

export interface SeedProduct {
  name: string;
  slug: string;
  description: string;
  priceAmount: number;
  currency: string;
  colour: string;
  category: string;
  sku: string;
  stockQuantity: number;
  imageUrl: string;
}

/** Deterministic pseudo-random numbers so the seed is identical everywhere. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

export function demoCatalogue(count = 240, seed = 42): SeedProduct[] {
  const random = rng(seed);
  const entries = Object.entries(categories);
  const products: SeedProduct[] = [];
  for (let i = 0; i < count; i++) {
    const [category, spec] = entries[i % entries.length]!;
    const noun = spec.nouns[Math.floor(random() * spec.nouns.length)]!;
    const adjective = adjectives[Math.floor(random() * adjectives.length)]!;
    const colour = colours[(i * 7 + Math.floor(i / 13)) % colours.length]!;
    const name = `${adjective} ${noun} — ${colour[0]!.toUpperCase()}${colour.slice(1)}`;
    const serial = String(i + 1).padStart(4, "0");
    const priceAmount = Math.round((spec.base + random() * spec.spread) / 100) * 100 - 1;
    products.push({
      name,
      slug: `${adjective}-${noun}-${colour}-${serial}`.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      description: `A ${colour} ${noun.toLowerCase()} from our ${adjective.toLowerCase()} line. Made to last, easy to care for.`,
      priceAmount,
      currency: "EUR",
      colour,
      category,
      sku: `${category.slice(0, 3).toUpperCase()}-${colour.slice(0, 3).toUpperCase()}-${serial}`,
      stockQuantity: 5 + Math.floor(random() * 60),
      imageUrl: swatchImage(colour, noun),
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
  const result = await db.product.createMany({
    data: products.map((p, i) => ({ ...p, companyId: company.id, currency: company.currency, createdAt: new Date(base + i * 60_000) })),
    skipDuplicates: true,
  });
  return result.count;
}
