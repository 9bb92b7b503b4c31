import { Prisma, uniqueViolation, type Tx } from "@commerce/db";
import { colourSwatches, isColourOption } from "@commerce/core/colours";
import { DomainError } from "@commerce/core/errors";
import { textLimits } from "@commerce/core/text";
import { storedMoney } from "@commerce/core/money";
import { averageRating } from "@commerce/core/rating";
import { recordEvent } from "@commerce/events";
import { swatchImage } from "@commerce/db/seed";
import type { z } from "zod";
import type { ServiceContext } from "../../service-context";
import { withinPlan } from "../../plan-limits";
import { type AddProductInput, type getAllInput, type pageInput, type UpdateProductInput } from "./product.schemas";

/** A product with what its views show: options and variants in their order. */
export const productInclude = {
  options: { orderBy: { position: "asc" } },
  variants: { orderBy: { position: "asc" } },
} satisfies Prisma.ProductInclude;
type ProductRow = Prisma.ProductGetPayload<{ include: typeof productInclude }>;
type VariantRow = ProductRow["variants"][number];

/** The colour a product's drawn tile is painted in: its first colour on offer. */
const leadColour = (p: Pick<ProductRow, "colours">) => p.colours[0] ?? "grey";

/** The tile drawn for a product without a photo: its colour with its name on it. */
const generatedImage = (colour: string, name: string) => swatchImage(colour, name.slice(0, 24));

/** Whether a product's image is the tile drawn for it, so a new name or colour needs a new tile. */
const hasGeneratedImage = (p: Pick<ProductRow, "imageUrl" | "colours" | "name">) => p.imageUrl === generatedImage(leadColour(p), p.name);

/** A variant's values in its product's option order: "M / red"; "" for a product without options. */
export const variantTitle = (options: { name: string }[], values: Record<string, string>) => options.map((o) => values[o.name] ?? "").join(" / ");

export type VariantView = ReturnType<typeof variantView>;

export function variantView(v: VariantRow, currency: string) {
  return {
    id: v.id,
    sku: v.sku,
    barcode: v.barcode,
    /** Its option values in the product's option order ("M / red"); "" when the product has no options. */
    title: v.title,
    options: v.optionValues as Record<string, string>,
    price: storedMoney(v.priceAmount, currency),
    compareAtPrice: v.compareAtAmount === null ? null : storedMoney(v.compareAtAmount, currency),
    weightGrams: v.weightGrams,
    stockQuantity: v.stockQuantity,
    inStock: v.stockQuantity > 0,
  };
}

/** A description's start, cut at a word, for a search result (about 155 characters fit). */
function snippet(text: string, max = 155): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

export type ProductView = ReturnType<typeof toView>;

