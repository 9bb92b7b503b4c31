import { describe, expect, it } from "vitest";
import { add, allocate, formatMoney, money, multiply, parseDecimal, subtract, sum, toDecimalString, minorUnitDigits, moneySchema } from "./money";

describe("money", () => {
  it("adds, subtracts and multiplies in minor units", () => {
    expect(add(money(1999, "EUR"), money(1, "EUR"))).toEqual({ amount: 2000, currency: "EUR" });
    expect(subtract(money(1000, "EUR"), money(1, "EUR")).amount).toBe(999);
    expect(multiply(money(1999, "EUR"), 3).amount).toBe(5997);
    expect(sum([money(10, "USD"), money(20, "USD")], "USD").amount).toBe(30);
  });

  it("refuses to mix currencies and fractional minor units", () => {
    expect(() => add(money(1, "EUR"), money(1, "USD"))).toThrow("Cannot combine EUR with USD");
    expect(() => money(10.5, "EUR")).toThrow(/whole number/);
    expect(() => multiply(money(10, "EUR"), 1.5)).toThrow(/whole number/);
  });

  it("knows each currency's minor units", () => {
    expect(minorUnitDigits("EUR")).toBe(2);
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("KWD")).toBe(3);
  });

  it("parses typed amounts exactly, without floating point", () => {
    expect(parseDecimal("19.99", "EUR").amount).toBe(1999);
    expect(parseDecimal("0.1", "EUR").amount).toBe(10);
    expect(parseDecimal("19,9", "EUR").amount).toBe(1990);
    expect(parseDecimal("1234", "JPY").amount).toBe(1234);
    expect(parseDecimal("1.005", "KWD").amount).toBe(1005);
    expect(() => parseDecimal("1.999", "EUR")).toThrow("EUR amounts have at most 2 decimal places");
    expect(() => parseDecimal("abc", "EUR")).toThrow('"abc" is not an amount');
    expect(() => parseDecimal("1.5", "JPY")).toThrow(/at most 0 decimal/);
  });

  it("round-trips through decimal strings", () => {
    expect(toDecimalString(money(5, "EUR"))).toBe("0.05");
    expect(toDecimalString(money(123456, "EUR"))).toBe("1234.56");
    expect(toDecimalString(money(500, "JPY"))).toBe("500");
  });

  it("allocates without losing a cent", () => {
    const parts = allocate(money(1000, "EUR"), [1, 1, 1]);
    expect(parts.map((p) => p.amount)).toEqual([334, 333, 333]);
    expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(1000);
    expect(allocate(money(5, "EUR"), [0, 1]).map((p) => p.amount)).toEqual([0, 5]);
  });

  it("formats for people", () => {
    expect(formatMoney(money(1999, "EUR"), "en-GB")).toBe("€19.99");
    expect(formatMoney(money(1999, "JPY"), "en-GB")).toBe("JP¥1,999");
  });

  it("validates money input", () => {
    expect(moneySchema.safeParse({ amount: 100, currency: "EUR" }).success).toBe(true);
    expect(moneySchema.safeParse({ amount: 1.5, currency: "EUR" }).success).toBe(false);
    expect(moneySchema.safeParse({ amount: 100, currency: "eur" }).success).toBe(false);
    expect(moneySchema.safeParse({ amount: 100, currency: "XYZ" }).success).toBe(false);
    expect(moneySchema.safeParse({ amount: -1, currency: "EUR" }).success).toBe(false);
  });
});
