import { describe, expect, it } from "vitest";
import { codeKind, exactMatches } from "./scan-match";
import type { Product } from "./types";

const variant = (id: string, sku: string, barcode: string | null) => ({ id, sku, barcode });
// Only what matching reads of a product; the rest of a ProductView is not looked at.
const product = (id: string, variants: ReturnType<typeof variant>[]) => ({ id, name: id, variants }) as unknown as Product;

const tee = product("tee", [variant("tee-m", "TEE-0001-M", "4006381333931"), variant("tee-l", "TEE-0001-L", "4006381333948")]);
const cap = product("cap", [variant("cap", "ACC-RED-0002", null)]);

describe("exactMatches", () => {
  it("finds the variant whose SKU is the code, in any case", () => {
    expect(exactMatches([tee, cap], "tee-0001-l").map((m) => [m.product.id, m.variant.id])).toEqual([["tee", "tee-l"]]);
    expect(exactMatches([tee, cap], " ACC-RED-0002 ").map((m) => m.variant.id)).toEqual(["cap"]);
  });

  it("finds the variant whose barcode is the code", () => {
    expect(exactMatches([tee, cap], "4006381333931").map((m) => m.variant.id)).toEqual(["tee-m"]);
  });

  it("ignores SKUs that only contain the code (the server's search finds those too)", () => {
    expect(exactMatches([tee, cap], "TEE-0001")).toEqual([]);
    expect(exactMatches([tee, cap], "400638133393")).toEqual([]);
  });

  it("names each variant once, even when a product is listed twice", () => {
    expect(exactMatches([tee, tee], "TEE-0001-M")).toHaveLength(1);
  });

  it("reports every variant sharing a barcode", () => {
    const other = product("other", [variant("other", "OTH-0003", "4006381333931")]);
    expect(exactMatches([tee, other], "4006381333931").map((m) => m.variant.id)).toEqual(["tee-m", "other"]);
  });
});

describe("codeKind", () => {
  it("tells a SKU or a barcode from a name", () => {
    expect(codeKind("tee-0001-m")).toBe("sku");
    expect(codeKind("4006381333931")).toBe("barcode");
    expect(codeKind("hoodie")).toBeNull();
    expect(codeKind("12")).toBeNull();
  });
});
