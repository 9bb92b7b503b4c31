import { z } from "zod";
import { text, textLimits } from "@commerce/core/text";
import { colours, isColourOption } from "@commerce/core/colours";
import { currencySchema, minorUnitsSchema } from "@commerce/core/money";

export const colourSchema = z.enum(colours, { error: `must be one of: ${colours.join(", ")}` });

export const productSort = z.enum(["newest", "price_asc", "price_desc", "name"]);

export const pageInput = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(24),
  sort: productSort.default("newest"),
});

/** "summer", "waterproof": lowercase words joined by hyphens. */
export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase words joined by hyphens, e.g. summer or rain-ready")
  .max(30, "must be at most 30 characters");

const slugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase letters, digits and single hyphens only")
  .max(140);

export const getAllInput = pageInput.extend({
  category: text({ min: 1, max: 60 }).optional(),
  tag: tagSchema.optional(),
  search: text({ min: 1, max: 100 }).optional(),
});

export const listArchivedInput = pageInput;

export const byColourInput = pageInput.extend({ colour: colourSchema });

export const getProductInput = z.union([z.object({ id: z.uuid() }), z.object({ slug: text({ min: 1, max: 200 }) })]);

const sku = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,39}$/, "3–40 letters, digits or hyphens");
const barcode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{4,40}$/, "4–40 digits, letters or hyphens (EAN, UPC or the shop's own)");
const quantity = z.number().int("must be a whole number").min(0, "cannot be negative").max(1_000_000);
const price = z.object({ amount: minorUnitsSchema.min(1, "must be more than zero"), currency: currencySchema });
const weightGrams = z.number().int("must be a whole number of grams").min(0, "cannot be negative").max(1_000_000);

/** "Size", "Colour", "Material": a way a product comes. */
export const optionName = text({ min: 1, minMessage: "is required", max: 30 });
export const optionValue = text({ min: 1, minMessage: "is required", max: 40 });

const optionInput = z.object({
  name: optionName,
  values: z.array(optionValue).min(1, "needs at least one value").max(30, "at most 30 values"),
});

/** What each variant has of its own: SKU, barcode, price, compare-at price, weight and stock. */
const variantFields = z.object({
  sku,
  barcode: barcode.optional(),
  price,
  /** The "was" price shown struck through; above the price. */
  compareAtPrice: price.optional(),
  weightGrams: weightGrams.optional(),
  stockQuantity: quantity,
});
const variantInput = variantFields.extend({
  /** One value per option of the product: { Size: "M", Colour: "red" }. */
  options: z.record(optionName, optionValue).default({}),
});
export type VariantInput = z.infer<typeof variantInput>;

/** A compare-at price is above the price, in the same currency. */
const compareAtFits = (price: { amount: number; currency: string }, compareAt: { amount: number; currency: string } | undefined) =>
  !compareAt || (compareAt.currency === price.currency && compareAt.amount > price.amount);

/** A value named the same as another, ignoring case and surrounding space. */
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Issues with a set of options and the variants made of them, at the paths that name them. */
export function checkVariants(
  options: { name: string; values: string[] }[],
  variants: {
    options: Record<string, string>;
    sku: string;
    price: { amount: number; currency: string };
    compareAtPrice?: { amount: number; currency: string } | undefined;
  }[],
  at: { options: (string | number)[]; variants: (string | number)[] } = { options: ["options"], variants: ["variants"] },
): { message: string; path: (string | number)[] }[] {
  const issues: { message: string; path: (string | number)[] }[] = [];
  options.forEach((option, i) => {
    if (options.findIndex((o) => sameName(o.name, option.name)) !== i)
      issues.push({ message: `the option ${option.name} is named twice`, path: [...at.options, i, "name"] });
    option.values.forEach((value, j) => {
      if (option.values.findIndex((v) => sameName(v, value)) !== j) issues.push({ message: `${value} is listed twice`, path: [...at.options, i, "values", j] });
      if (isColourOption(option.name) && !(colours as readonly string[]).includes(value))
        issues.push({ message: `must be one of: ${colours.join(", ")}`, path: [...at.options, i, "values", j] });
    });
  });
  const seen = new Map<string, number>();
  variants.forEach((variant, i) => {
    const path = [...at.variants, i];
    const names = Object.keys(variant.options);
    for (const option of options) {
      const value = variant.options[option.name];
      if (value === undefined) issues.push({ message: `needs a ${option.name}`, path: [...path, "options", option.name] });
      else if (!option.values.includes(value))
        issues.push({ message: `${value} is not one of the ${option.name} values (${option.values.join(", ")})`, path: [...path, "options", option.name] });
    }
    for (const name of names)
      if (!options.some((o) => o.name === name)) issues.push({ message: `the product has no option ${name}`, path: [...path, "options", name] });
    const combination = options.map((o) => variant.options[o.name] ?? "").join("\u0000");
    if (seen.has(combination))
      issues.push({
        message: `the same ${options.map((o) => o.name).join(" and ") || "variant"} as variant ${seen.get(combination)! + 1}`,
        path: [...path, "options"],
      });
    else seen.set(combination, i);
    if (variants.findIndex((v) => v.sku === variant.sku) !== i) issues.push({ message: "another variant has this SKU", path: [...path, "sku"] });
    if (variant.price.currency !== variants[0]!.price.currency)
      issues.push({ message: "every variant is priced in the same currency", path: [...path, "price", "currency"] });
    if (!compareAtFits(variant.price, variant.compareAtPrice))
      issues.push({ message: "must be above the price, in its currency", path: [...path, "compareAtPrice", "amount"] });
  });
  return issues;
}

