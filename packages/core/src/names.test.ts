import { describe, expect, it } from "vitest";
import { publicSignature, variantName } from "./names";

describe("publicSignature", () => {
  it("keeps the first name and the last name's initial", () => {
    expect(publicSignature("Grace Shopper")).toBe("Grace S.");
    expect(publicSignature("  Grace   Hopper  Shopper ")).toBe("Grace S.");
    expect(publicSignature("Cher")).toBe("Cher");
    expect(publicSignature("   ")).toBe("A customer");
    expect(publicSignature("Zoë émile")).toBe("Zoë É.");
    expect(publicSignature("Ana 𝒵eta")).toBe("Ana 𝒵.");
  });
});

describe("variantName", () => {
  it("names the variant after its product, or gives the product's name alone", () => {
    expect(variantName("Crew Tee", "M / red")).toBe("Crew Tee (M / red)");
    expect(variantName("Tote Bag", "")).toBe("Tote Bag");
  });
});
