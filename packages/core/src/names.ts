// How people are named in public: a review is signed "Grace S.", enough to be a person, not
// enough to find one.

/** "Grace Shopper" → "Grace S."; a single name stays as it is; nothing → "A customer". */
export function publicSignature(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "A customer";
  const first = words[0]!;
  const last = words.length > 1 ? words[words.length - 1]! : "";
  return last ? `${first} ${[...last][0]!.toUpperCase()}.` : first;
}

/** How a product's variant is named to people: "Crew Tee (M / red)", or the product's name alone when it has no options. */
export function variantName(productName: string, variantTitle: string): string {
  return variantTitle ? `${productName} (${variantTitle})` : productName;
}
