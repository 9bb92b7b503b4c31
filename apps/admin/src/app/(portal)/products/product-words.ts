import { formatMoney, type Money } from "@commerce/ui/money";

// A product and its variants in the portal's words: a price or a price range, an SKU or how many
// variants, a variant's name.

/** "€15.00", or "€15.00 – €25.00" when its variants cost different amounts. */
export function priceRange(p: { price: Money; maxPrice: Money }): string {
  return p.maxPrice.amount > p.price.amount ? `${formatMoney(p.price)} – ${formatMoney(p.maxPrice)}` : formatMoney(p.price);
}

/** The SKU of a product sold in one variant, or "3 variants". */
export function skuOrCount(p: { variants: readonly { sku: string }[] }): string {
  return p.variants.length === 1 ? p.variants[0]!.sku : `${p.variants.length.toLocaleString("en-GB")} variants`;
}

/** A variant by its option values ("M / red"); "Default" for a product without options. */
export function variantName(v: { title: string }): string {
  return v.title || "Default";
}
