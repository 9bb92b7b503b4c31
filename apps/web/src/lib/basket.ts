import { storePath } from "./paths";

// The basket is one product, the variant of it chosen and a quantity, held in the checkout URL
// (/<slug>/checkout?product=<product slug>&variant=<variant id>&quantity=<n>), so it survives a
// reload and the round trip through sign-in or registration. Without a variant (an older link),
// the checkout takes the one the product's page shows first.

export interface Basket {
  productSlug: string;
  quantity: string;
  variantId?: string | undefined;
}

export function readBasket(params: URLSearchParams): Basket | null {
  const productSlug = params.get("product")?.trim();
  if (!productSlug) return null;
  return { productSlug, quantity: params.get("quantity")?.trim() || "1", variantId: params.get("variant")?.trim() || undefined };
}

export function checkoutHref(slug: string, basket: Basket): string {
  const query = new URLSearchParams({ product: basket.productSlug, ...(basket.variantId ? { variant: basket.variantId } : {}), quantity: basket.quantity });
  return `${storePath(slug, "/checkout")}?${query}`;
}