export function toView(p: ProductRow) {
  const stockQuantity = p.variants.reduce((total, v) => total + v.stockQuantity, 0);
  return {
    id: p.id,
    name: p.name,
    slug: p.slug,
    description: p.description,
    /** The cheapest variant's price ("from"), and the dearest's: equal when all cost the same. */
    price: storedMoney(p.priceAmount, p.currency),
    maxPrice: storedMoney(p.maxPriceAmount, p.currency),
    /** The colours on offer, in the Colour option's order. */
    colours: p.colours.map((colour) => ({ colour, swatch: colourSwatches[colour as keyof typeof colourSwatches] ?? colourSwatches.grey })),
    category: p.category,
    tags: p.tags,
    /** What search engines show: set by the company, else the name and the description's start. */
    seo: { title: p.seoTitle ?? p.name, description: p.seoDescription ?? snippet(p.description), custom: p.seoTitle !== null || p.seoDescription !== null },
    options: p.options.map((o) => ({ name: o.name, values: o.values, colour: isColourOption(o.name) })),
    variants: p.variants.map((v) => variantView(v, p.currency)),
    /** All variants' stock added up. */
    stockQuantity,
    inStock: stockQuantity > 0,
    imageUrl: p.imageUrl,
    /** The image is the tile drawn for it (its colour and name), not a photo someone gave. */
    imageDrawn: hasGeneratedImage(p),
    /** Archived products are off the storefront and the till; their page says so. */
    archived: p.status === "ARCHIVED",
    archivedAt: p.archivedAt,
    /** Published reviews: average stars to one decimal (null with none) and how many. */
    rating: { average: averageRating(p.ratingSum, p.reviewCount), count: p.reviewCount },
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

const orderBy: Record<z.infer<typeof pageInput>["sort"], Prisma.ProductOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  price_asc: [{ priceAmount: "asc" }, { id: "asc" }],
  price_desc: [{ priceAmount: "desc" }, { id: "desc" }],
  name: [{ name: "asc" }, { id: "asc" }],
};

async function page(ctx: ServiceContext, where: Prisma.ProductWhereInput, input: z.infer<typeof pageInput>) {
  const [rows, total] = await Promise.all([
    ctx.db.product.findMany({ where, orderBy: orderBy[input.sort], skip: (input.page - 1) * input.pageSize, take: input.pageSize, include: productInclude }),
    ctx.db.product.count({ where }),
  ]);
  return { items: rows.map(toView), total, page: input.page, pageSize: input.pageSize, pageCount: Math.max(1, Math.ceil(total / input.pageSize)) };
}

/** What the storefront, the till and their filters list: products on sale. */
const onSale = { status: "ACTIVE" } as const satisfies Prisma.ProductWhereInput;

export function listProducts(ctx: ServiceContext, input: z.infer<typeof getAllInput>) {
  const where: Prisma.ProductWhereInput = {
    ...onSale,
    ...(input.category ? { category: input.category } : {}),
    ...(input.tag ? { tags: { has: input.tag } } : {}),
    ...(input.search
      ? {
          OR: [
            { name: { contains: input.search, mode: "insensitive" } },
            { variants: { some: { OR: [{ sku: { contains: input.search, mode: "insensitive" } }, { barcode: input.search }] } } },
          ],
        }
      : {}),
  };
  return page(ctx, where, input);
}

export function listProductsByColour(ctx: ServiceContext, input: z.infer<typeof pageInput> & { colour: string }) {
  return page(ctx, { ...onSale, colours: { has: input.colour } }, input);
}

/** The portal's list of archived products, to restore one. */
export function listArchivedProducts(ctx: ServiceContext, input: z.infer<typeof pageInput>) {
  return page(ctx, { status: "ARCHIVED" }, input);
}

/**
 * A product by id or by address: its current one, or one it had before (the view's slug is the
 * current address, so the storefront can send an old link there).
 */
export async function getProduct(ctx: ServiceContext, input: { id: string } | { slug: string }) {
  const where: Prisma.ProductWhereInput = "id" in input ? { id: input.id } : { OR: [{ slug: input.slug }, { slugAliases: { some: { slug: input.slug } } }] };
  const product = await ctx.db.product.findFirst({ where, include: productInclude });
  if (!product) throw new DomainError("NOT_FOUND", "No product with that " + ("id" in input ? "id" : "slug"));
  return toView(product);
}

/** An address no other product has now or had before (a product may take back one of its own). */
async function checkSlugFree(db: Tx, slug: string, productId: string | null) {
  const [product, alias] = await Promise.all([
    db.product.findFirst({ where: { slug, ...(productId ? { id: { not: productId } } : {}) }, select: { id: true } }),
    db.productSlugAlias.findFirst({ where: { slug, ...(productId ? { productId: { not: productId } } : {}) }, select: { id: true } }),
  ]);
  if (product || alias) throw new DomainError("CONFLICT", "A product with this web address already exists", { field: "slug" });
}

/** Colours and categories with how many products on sale each has, for filters. */
export async function productFacets(ctx: ServiceContext) {
  const [onSaleColours, byCategory] = await Promise.all([
    ctx.db.product.findMany({ where: onSale, select: { colours: true } }),
    ctx.db.product.groupBy({ by: ["category"], where: onSale, _count: { _all: true }, orderBy: { category: "asc" } }),
  ]);
  const byColour = new Map<string, number>();
  for (const p of onSaleColours) for (const colour of p.colours) byColour.set(colour, (byColour.get(colour) ?? 0) + 1);
  return {
    colours: [...byColour]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([colour, count]) => ({ colour, swatch: colourSwatches[colour as keyof typeof colourSwatches] ?? colourSwatches.grey, count })),
    categories: byCategory.map((c) => ({ category: c.category, count: c._count._all })),
  };
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Prices are in the company's currency. `field` names the first price that is not. */
export function checkCurrency(ctx: ServiceContext, prices: { field: string; price: { currency: string } | null | undefined }[]) {
  const wrong = prices.find(({ price }) => price && ctx.tenant && price.currency !== ctx.tenant.currency);
  if (wrong && ctx.tenant) throw new DomainError("VALIDATION", `Prices in this company are in ${ctx.tenant.currency}`, { field: wrong.field });
}

/** An SKU or slug already taken in the company, named for the form. */
function clashOf(error: unknown): DomainError | null {
  const clash = uniqueViolation(error);
  if (!clash) return null;
  if (clash.fields.includes("sku")) return new DomainError("CONFLICT", "A product with this SKU already exists", { field: "sku" });
  if (clash.fields.includes("title")) return new DomainError("CONFLICT", "The product already has a variant with these options", { field: "options" });
  return new DomainError("CONFLICT", "A product with this web address already exists", { field: "slug" });
}

/** Runs `change`, turning a taken SKU or address, or a repeated combination, into a 409 that names it: the unique indexes catch what the checks before raced past. */
export async function namingClashes<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    throw clashOf(error) ?? error;
  }
}

