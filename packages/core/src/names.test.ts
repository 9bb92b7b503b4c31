import { describe, expect, it } from "vitest";
import { publicSignature } from "./names";

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
