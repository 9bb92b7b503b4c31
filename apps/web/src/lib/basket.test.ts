import { describe, expect, it } from "vitest";
import { checkoutHref, readBasket } from "./basket";

describe("basket", () => {
  it("reads the product, variant and quantity from the checkout URL", () => {
    expect(readBasket(new URLSearchParams("product=crew-tee&variant=v1&quantity=2"))).toEqual({ productSlug: "crew-tee", quantity: "2", variantId: "v1" });
  });

  it("keeps older links without a variant working", () => {
    expect(readBasket(new URLSearchParams("product=crew-tee&quantity=3"))).toEqual({ productSlug: "crew-tee", quantity: "3", variantId: undefined });
    expect(readBasket(new URLSearchParams("product=crew-tee"))).toEqual({ productSlug: "crew-tee", quantity: "1", variantId: undefined });
    expect(readBasket(new URLSearchParams("quantity=3"))).toBeNull();
  });

  it("writes a URL that reads back the same", () => {
    const basket = { productSlug: "crew-tee", quantity: "2", variantId: "0192f1c2-7d3e-7000-8000-000000000001" };
    const href = checkoutHref("acme", basket);
    expect(href).toBe("/acme/checkout?product=crew-tee&variant=0192f1c2-7d3e-7000-8000-000000000001&quantity=2");
    expect(readBasket(new URLSearchParams(href.split("?")[1]))).toEqual(basket);
    expect(checkoutHref("acme", { productSlug: "cap", quantity: "1" })).toBe("/acme/checkout?product=cap&quantity=1");
  });
});