/** The variant rows for a new product's variants, in the order given. */
function variantRows(input: AddProductInput["variants"], options: { name: string }[], firstPosition = 0) {
  return input.map((v, i) => ({
    sku: v.sku,
    barcode: v.barcode ?? null,
    optionValues: v.options,
    title: variantTitle(options, v.options),
    priceAmount: v.price.amount,
    compareAtAmount: v.compareAtPrice?.amount ?? null,
    weightGrams: v.weightGrams ?? null,
    stockQuantity: v.stockQuantity,
    position: firstPosition + i,
  }));
}

/** The colours a product's variants come in, in the Colour option's order. */
function coloursOf(options: { name: string; values: string[] }[], variants: { optionValues: unknown }[]) {
  const colourOption = options.find((o) => isColourOption(o.name));
  if (!colourOption) return [];
  const used = new Set(variants.map((v) => (v.optionValues as Record<string, string>)[colourOption.name]));
  return colourOption.values.filter((value) => used.has(value));
}

export async function addProduct(ctx: ServiceContext, input: AddProductInput) {
  const slug = input.slug ?? `${slugify(input.name)}-${input.variants[0]!.sku.toLowerCase()}`;
  checkCurrency(
    ctx,
    input.variants.flatMap((v, i) => [
      { field: `variants.${i}.price.currency`, price: v.price },
      { field: `variants.${i}.compareAtPrice.currency`, price: v.compareAtPrice },
    ]),
  );
  const variants = variantRows(input.variants, input.options);
  const prices = variants.map((v) => v.priceAmount);
  const colours = coloursOf(input.options, variants);
  return namingClashes(() =>
    withinPlan(ctx, "products", async (tx) => {
      await checkSkusFree(tx, input.variants);
      await checkSlugFree(tx, slug, null);
      const product = await tx.product.create({
        data: {
          name: input.name,
          slug,
          description: input.description,
          priceAmount: Math.min(...prices),
          maxPriceAmount: Math.max(...prices),
          currency: input.variants[0]!.price.currency,
          colours,
          category: input.category,
          tags: input.tags ?? [],
          seoTitle: input.seoTitle ?? null,
          seoDescription: input.seoDescription ?? null,
          imageUrl: input.imageUrl ?? generatedImage(colours[0] ?? "grey", input.name),
          options: { create: input.options.map((o, position) => ({ name: o.name, values: o.values, position })) },
          variants: { create: variants },
        },
        include: productInclude,
      });
      await recordEvent(tx, "product.created", {
        productId: product.id,
        name: product.name,
        category: product.category,
        colours: product.colours,
        variants: product.variants.map((v) => ({ variantId: v.id, sku: v.sku, price: storedMoney(v.priceAmount, product.currency) })),
      });
      ctx.log.info("product added", { productId: product.id, variants: product.variants.length });
      return toView(product);
    }),
  );
}

/** A new product's SKUs not taken yet, the taken one named by its variant (the index below catches a race). */
async function checkSkusFree(tx: Tx, variants: { sku: string }[]) {
  const taken = await tx.productVariant.findFirst({ where: { sku: { in: variants.map((v) => v.sku) } }, select: { sku: true } });
  if (!taken) return;
  const field = variants.length === 1 ? "sku" : `variants.${variants.findIndex((v) => v.sku === taken.sku)}.sku`;
  throw new DomainError("CONFLICT", "A product with this SKU already exists", { field });
}

export async function productOrThrow(db: Tx | ServiceContext["db"], id: string) {
  const product = await db.product.findFirst({ where: { id }, include: productInclude });
  if (!product) throw new DomainError("NOT_FOUND", "No product with that id", { field: "id" });
  return product;
}

/**
 * Brings a product's summary of its variants up to date (price range, colours on offer) after
 * its variants changed, in the same transaction; a drawn tile is drawn again in a new lead colour.
 */
export async function refreshSummary(tx: Tx, productId: string) {
  const product = await productOrThrow(tx, productId);
  const prices = product.variants.map((v) => Number(v.priceAmount));
  const colours = coloursOf(product.options, product.variants);
  const redraw = hasGeneratedImage(product) && (colours[0] ?? "grey") !== leadColour(product);
  return tx.product.update({
    where: { id: product.id },
    data: {
      priceAmount: Math.min(...prices),
      maxPriceAmount: Math.max(...prices),
      colours,
      ...(redraw ? { imageUrl: generatedImage(colours[0] ?? "grey", product.name) } : {}),
    },
    include: productInclude,
  });
}