const productFields = z.object({
  name: text({ min: 2, max: textLimits.name }),
  slug: slugSchema.optional(),
  description: text({ min: 10, max: textLimits.long }),
  tags: z
    .array(tagSchema)
    .max(20, "at most 20 tags")
    .refine((tags) => new Set(tags).size === tags.length, "each tag once")
    .optional(),
  /** What search engines show (about 60 characters fit); the name when not set. */
  seoTitle: text({ min: 1, max: 70 }).optional(),
  /** The search result's snippet (about 155 characters fit); the description's start when not set. */
  seoDescription: text({ min: 1, max: 160 }).optional(),
  category: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase words joined by hyphens, e.g. t-shirts")
    .max(60),
  imageUrl: text({ max: 100_000 })
    .refine((u) => /^(https?:\/\/|data:image\/)/.test(u), "must be an http(s) or data:image URL")
    .optional(),
});

/**
 * A new product, in one of two shapes:
 *  - with `options` and `variants` (a tee in three sizes and two colours: six variants);
 *  - as one variant in one colour, its fields given flat (`colour`, `sku`, `price`, `stockQuantity`).
 * Both come out as options and variants, so the service knows one shape.
 */
export const addProductInput = productFields
  .extend({
    options: z.array(optionInput).max(3, "at most 3 options").optional(),
    variants: z.array(variantInput).min(1, "needs at least one variant").max(100, "at most 100 variants").optional(),
    colour: colourSchema.optional(),
    ...variantFields.partial().shape,
  })
  .superRefine((input, ctx) => {
    const flat = (["colour", "sku", "price", "stockQuantity", "barcode", "compareAtPrice", "weightGrams"] as const).filter((key) => input[key] !== undefined);
    if (input.variants) {
      for (const key of flat) ctx.addIssue({ code: "custom", message: "is given per variant when the product has variants", path: [key] });
      for (const issue of checkVariants(input.options ?? [], input.variants)) ctx.addIssue({ code: "custom", ...issue });
      return;
    }
    if (input.options?.length) ctx.addIssue({ code: "custom", message: "options need variants", path: ["variants"] });
    for (const key of ["colour", "sku", "price", "stockQuantity"] as const)
      if (input[key] === undefined) ctx.addIssue({ code: "custom", message: "is required", path: [key] });
    if (input.price && !compareAtFits(input.price, input.compareAtPrice))
      ctx.addIssue({ code: "custom", message: "must be above the price, in its currency", path: ["compareAtPrice", "amount"] });
  })
  .meta({
    examples: [
      {
        name: "Crew Tee",
        description: "A soft cotton crew-neck tee.",
        category: "t-shirts",
        colour: "red",
        sku: "TEE-RED-1",
        price: { amount: 1500, currency: "EUR" },
        stockQuantity: 5,
      },
      {
        name: "Zip Hoodie",
        description: "A heavyweight zip hoodie.",
        category: "hoodies",
        options: [
          { name: "Size", values: ["M", "L"] },
          { name: "Colour", values: ["navy"] },
        ],
        variants: [
          { options: { Size: "M", Colour: "navy" }, sku: "HOOD-M-NAVY", price: { amount: 4500, currency: "EUR" }, stockQuantity: 3 },
          {
            options: { Size: "L", Colour: "navy" },
            sku: "HOOD-L-NAVY",
            price: { amount: 4700, currency: "EUR" },
            compareAtPrice: { amount: 5900, currency: "EUR" },
            stockQuantity: 0,
          },
        ],
      },
    ],
  })
  .transform(({ options, variants, colour, sku, barcode, price, compareAtPrice, weightGrams, stockQuantity, ...product }) => ({
    ...product,
    options: variants ? (options ?? []) : [{ name: "Colour", values: [colour!] }],
    variants: variants ?? [{ options: { Colour: colour! }, sku: sku!, barcode, price: price!, compareAtPrice, weightGrams, stockQuantity: stockQuantity! }],
  }));
