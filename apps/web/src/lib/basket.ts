import { storePath } from "./paths";

// The basket is one product and a quantity, held in the checkout URL
// (/<slug>/checkout?product=<product slug>&quantity=<n>), so it survives a reload and the
// round trip through sign-in or registration.

export interface Basket {
  productSlug: string;
  quantity: string;
}

export function readBasket(params: URLSearchParams): Basket | null {
  const productSlug = params.get("product")?.trim();
  if (!productSlug) return null;
  return { productSlug, quantity: params.get("quantity")?.trim() || "1" };
}

export function checkoutHref(slug: string, basket: Basket): string {
  return `${storePath(slug, "/checkout")}?${new URLSearchParams({ product: basket.productSlug, quantity: basket.quantity })}`;
}
