import { describe, expect, it } from "vitest";
import { chooseValue, defaultVariant, valueState, type ChoosableVariant } from "./variant-choice";

const variant = (id: string, Size: string, Colour: string, inStock = true): ChoosableVariant => ({ id, options: { Size, Colour }, inStock });

// A tee in S, M and L; red in every size, blue only in M and L, and blue M is sold out.
const tee = [
  variant("s-red", "S", "red"),
  variant("m-red", "M", "red"),
  variant("l-red", "L", "red"),
  variant("m-blue", "M", "blue", false),
  variant("l-blue", "L", "blue"),
];

describe("defaultVariant", () => {
  it("takes the variant asked for, else the first in stock, else the first", () => {
    expect(defaultVariant(tee, "l-blue")?.id).toBe("l-blue");
    expect(defaultVariant(tee, "gone")?.id).toBe("s-red");
    expect(defaultVariant(tee, null)?.id).toBe("s-red");
    const soldOut = tee.map((v) => ({ ...v, inStock: false }));
    expect(defaultVariant(soldOut)?.id).toBe("s-red");
    expect(defaultVariant([])).toBeUndefined();
  });

  it("takes the asked-for variant even when it is sold out", () => {
    expect(defaultVariant(tee, "m-blue")?.id).toBe("m-blue");
  });
});

describe("valueState", () => {
  it("says which values go with the others chosen", () => {
    const mRed = { Size: "M", Colour: "red" };
    expect(valueState(tee, mRed, "Colour", "red")).toBe("available");
    expect(valueState(tee, mRed, "Colour", "blue")).toBe("sold-out");
    expect(valueState(tee, mRed, "Size", "S")).toBe("available");
    const lBlue = { Size: "L", Colour: "blue" };
    expect(valueState(tee, lBlue, "Size", "S")).toBe("unavailable");
    expect(valueState(tee, lBlue, "Size", "M")).toBe("sold-out");
    expect(valueState(tee, lBlue, "Size", "L")).toBe("available");
  });

  it("looks at one option alone when nothing else is chosen", () => {
    expect(valueState(tee, {}, "Colour", "blue")).toBe("available");
    expect(valueState(tee, {}, "Colour", "green")).toBe("unavailable");
  });

  it("treats a product without options as its one variant", () => {
    expect(valueState([{ id: "only", options: {}, inStock: false }], {}, "Colour", "red")).toBe("unavailable");
  });
});

describe("chooseValue", () => {
  it("keeps the other values when that variant exists, in stock or not", () => {
    expect(chooseValue(tee, { Size: "M", Colour: "red" }, "Size", "L")?.id).toBe("l-red");
    expect(chooseValue(tee, { Size: "M", Colour: "red" }, "Colour", "blue")?.id).toBe("m-blue");
  });

  it("moves the other options to a variant that has the value when the combination does not exist", () => {
    // Blue S does not exist: blue in a size that has it, in stock first (L before sold-out M).
    expect(chooseValue(tee, { Size: "S", Colour: "red" }, "Colour", "blue")?.id).toBe("l-blue");
    // Small only comes in red.
    expect(chooseValue(tee, { Size: "L", Colour: "blue" }, "Size", "S")?.id).toBe("s-red");
  });

  it("keeps as many of the other choices as it can", () => {
    const three = [
      { id: "a", options: { Size: "M", Colour: "red", Fit: "slim" }, inStock: true },
      { id: "b", options: { Size: "L", Colour: "red", Fit: "regular" }, inStock: true },
      { id: "c", options: { Size: "L", Colour: "blue", Fit: "slim" }, inStock: true },
    ];
    expect(chooseValue(three, { Size: "M", Colour: "blue", Fit: "slim" }, "Size", "L")?.id).toBe("c");
  });

  it("finds nothing for a value no variant has", () => {
    expect(chooseValue(tee, { Size: "M", Colour: "red" }, "Colour", "green")).toBeUndefined();
  });
});
