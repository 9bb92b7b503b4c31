import { Prisma, uniqueViolation, type Product, type Tx } from "@commerce/db";
import { colourSwatches } from "@commerce/core/colours";
import { DomainError } from "@commerce/core/errors";
import { textLimits } from "@commerce/core/text";
import { storedMoney } from "@commerce/core/money";
import { averageRating } from "@commerce/core/rating";
import { recordEvent } from "@commerce/events";
import { swatchImage } from "@commerce/db/seed";
import type { z } from "zod";
import type { ServiceContext } from "../../service-context";
import { withinPlan } from "../../plan-limits";
import type { AddProductInput, getAllInput, pageInput, UpdateProductInput } from "./product.schemas";

/** The tile drawn for a product without a photo: its colour with its name on it. */
const generatedImage = (colour: string, name: string) => swatchImage(colour, name.slice(0, 24));

/** Whether a product's image is the tile drawn for it, so a new name or colour needs a new tile. */
const hasGeneratedImage = (p: Pick<Product, "imageUrl" | "colour" | "name">) => p.imageUrl === generatedImage(p.colour, p.name);

export type ProductView = ReturnType<typeof toView>;

export function toView(p: Product) {
  return {
    id: p.id,
    name: p.name,
    slug: p.slug,
    description: p.description,
    price: storedMoney(p.priceAmount, p.currency),
    colour: p.colour,
    category: p.category,
    sku: p.sku,
    stockQuantity: p.stockQuantity,
    inStock: p.stockQuantity > 0,
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
    ctx.db.product.findMany({ where, orderBy: orderBy[input.sort], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
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
    ...(input.search ? { OR: [{ name: { contains: input.search, mode: "insensitive" } }, { sku: { contains: input.search, mode: "insensitive" } }] } : {}),
  };
  return page(ctx, where, input);
}

export function listProductsByColour(ctx: ServiceContext, input: z.infer<typeof pageInput> & { colour: string }) {
  return page(ctx, { ...onSale, colour: input.colour }, input);
}

/** The portal's list of archived products, to restore one. */
export function listArchivedProducts(ctx: ServiceContext, input: z.infer<typeof pageInput>) {
  return page(ctx, { status: "ARCHIVED" }, input);
}

export async function getProduct(ctx: ServiceContext, input: { id: string } | { slug: string }) {
  const product = await ctx.db.product.findFirst({ where: "id" in input ? { id: input.id } : { slug: input.slug } });
  if (!product) throw new DomainError("NOT_FOUND", "No product with that " + ("id" in input ? "id" : "slug"));
  return toView(product);
}

/** Colours and categories with how many products each has, for filters. */
export async function productFacets(ctx: ServiceContext) {
  const [byColour, byCategory] = await Promise.all([
    ctx.db.product.groupBy({ by: ["colour"], where: onSale, _count: { _all: true }, orderBy: { colour: "asc" } }),
    ctx.db.product.groupBy({ by: ["category"], where: onSale, _count: { _all: true }, orderBy: { category: "asc" } }),
  ]);
  return {
    colours: byColour.map((c) => ({ colour: c.colour, swatch: colourSwatches[c.colour as keyof typeof colourSwatches] ?? "#9ca3af", count: c._count._all })),
    categories: byCategory.map((c) => ({ category: c.category, count: c._count._all })),
  };
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Prices are in the company's currency. */
function checkCurrency(ctx: ServiceContext, price: { currency: string } | undefined) {
  if (price && ctx.tenant && price.currency !== ctx.tenant.currency) {
    throw new DomainError("VALIDATION", `Prices in this company are in ${ctx.tenant.currency}`, { field: "price.currency" });
  }
}

/** An SKU or slug already taken in the company, named for the form. */
function clashOf(error: unknown): DomainError | null {
  const clash = uniqueViolation(error);
  if (!clash) return null;
  const field = clash.fields.includes("sku") ? "sku" : "slug";
  return new DomainError("CONFLICT", `A product with this ${field === "sku" ? "SKU" : "web address"} already exists`, { field });
}

export async function addProduct(ctx: ServiceContext, input: AddProductInput) {
  const slug = input.slug ?? `${slugify(input.name)}-${input.sku.toLowerCase()}`;
  checkCurrency(ctx, input.price);
  try {
    return await withinPlan(ctx, "products", async (tx) => {
      const product = await tx.product.create({
        data: {
          name: input.name,
          slug,
          description: input.description,
          priceAmount: input.price.amount,
          currency: input.price.currency,
          colour: input.colour,
          category: input.category,
          sku: input.sku,
          stockQuantity: input.stockQuantity,
          imageUrl: input.imageUrl ?? generatedImage(input.colour, input.name),
        },
      });
      await recordEvent(tx, "product.created", {
        productId: product.id,
        sku: product.sku,
        name: product.name,
        colour: product.colour,
        category: product.category,
        price: input.price,
      });
      ctx.log.info("product added", { productId: product.id, sku: product.sku });
      return toView(product);
    });
  } catch (error) {
    throw clashOf(error) ?? error;
  }
}

export async function productOrThrow(db: Tx | ServiceContext["db"], id: string) {
  const product = await db.product.findFirst({ where: { id } });
  if (!product) throw new DomainError("NOT_FOUND", "No product with that id", { field: "id" });
  return product;
}

/** Changes a product's details. Its address (slug) stays, so links to it keep working after a rename. */
export async function updateProduct(ctx: ServiceContext, input: UpdateProductInput) {
  checkCurrency(ctx, input.price);
  return ctx.db.$transaction(async (tx) => {
    const before = await productOrThrow(tx, input.id);
    const data: Prisma.ProductUpdateInput = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.price !== undefined ? { priceAmount: input.price.amount, currency: input.price.currency } : {}),
      ...(input.colour !== undefined ? { colour: input.colour } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.imageUrl ? { imageUrl: input.imageUrl } : {}),
    };
    // A drawn tile shows the name and colour: it is drawn again when they change (a photo stays),
    // and drawn instead of the photo when the photo is taken away (imageUrl null).
    const drawn = input.imageUrl === null || (input.imageUrl === undefined && hasGeneratedImage(before));
    if (drawn && (input.imageUrl === null || input.name !== undefined || input.colour !== undefined)) {
      data.imageUrl = generatedImage(input.colour ?? before.colour, input.name ?? before.name);
    }
    const product = await tx.product.update({ where: { id: before.id }, data });
    const changed = (["name", "description", "priceAmount", "colour", "category", "imageUrl"] as const)
      .filter((field) => before[field] !== product[field])
      .map((field) => (field === "priceAmount" ? "price" : field));
    if (changed.length) await recordEvent(tx, "product.updated", { productId: product.id, changed });
    return toView(product);
  });
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
    if (moved.count === 1) await recordEvent(tx, sold ? "product.restored" : "product.archived", { productId: product.id, sku: product.sku });
    return toView(await productOrThrow(tx, product.id));
  });
}

/** A new product like an existing one, under its own SKU, with no stock and no reviews yet. */
export async function duplicateProduct(ctx: ServiceContext, input: { id: string; sku: string }) {
  const original = await productOrThrow(ctx.db, input.id);
  return addProduct(ctx, {
    name: `${original.name} (copy)`.slice(0, textLimits.name),
    description: original.description,
    price: storedMoney(original.priceAmount, original.currency),
    colour: original.colour as AddProductInput["colour"],
    category: original.category,
    sku: input.sku,
    stockQuantity: 0,
    // A photo is shared; a drawn tile is drawn again with the copy's name.
    ...(hasGeneratedImage(original) ? {} : { imageUrl: original.imageUrl }),
  });
}