export type AddProductInput = z.output<typeof addProductInput>;

/** The fields to change; a name change keeps the product's address (its slug). Prices and stock are the variants'. */
export const updateProductInput = productFields
  .pick({ name: true, description: true, category: true, tags: true })
  .partial()
  .extend({
    id: z.uuid(),
    /** A new address: the old one keeps working (the storefront redirects it to the new). */
    slug: slugSchema.optional(),
    /** null goes back to the name and the description's start. */
    seoTitle: productFields.shape.seoTitle.unwrap().nullable().optional(),
    seoDescription: productFields.shape.seoDescription.unwrap().nullable().optional(),
    /** A new image's address, or null to go back to the tile drawn in the product's colour. */
    imageUrl: productFields.shape.imageUrl.unwrap().nullable().optional(),
  })
  .refine((input) => Object.keys(input).some((key) => key !== "id" && input[key as keyof typeof input] !== undefined), "name at least one field to change");
export type UpdateProductInput = z.infer<typeof updateProductInput>;

export const productIdInput = z.object({ id: z.uuid() });

/** A copy needs SKUs of its own (SKUs are unique in a company): the one given, suffixed -1, -2… when it has several variants. */
export const duplicateProductInput = z.object({ id: z.uuid(), sku });

/** Another variant of a product: a value for each of its options (a new value joins the option). */
export const addVariantInput = variantInput.extend({ productId: z.uuid() });
export type AddVariantInput = z.infer<typeof addVariantInput>;

/** A variant's own fields to change; null takes an optional one away. */
export const updateVariantInput = z
  .object({
    id: z.uuid(),
    sku: sku.optional(),
    barcode: barcode.nullable().optional(),
    price: price.optional(),
    compareAtPrice: price.nullable().optional(),
    weightGrams: weightGrams.nullable().optional(),
  })
  .refine((input) => Object.keys(input).some((key) => key !== "id" && input[key as keyof typeof input] !== undefined), "name at least one field to change");
export type UpdateVariantInput = z.infer<typeof updateVariantInput>;

/** Many variants' prices and stock at once (the portal's bulk edit); stock given is a count. */
export const bulkUpdateVariantsInput = z.object({
  changes: z
    .array(
      z
        .object({ variantId: z.uuid(), price: price.optional(), compareAtPrice: price.nullable().optional(), stockQuantity: quantity.optional() })
        .refine(
          (c) => c.price !== undefined || c.compareAtPrice !== undefined || c.stockQuantity !== undefined,
          "name a price, a compare-at price or a stock count",
        ),
    )
    .min(1, "nothing to change")
    .max(500, "at most 500 variants at once")
    .refine((changes) => new Set(changes.map((c) => c.variantId)).size === changes.length, "each variant once"),
  note: text({ max: 500 }).optional(),
});
export type BulkUpdateVariantsInput = z.infer<typeof bulkUpdateVariantsInput>;

export const stockAdjustmentReason = z.enum(["RECEIVED", "COUNTED", "DAMAGED", "LOST", "RETURNED", "CORRECTION"]);

/** Either a change (+5 received, -2 damaged) or, after a count, the quantity found. */
export const adjustStockInput = z
  .object({
    variantId: z.uuid(),
    change: z
      .number()
      .int("must be a whole number")
      .min(-1_000_000)
      .max(1_000_000)
      .refine((n) => n !== 0, "cannot be zero")
      .optional(),
    countedQuantity: quantity.optional(),
    reason: stockAdjustmentReason,
    note: text({ max: 500 }).optional(),
  })
  .refine((input) => (input.change === undefined) !== (input.countedQuantity === undefined), {
    message: "give either a change or the counted quantity",
    path: ["change"],
  })
  .refine((input) => input.reason !== "CORRECTION" || (input.note ?? "").length > 0, { message: "say what is being corrected", path: ["note"] });
export type AdjustStockInput = z.infer<typeof adjustStockInput>;

export const stockHistoryInput = z.object({
  id: z.uuid(),
  /** One variant's changes; all the product's without it. */
  variantId: z.uuid().optional(),
  /** The id of the last adjustment shown (uuid v7: newest first). */
  cursor: z.uuid().optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