/**
 * Changes a product's details. A rename keeps its address; a new address (slug) keeps the old
 * one as an alias, so links and search results that have it still find the product.
 */
export async function updateProduct(ctx: ServiceContext, input: UpdateProductInput) {
  return namingClashes(() => ctx.db.$transaction((tx) => updateIn(tx, input)));
}

async function updateIn(tx: Tx, input: UpdateProductInput) {
  const before = await productOrThrow(tx, input.id);
  const data: Prisma.ProductUpdateInput = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.category !== undefined ? { category: input.category } : {}),
    ...(input.tags !== undefined ? { tags: input.tags } : {}),
    ...(input.seoTitle !== undefined ? { seoTitle: input.seoTitle } : {}),
    ...(input.seoDescription !== undefined ? { seoDescription: input.seoDescription } : {}),
    ...(input.imageUrl ? { imageUrl: input.imageUrl } : {}),
  };
  if (input.slug !== undefined && input.slug !== before.slug) {
    await checkSlugFree(tx, input.slug, before.id);
    await tx.productSlugAlias.deleteMany({ where: { productId: before.id, slug: input.slug } });
    await tx.productSlugAlias.create({ data: { productId: before.id, slug: before.slug } });
    data.slug = input.slug;
  }
  // A drawn tile shows the name: it is drawn again when the name changes (a photo stays),
  // and drawn instead of the photo when the photo is taken away (imageUrl null).
  const drawn = input.imageUrl === null || (input.imageUrl === undefined && hasGeneratedImage(before));
  if (drawn && (input.imageUrl === null || input.name !== undefined)) data.imageUrl = generatedImage(leadColour(before), input.name ?? before.name);
  const product = await tx.product.update({ where: { id: before.id }, data, include: productInclude });
  const changed = (["name", "slug", "description", "category", "tags", "seoTitle", "seoDescription", "imageUrl"] as const).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(product[field]),
  );
  if (changed.length) await recordEvent(tx, "product.updated", { productId: product.id, changed, variantIds: [] });
  return toView(product);
}

/** Takes a product off the storefront and the till; orders and reviews keep it. */
export async function archiveProduct(ctx: ServiceContext, input: { id: string }) {
  return setSold(ctx, input.id, false);
}

/** Puts an archived product back on sale, as it was. */
export async function restoreProduct(ctx: ServiceContext, input: { id: string }) {
  return setSold(ctx, input.id, true);
}

async function setSold(ctx: ServiceContext, id: string, sold: boolean) {
  return ctx.db.$transaction(async (tx) => {
    const product = await productOrThrow(tx, id);
    // Only a real change moves it and says so: archiving twice archives once.
    const moved = await tx.product.updateMany({
      where: { id: product.id, status: sold ? "ARCHIVED" : "ACTIVE" },
      data: sold ? { status: "ACTIVE", archivedAt: null } : { status: "ARCHIVED", archivedAt: new Date() },
    });
    if (moved.count === 1) await recordEvent(tx, sold ? "product.restored" : "product.archived", { productId: product.id, name: product.name });
    return toView(await productOrThrow(tx, product.id));
  });
}

/**
 * A new product like an existing one, with its options and variants, no stock and no reviews
 * yet. SKUs are unique in a company: a single variant takes the SKU given, several take it
 * suffixed -1, -2… in their order.
 */
export async function duplicateProduct(ctx: ServiceContext, input: { id: string; sku: string }) {
  const original = await productOrThrow(ctx.db, input.id);
  const single = original.variants.length === 1;
  return addProduct(ctx, {
    name: `${original.name} (copy)`.slice(0, textLimits.name),
    description: original.description,
    category: original.category,
    tags: original.tags,
    options: original.options.map((o) => ({ name: o.name, values: o.values })),
    variants: original.variants.map((v, i) => ({
      options: v.optionValues as Record<string, string>,
      sku: single ? input.sku : `${input.sku}-${i + 1}`.slice(0, 40),
      barcode: undefined,
      price: storedMoney(v.priceAmount, original.currency),
      compareAtPrice: v.compareAtAmount === null ? undefined : storedMoney(v.compareAtAmount, original.currency),
      weightGrams: v.weightGrams ?? undefined,
      stockQuantity: 0,
    })),
    // A photo is shared; a drawn tile is drawn again with the copy's name.
    ...(hasGeneratedImage(original) ? {} : { imageUrl: original.imageUrl }),
  });
}
