import { z } from "zod";
import { text, textLimits } from "@commerce/core/text";
import { colours } from "@commerce/core/colours";
import { currencySchema, minorUnitsSchema } from "@commerce/core/money";

export const colourSchema = z.enum(colours, { error: `must be one of: ${colours.join(", ")}` });

export const productSort = z.enum(["newest", "price_asc", "price_desc", "name"]);

export const pageInput = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(24),
  sort: productSort.default("newest"),
});

export const getAllInput = pageInput.extend({
  category: text({ min: 1, max: 60 }).optional(),
  search: text({ min: 1, max: 100 }).optional(),
});

export const listArchivedInput = pageInput;

export const byColourInput = pageInput.extend({ colour: colourSchema });

export const getProductInput = z.union([z.object({ id: z.uuid() }), z.object({ slug: text({ min: 1, max: 200 }) })]);

export const addProductInput = z.object({
  name: text({ min: 2, max: textLimits.name }),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase letters, digits and single hyphens only")
    .max(140)
    .optional(),
  description: text({ min: 10, max: textLimits.long }),
  price: z.object({ amount: minorUnitsSchema.min(1, "must be more than zero"), currency: currencySchema }),
  colour: colourSchema,
  category: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase words joined by hyphens, e.g. t-shirts")
    .max(60),
  sku: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,39}$/, "3–40 letters, digits or hyphens"),
  stockQuantity: z.number().int("must be a whole number").min(0, "cannot be negative").max(1_000_000),
  imageUrl: text({ max: 100_000 })
    .refine((u) => /^(https?:\/\/|data:image\/)/.test(u), "must be an http(s) or data:image URL")
    .optional(),
});
export type AddProductInput = z.infer<typeof addProductInput>;

const sku = addProductInput.shape.sku;

/** The fields to change; a name change keeps the product's address (its slug). */
export const updateProductInput = addProductInput
  .pick({ name: true, description: true, price: true, colour: true, category: true })
  .partial()
  .extend({
    id: z.uuid(),
    /** A new image's address, or null to go back to the tile drawn in the product's colour. */
    imageUrl: addProductInput.shape.imageUrl.unwrap().nullable().optional(),
  })
  .refine((input) => Object.keys(input).some((key) => key !== "id" && input[key as keyof typeof input] !== undefined), "name at least one field to change");
export type UpdateProductInput = z.infer<typeof updateProductInput>;

export const productIdInput = z.object({ id: z.uuid() });

/** A copy needs an SKU of its own: SKUs are unique in a company. */
export const duplicateProductInput = z.object({ id: z.uuid(), sku });

export const stockAdjustmentReason = z.enum(["RECEIVED", "COUNTED", "DAMAGED", "LOST", "RETURNED", "CORRECTION"]);

const quantity = z.number().int("must be a whole number").min(0, "cannot be negative").max(1_000_000);

/** Either a change (+5 received, -2 damaged) or, after a count, the quantity found. */
export const adjustStockInput = z
  .object({
    id: z.uuid(),
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
  /** The id of the last adjustment shown (uuid v7: newest first). */
  cursor: z.uuid().optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
