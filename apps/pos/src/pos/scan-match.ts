import type { Product, Variant } from "./types";

/**
 * The variants a scanned or typed code names exactly: by SKU (any case) or by barcode. The
 * server's search also finds SKUs that merely contain the code; only an exact match is added.
 */
export function exactMatches(products: readonly Product[], code: string): { product: Product; variant: Variant }[] {
  const term = code.trim();
  const sku = term.toUpperCase();
  const seen = new Set<string>();
  const found: { product: Product; variant: Variant }[] = [];
  for (const product of products)
    for (const variant of product.variants)
      if ((variant.sku.toUpperCase() === sku || variant.barcode === term) && !seen.has(variant.id)) {
        seen.add(variant.id);
        found.push({ product, variant });
      }
  return found;
}

/** What a code that names nothing looks like: a SKU (letters and digits in hyphenated parts) or a barcode (digits). */
export function codeKind(code: string): "sku" | "barcode" | null {
  const term = code.trim();
  if (/^\d{6,14}$/.test(term)) return "barcode";
  if (/^[A-Z0-9]+(-[A-Z0-9]+){2,}$/.test(term.toUpperCase())) return "sku";
  return null;
}
