import { z } from "zod";
import { DomainError } from "./errors";

// Money is an integer number of minor units (cents, pence, yen) with its ISO 4217 currency.
// Floats never hold money; arithmetic refuses to mix currencies.

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code such as EUR")
  .refine(isKnownCurrency, "is not a currency this platform knows");

export const minorUnitsSchema = z.number().int("must be a whole number of minor units (e.g. cents)").min(0, "cannot be negative").max(Number.MAX_SAFE_INTEGER);

export const moneySchema = z.object({ amount: minorUnitsSchema, currency: currencySchema });
export type Money = z.infer<typeof moneySchema>;

function isKnownCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat("en", { style: "currency", currency: code });
    return Intl.supportedValuesOf("currency").includes(code);
  } catch {
    return false;
  }
}

/** Digits after the decimal point for a currency: 2 for EUR, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function money(amount: number, currency: string): Money {
  if (!Number.isInteger(amount)) throw new DomainError("VALIDATION", `Money amount must be a whole number of minor units, got ${amount}`);
  if (!Number.isSafeInteger(amount)) throw new DomainError("VALIDATION", "The amount is larger than the platform can hold", { max: Number.MAX_SAFE_INTEGER });
  return { amount, currency };
}

/**
 * An amount as stored (money columns are 64-bit, read as bigint) as a number of minor units.
 * Every amount written passed `money()`, so it is a safe integer; anything else is corruption.
 */
export function storedAmount(value: bigint | number): number {
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) throw new Error(`A stored amount (${String(value)}) is outside the safe integer range`);
  return amount;
}

/** A stored amount (see `storedAmount`) with its currency. */
export const storedMoney = (value: bigint | number, currency: string): Money => money(storedAmount(value), currency);

export const zero = (currency: string): Money => money(0, currency);

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new DomainError("VALIDATION", `Cannot combine ${a.currency} with ${b.currency}`);
  }
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function multiply(a: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) throw new DomainError("VALIDATION", `Quantity must be a whole number, got ${quantity}`);
  return money(a.amount * quantity, a.currency);
}

export function sum(items: readonly Money[], currency: string): Money {
  return items.reduce((total, m) => add(total, m), zero(currency));
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount === b.amount ? 0 : a.amount < b.amount ? -1 : 1;
}

/** Splits an amount into parts proportional to weights, distributing the remainder so parts sum exactly. */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  const weightSum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0 || weightSum <= 0 || weights.some((w) => w < 0)) {
    throw new DomainError("VALIDATION", "Allocation needs non-negative weights with a positive sum");
  }
  const parts = weights.map((w) => Math.floor((total.amount * w) / weightSum));
  let remainder = total.amount - parts.reduce((s, p) => s + p, 0);
  for (let i = 0; remainder > 0; i = (i + 1) % parts.length) {
    if (weights[i]! > 0) {
      parts[i]! += 1;
      remainder -= 1;
    }
  }
  return parts.map((p) => money(p, total.currency));
}

/** Decimal string for a form field: 1999 EUR → "19.99", 500 JPY → "500". */
export function toDecimalString(m: Money): string {
  const digits = minorUnitDigits(m.currency);
  if (digits === 0) return String(m.amount);
  const sign = m.amount < 0 ? "-" : "";
  const abs = Math.abs(m.amount)
    .toString()
    .padStart(digits + 1, "0");
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** Parses what a person typed ("19.99", "19,99", "20") into minor units, exactly, without floats. */
export function parseDecimal(input: string, currency: string): Money {
  const digits = minorUnitDigits(currency);
  const text = input.trim().replace(",", ".");
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) throw new DomainError("VALIDATION", `"${input}" is not an amount`);
  const fraction = match[2] ?? "";
  if (fraction.length > digits) {
    throw new DomainError("VALIDATION", `${currency} amounts have at most ${digits} decimal places`);
  }
  const amount = Number(match[1]! + fraction.padEnd(digits, "0"));
  return money(amount, currency);
}

export function formatMoney(m: Money, locale = "en-GB"): string {
  const digits = minorUnitDigits(m.currency);
  return new Intl.NumberFormat(locale, { style: "currency", currency: m.currency }).format(m.amount / 10 ** digits);
}
