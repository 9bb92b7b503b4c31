import type { RouterInputs } from "@commerce/api/client";
import { readCount, readPrice } from "../product-form";

// The new-product form's options and the variants made of them, as plain data: the combinations
// of the options' values, each variant's starting SKU, and what is sent (or what is wrong).

export const MAX_OPTIONS = 3;
export const MAX_VALUES = 30;
export const MAX_VARIANTS = 100;
/** More combinations than this are not listed at all (they could never be sent). */
export const MAX_LISTED = 300;

export interface OptionDraft {
  /** Stable across edits: input ids and React keys. */
  key: number;
  name: string;
  values: string[];
}

export type CellField = "sku" | "price" | "stock";

/** A variant of the grid: its values (one per option that has any) and the cells as typed. */
export interface VariantRow {
  key: string;
  title: string;
  options: Record<string, string>;
  sku: string;
  price: string;
  stock: string;
}

/** Where the grid's and options' errors are kept: by option or row key and field. */
export const optionErrorKey = (key: number, field: "name" | "values") => `option:${key}:${field}`;
export const rowErrorKey = (key: string, field: CellField | "row") => `row:${key}:${field}`;

/** "M" → "M", "Navy blue" → "NAVY-BLUE": a value as it reads in an SKU. */
const skuPart = (value: string) =>
  value
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The base SKU followed by the variant's values: BASE-M-RED; empty without a base. */
export function defaultSku(base: string, values: string[]): string {
  const start = base.trim().toUpperCase();
  return start ? [start, ...values.map(skuPart).filter(Boolean)].join("-") : "";
}

/** The options that make variants: those with at least one value. */
export const activeOptions = (options: OptionDraft[]) => options.filter((o) => o.values.length > 0);

/** How many variants the options make, without listing them. */
export const combinationCount = (options: OptionDraft[]) => activeOptions(options).reduce((n, o) => n * o.values.length, 1);

/** Every combination of the options' values, in option order (the first option varies slowest). */
export function combinations(options: OptionDraft[]): string[][] {
  return activeOptions(options).reduce<string[][]>((rows, option) => rows.flatMap((row) => option.values.map((value) => [...row, value])), [[]]);
}

export type Built =
  | { input: Required<Pick<RouterInputs["product"]["add"], "options" | "variants">>; errors?: undefined; paths: Record<string, string> }
  | { input?: undefined; errors: Record<string, string> };

/** The options and variants to send, with where the server's paths land; or what is wrong first. */
export function buildVariants(options: OptionDraft[], rows: VariantRow[], currency: string): Built {
  const errors: Record<string, string> = {};
  const active = activeOptions(options);
  options.forEach((option, i) => {
    const name = option.name.trim();
    if (!name) errors[optionErrorKey(option.key, "name")] = "is required";
    else if (options.findIndex((o) => o.name.trim().toLowerCase() === name.toLowerCase()) !== i)
      errors[optionErrorKey(option.key, "name")] = "is used by another option";
    if (!option.values.length) errors[optionErrorKey(option.key, "values")] = "needs at least one value";
  });
  if (!rows.length) errors.variants = "Keep at least one variant, or add values to the options.";
  if (rows.length > MAX_VARIANTS) errors.variants = `At most ${MAX_VARIANTS} variants: remove some values or rows (there are ${rows.length}).`;

  const variants = rows.map((row) => {
    const price = readPrice(row.price, currency);
    const stock = readCount(row.stock);
    if (!row.sku.trim()) errors[rowErrorKey(row.key, "sku")] = "is required";
    if (price.error) errors[rowErrorKey(row.key, "price")] = price.error;
    if (stock.error) errors[rowErrorKey(row.key, "stock")] = stock.error;
    return { options: row.options, sku: row.sku.trim().toUpperCase(), price: price.price!, stockQuantity: stock.count! };
  });
  if (Object.keys(errors).length) return { errors };

  const paths: Record<string, string> = { options: "options", variants: "variants", sku: "variants" };
  active.forEach((option, j) => {
    paths[`options.${j}`] = optionErrorKey(option.key, "values");
    paths[`options.${j}.name`] = optionErrorKey(option.key, "name");
  });
  rows.forEach((row, i) => {
    paths[`variants.${i}`] = rowErrorKey(row.key, "row");
    paths[`variants.${i}.sku`] = rowErrorKey(row.key, "sku");
    paths[`variants.${i}.price`] = rowErrorKey(row.key, "price");
    paths[`variants.${i}.stockQuantity`] = rowErrorKey(row.key, "stock");
  });
  return { input: { options: active.map((o) => ({ name: o.name.trim(), values: o.values })), variants }, paths };
}
