import { Prisma, uniqueViolation, type Product } from "@commerce/db";
import { colourSwatches } from "@commerce/core/colours";
import { DomainError } from "@commerce/core/errors";
import { storedMoney } from "@commerce/core/money";
import { recordEvent } from "@commerce/events";
import { swatchImage } from "@commerce/db/seed";
import type { z } from "zod";
import type { ServiceContext } from "../../service-context";
import { withinPlan } from "../../plan-limits";
import type { AddProductInput, getAllInput, pageInput } from "./product.schemas";

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

export function listProducts(ctx: ServiceContext, input: z.infer<typeof getAllInput>) {
  const where: Prisma.ProductWhereInput = {
    ...(input.category ? { category: input.category } : {}),
    ...(input.search ? { OR: [{ name: { contains: input.search, mode: "insensitive" } }, { sku: { contains: input.search, mode: "insensitive" } }] } : {}),
  };
  return page(ctx, where, input);
}

export function listProductsByColour(ctx: ServiceContext, input: z.infer<typeof pageInput> & { colour: string }) {
  return page(ctx, { colour: input.colour }, input);
}

export async function getProduct(ctx: ServiceContext, input: { id: string } | { slug: string }) {
  const product = await ctx.db.product.findFirst({ where: "id" in input ? { id: input.id } : { slug: input.slug } });
  if (!product) throw new DomainError("NOT_FOUND", "No product with that " + ("id" in input ? "id" : "slug"));
  return toView(product);
}

/** Colours and categories with how many products each has, for filters. */
export async function productFacets(ctx: ServiceContext) {
  const [byColour, byCategory] = await Promise.all([
    ctx.db.product.groupBy({ by: ["colour"], _count: { _all: true }, orderBy: { colour: "asc" } }),
    ctx.db.product.groupBy({ by: ["category"], _count: { _all: true }, orderBy: { category: "asc" } }),
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

export async function addProduct(ctx: ServiceContext, input: AddProductInput) {
  const slug = input.slug ?? `${slugify(input.name)}-${input.sku.toLowerCase()}`;
  if (ctx.tenant && input.price.currency !== ctx.tenant.currency) {
    throw new DomainError("VALIDATION", `Prices in this company are in ${ctx.tenant.currency}`, { field: "price.currency" });
  }
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
          imageUrl: input.imageUrl ?? swatchImage(input.colour, input.name.slice(0, 24)),
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
    const clash = uniqueViolation(error);
    if (clash) {
      const field = clash.fields.includes("sku") ? "sku" : "slug";
      throw new DomainError("CONFLICT", `A product with this ${field} already exists`, { field });
    }
    throw error;
  }
}
