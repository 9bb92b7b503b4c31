import * as fc from "fast-check";
import { z } from "zod";

// fast-check arbitraries derived from zod 4 schemas, by walking `schema._zod.def`: values the
// schema accepts, so a fuzzer can start from inputs that reach the service and database code
// and then break them (see mutate.ts). Every kind of schema zod 4 has is handled; where the
// structure alone cannot say what is valid (refinements, transforms, pipes) the derived values
// are checked against the schema itself, and a dictionary of realistic strings (time zones,
// currencies, tokens, slugs of real rows) fills in what random text can't hit.

export type Schema = z.core.$ZodType;

/** The parts of a zod 4 definition this walk reads; the rest of `_zod.def` varies per type. */
export interface Def {
  type: string;
  format?: string;
  pattern?: RegExp;
  checks?: readonly { _zod: { def: unknown } }[];
  [key: string]: unknown;
}

/** One `.min()`, `.regex()`, `.refine()`… attached to a schema. */
export interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number | bigint | Date;
  maximum?: number | bigint | Date;
  length?: number;
  value?: number | bigint | Date;
  inclusive?: boolean;
  prefix?: string;
  suffix?: string;
  includes?: string;
}

export function defOf(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

export function checksOf(schema: Schema): CheckDef[] {
  return (defOf(schema).checks ?? []).map((c) => c._zod.def as CheckDef);
}

/**
 * The schema's own examples (`.meta({ examples })`) mixed into its values: where refinements
 * tie fields together (a product's variants naming its options), random values seldom pass,
 * and an example is a valid start the fuzzer then breaks.
 */
function withExamples<T>(schema: Schema, arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  const examples = z.globalRegistry.get(schema)?.examples;
  if (!Array.isArray(examples) || examples.length === 0) return arb;
  return fc.oneof({ weight: 1, arbitrary: arb }, { weight: 3, arbitrary: fc.constantFrom(...(examples as T[])) });
}

/** Whether a value passes the schema (sync; an async refinement counts as a refusal). */
export function accepts(schema: Schema, value: unknown): boolean {
  try {
    return z.safeParse(schema, value).success;
  } catch {
    return false;
  }
}

/** Wrappers that only change whether undefined/null pass, or add a default: their inner schema. */
const wrappers = new Set(["optional", "nullable", "default", "prefault", "nonoptional", "readonly", "catch", "success"]);

/** The schema under optional/nullable/default/readonly/catch (and a pipe's input side). */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const d = defOf(s);
    if (wrappers.has(d.type)) s = d.innerType as Schema;
    else if (d.type === "pipe") s = d.in as Schema;
    else if (d.type === "lazy") s = (d.getter as () => Schema)();
    else return s;
  }
  return s;
}

/** Does the schema (through its wrappers) accept null? */
export function acceptsNull(schema: Schema): boolean {
  return accepts(schema, null);
}

export interface StringBounds {
  min: number;
  max: number;
  patterns: RegExp[];
  format: string | undefined;
  prefix: string;
  suffix: string;
  includes: string;
  casing: "lower" | "upper" | undefined;
}

export function stringBounds(schema: Schema): StringBounds {
  const d = defOf(schema);
  const bounds: StringBounds = {
    min: 0,
    max: Infinity,
    patterns: [],
    format: typeof d.format === "string" ? d.format : undefined,
    prefix: "",
    suffix: "",
    includes: "",
    casing: undefined,
  };
  for (const c of checksOf(schema)) {
    if (c.check === "min_length" && typeof c.minimum === "number") bounds.min = Math.max(bounds.min, c.minimum);
    else if (c.check === "max_length" && typeof c.maximum === "number") bounds.max = Math.min(bounds.max, c.maximum);
    else if (c.check === "length_equals" && typeof c.length === "number") bounds.min = bounds.max = c.length;
    else if (c.check === "string_format") {
      if (c.format === "regex" && c.pattern) bounds.patterns.push(c.pattern);
      else if (c.format === "starts_with") bounds.prefix = c.prefix ?? "";
      else if (c.format === "ends_with") bounds.suffix = c.suffix ?? "";
      else if (c.format === "includes") bounds.includes = c.includes ?? "";
      else if (c.format === "lowercase") bounds.casing = "lower";
      else if (c.format === "uppercase") bounds.casing = "upper";
      else bounds.format ??= c.format;
    }
  }
  return bounds;
}

export interface NumberBounds {
  min: number;
  max: number;
  minInclusive: boolean;
  maxInclusive: boolean;
  integer: boolean;
  multipleOf: number | undefined;
}

const numberFormats: Record<string, [number, number]> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint32: [0, 2 ** 32 - 1],
  float32: [-3.4028234663852886e38, 3.4028234663852886e38],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
};

export function numberBounds(schema: Schema): NumberBounds {
  const b: NumberBounds = { min: -Infinity, max: Infinity, minInclusive: true, maxInclusive: true, integer: false, multipleOf: undefined };
  const applyFormat = (format: string | undefined) => {
    const range = format ? numberFormats[format] : undefined;
    if (!range || !format) return;
    if (format !== "float32" && format !== "float64") b.integer = true;
    b.min = Math.max(b.min, range[0]);
    b.max = Math.min(b.max, range[1]);
  };
  applyFormat(defOf(schema).format);
  for (const c of checksOf(schema)) {
    if (c.check === "number_format") applyFormat(c.format);
    else if (c.check === "greater_than" && typeof c.value === "number" && c.value >= b.min) {
      b.min = c.value;
      b.minInclusive = c.inclusive ?? true;
    } else if (c.check === "less_than" && typeof c.value === "number" && c.value <= b.max) {
      b.max = c.value;
      b.maxInclusive = c.inclusive ?? true;
    } else if (c.check === "multiple_of" && typeof c.value === "number") b.multipleOf = c.value;
  }
  return b;
}

export interface LengthBounds {
  min: number;
  max: number;
}

export function arrayBounds(schema: Schema): LengthBounds {
  const b = { min: 0, max: Infinity };
  for (const c of checksOf(schema)) {
    if (c.check === "min_length" && typeof c.minimum === "number") b.min = Math.max(b.min, c.minimum);
    else if (c.check === "max_length" && typeof c.maximum === "number") b.max = Math.min(b.max, c.maximum);
    else if (c.check === "length_equals" && typeof c.length === "number") b.min = b.max = c.length;
  }
  return b;
}

/** The keys an object schema requires (not optional, no default). */
export function requiredKeys(objectSchema: Schema): string[] {
  const shape = defOf(objectSchema).shape as Record<string, Schema>;
  return Object.keys(shape).filter((k) => shape[k]!._zod.optin !== "optional");
}

export interface DeriveOptions {
  /** Ids of real rows; uuids are sometimes drawn from these so valid inputs reach real objects. */
  knownIds?: readonly string[];
  /** Realistic strings of this deployment (its currency, slugs, codes, tokens, emails…): a string schema that accepts some generates them often. */
  dictionary?: readonly string[];
  /** Longest array made for a valid value, beyond the schema's minimum (its maximum is also tried). */
  maxArrayLength?: number;
  /** Longest random string made for a valid value, beyond the schema's minimum (its maximum is also tried). */
  maxStringLength?: number;
}

/** Strings that are valid somewhere: time zones, currencies, countries, times, colours. */
export const defaultDictionary: readonly string[] = [
  ...Intl.supportedValuesOf("timeZone").filter((_, i) => i % 17 === 0),
  "UTC",
  "Europe/Amsterdam",
  "America/New_York",
  "Asia/Tokyo",
  "Pacific/Chatham",
  ...Intl.supportedValuesOf("currency").filter((_, i) => i % 9 === 0),
  "EUR",
  "USD",
  "GBP",
  "JPY",
  "KWD",
  "CHF",
  "NL",
  "DE",
  "US",
  "GB",
  "JP",
  "FR",
  "00:00",
  "09:00",
  "12:30",
  "17:00",
  "23:59",
  "#000000",
  "#ffffff",
  "#1d4ed8",
  "#123456",
  "https://example.com/image.png",
  "http://example.test/a.jpg",
  "data:image/png;base64,iVBORw0KGgo=",
  "order.placed",
  "payment.succeeded",
  "product.created",
  "order.status_changed",
  "1",
  "42",
  "1001",
  "9223372036854775807",
];

/** Builds a fast-check arbitrary of values `schema` accepts. */
export function arbitraryFor(schema: Schema, options: DeriveOptions = {}): fc.Arbitrary<unknown> {
  return new Deriver(options).derive(schema);
}

const sampleSize = 40;

class Deriver {
  private readonly cache = new Map<Schema, fc.Arbitrary<unknown>>();
  private readonly dictionary: readonly string[];
  private readonly general: readonly string[];
  private readonly maxArray: number;
  private readonly maxString: number;

  constructor(private readonly options: DeriveOptions) {
    this.dictionary = options.dictionary ?? [];
    this.general = defaultDictionary;
    this.maxArray = options.maxArrayLength ?? 4;
    this.maxString = options.maxStringLength ?? 40;
  }

  derive(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
    const cached = this.cache.get(schema);
    if (cached) return cached;
    const arb = this.build(schema, depth);
    if (defOf(schema).type !== "lazy") this.cache.set(schema, arb);
    return arb;
  }

  /** Keeps only values the schema accepts, if sampling shows that some are (else the raw arbitrary). */
  private validated<T>(schema: Schema, arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
    const sample = fc.sample(arb, { numRuns: sampleSize, seed: 7 });
    const passing = sample.filter((v) => accepts(schema, v)).length;
    if (passing === 0) return arb;
    return arb.filter((v) => accepts(schema, v));
  }

  private build(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const d = defOf(schema);
    const hasRefinement = checksOf(schema).some((c) => c.check === "custom" || c.check === "overwrite");
    switch (d.type) {
      case "string":
        return this.string(schema);
      case "number":
        return this.number(schema);
      case "bigint":
        return this.bigint(schema);
      case "boolean":
        return fc.boolean();
      case "date":
        return this.date(schema);
      case "enum":
        return fc.constantFrom(...Object.values(d.entries as Record<string, string | number>));
      case "literal":
        return fc.constantFrom(...(d.values as unknown[]));
      case "null":
        return fc.constant(null);
      case "undefined":
      case "void":
      case "never":
        return fc.constant(undefined);
      case "nan":
        return fc.constant(Number.NaN);
      case "any":
      case "unknown":
        return jsonish();
      case "symbol":
        return fc.constant(Symbol("fuzz"));
      case "object": {
        const shape = d.shape as Record<string, Schema>;
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, field] of Object.entries(shape)) model[key] = this.derive(field, depth + 1);
        const arb = withExamples(schema, fc.record(model, { requiredKeys: requiredKeys(schema), noNullPrototype: true }));
        return hasRefinement ? this.validated(schema, arb) : arb;
      }
      case "array": {
        const element = this.derive(d.element as Schema, depth + 1);
        const { min, max } = arrayBounds(schema);
        const upTo = Math.min(max, min + this.maxArray);
        const options: fc.WeightedArbitrary<unknown[]>[] = [{ weight: 5, arbitrary: fc.array(element, { minLength: min, maxLength: upTo }) }];
        if (Number.isFinite(max) && max > upTo && max <= 200) options.push({ weight: 1, arbitrary: fc.array(element, { minLength: max, maxLength: max }) });
        const arb = fc.oneof(...options);
        return hasRefinement ? this.validated(schema, arb) : arb;
      }
      case "tuple": {
        const items = (d.items as Schema[]).map((item) => this.derive(item, depth + 1));
        const rest = d.rest ? this.derive(d.rest as Schema, depth + 1) : undefined;
        const arb = rest
          ? fc.tuple(fc.tuple(...items), fc.array(rest, { maxLength: this.maxArray })).map(([head, tail]) => [...head, ...tail])
          : fc.tuple(...items);
        return this.validated(schema, arb);
      }
      case "record": {
        const key = this.derive(d.keyType as Schema, depth + 1).filter((k): k is string => typeof k === "string");
        return this.validated(schema, fc.dictionary(key, this.derive(d.valueType as Schema, depth + 1), { maxKeys: this.maxArray, noNullPrototype: true }));
      }
      case "map":
        return fc
          .array(fc.tuple(this.derive(d.keyType as Schema, depth + 1), this.derive(d.valueType as Schema, depth + 1)), { maxLength: this.maxArray })
          .map((entries) => new Map(entries));
      case "set":
        return fc.array(this.derive(d.valueType as Schema, depth + 1), { maxLength: this.maxArray }).map((items) => new Set(items));
      case "union": {
        const options = (d.options as Schema[]).map((o) => this.derive(o, depth + 1));
        return fc.oneof(...options);
      }
      case "intersection": {
        const arb = fc
          .tuple(this.derive(d.left as Schema, depth + 1), this.derive(d.right as Schema, depth + 1))
          .map(([l, r]) => (l && r && typeof l === "object" && typeof r === "object" ? { ...l, ...r } : r));
        return this.validated(schema, arb);
      }
      case "optional":
      case "default":
      case "prefault":
        return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: this.derive(d.innerType as Schema, depth + 1) });
      case "nullable":
        return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: this.derive(d.innerType as Schema, depth + 1) });
      case "nonoptional":
      case "readonly":
      case "catch":
      case "success":
        return this.derive(d.innerType as Schema, depth + 1);
      case "promise":
        return this.derive(d.innerType as Schema, depth + 1);
      case "lazy":
        return depth > 6 ? fc.constant(null) : this.derive((d.getter as () => Schema)(), depth + 1);
      case "pipe": {
        const input = d.in as Schema;
        const output = d.out as Schema;
        if (defOf(output).type === "transform") return this.validated(schema, this.derive(input, depth + 1));
        // A pipe like string().trim().pipe(email()): the output side usually knows more.
        const candidates = [this.derive(output, depth + 1), this.derive(input, depth + 1)];
        const rate = (arb: fc.Arbitrary<unknown>) => fc.sample(arb, { numRuns: sampleSize, seed: 11 }).filter((v) => accepts(schema, v)).length;
        const [best] = candidates.map((arb) => ({ arb, score: rate(arb) })).sort((a, b) => b.score - a.score);
        return this.validated(schema, best!.arb);
      }
      case "transform":
        return jsonish();
      case "template_literal":
      case "custom":
        return this.validated(schema, fc.oneof(fc.string(), jsonish(), this.dictionaryFor(schema) ?? fc.constant("")));
      case "file":
      case "function":
        return fc.constant(undefined);
      default:
        return jsonish();
    }
  }

  private dictionaryFor(schema: Schema, words: readonly string[] = [...this.dictionary, ...this.general]): fc.Arbitrary<string> | undefined {
    const fits = words.filter((s) => accepts(schema, s));
    return fits.length ? fc.constantFrom(...fits) : undefined;
  }

  private string(schema: Schema): fc.Arbitrary<string> {
    const { min, max, patterns, format, prefix, suffix, includes, casing } = stringBounds(schema);
    const options: fc.WeightedArbitrary<string>[] = [];
    const known = this.options.knownIds ?? [];
    const d = defOf(schema);
    if (format === "uuid" || format === "guid") {
      options.push({ weight: 3, arbitrary: fc.uuid() });
      if (known.length) options.push({ weight: 2, arbitrary: fc.constantFrom(...known) });
    } else if (format === "email") {
      options.push({ weight: 3, arbitrary: simpleEmail() }, { weight: 1, arbitrary: fc.emailAddress() });
    } else if (format === "url") {
      options.push({ weight: 3, arbitrary: fc.webUrl() });
    } else if (prefix || suffix || includes || casing) {
      const fixed = prefix.length + suffix.length + includes.length;
      options.push({
        weight: 4,
        arbitrary: this.plainText(Math.max(0, min - fixed), Math.max(0, max - fixed)).map((s) => {
          const text = `${prefix}${s.slice(0, s.length >> 1)}${includes}${s.slice(s.length >> 1)}${suffix}`;
          return casing === "lower" ? text.toLowerCase() : casing === "upper" ? text.toUpperCase() : text;
        }),
      });
    } else if (format && d.pattern instanceof RegExp) {
      const matching = stringMatching(d.pattern);
      if (matching) options.push({ weight: 3, arbitrary: matching });
    }
    const pattern = patterns[0];
    if (pattern) {
      const matching = stringMatching(pattern);
      if (matching) options.push({ weight: 4, arbitrary: matching });
    }
    if (!options.length)
      options.push({
        weight: 4,
        arbitrary: this.plainText(min, max).map((s) => (casing === "lower" ? s.toLowerCase() : casing === "upper" ? s.toUpperCase() : s)),
      });
    // This deployment's own values (its currency, real slugs), often where random text rarely fits, then generally valid ones (time zones…).
    const own = this.dictionaryFor(schema, this.dictionary);
    if (own) {
      const fitting = fc.sample(fc.oneof(...options), { numRuns: sampleSize, seed: 5 }).filter((v) => accepts(schema, v)).length;
      options.push({ weight: fitting < sampleSize / 2 ? 8 : 1, arbitrary: own });
    }
    const general = this.dictionaryFor(schema, this.general);
    if (general) options.push({ weight: 1, arbitrary: general });
    if (!format && !pattern && Number.isFinite(max) && max > min) {
      // The longest value the schema allows.
      options.push({
        weight: 1,
        arbitrary: max <= 5_000 ? fc.string({ unit: "grapheme-ascii", minLength: max, maxLength: max }) : fc.constant("x".repeat(max)),
      });
    }
    return this.validated(schema, fc.oneof(...options));
  }

  private plainText(min: number, max: number): fc.Arbitrary<string> {
    const upTo = Math.min(max, min + this.maxString);
    const options: fc.WeightedArbitrary<string>[] = [
      { weight: 4, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: min, maxLength: upTo }) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: min, maxLength: upTo }) },
    ];
    // Words, as people type them (only where a few words fit the bounds).
    if (min <= 12 && max >= 12) options.push({ weight: 2, arbitrary: fc.lorem({ maxCount: 6 }).map((s) => s.slice(0, max)) });
    return fc.oneof(...options);
  }

  private number(schema: Schema): fc.Arbitrary<number> {
    const b = numberBounds(schema);
    let arb: fc.Arbitrary<number>;
    if (b.integer || b.multipleOf !== undefined) {
      const step = b.multipleOf ?? 1;
      let lo = Math.max(b.min, Number.MIN_SAFE_INTEGER);
      let hi = Math.min(b.max, Number.MAX_SAFE_INTEGER);
      lo = Math.ceil(lo / step) * step;
      hi = Math.floor(hi / step) * step;
      if (!b.minInclusive && lo === b.min) lo += step;
      if (!b.maxInclusive && hi === b.max) hi -= step;
      const [kLo, kHi] = [Math.ceil(lo / step), Math.floor(hi / step)];
      if (kLo > kHi) return fc.constant(lo);
      const near = (k: number) => Math.min(kHi, Math.max(kLo, k));
      const ks = fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: kLo, max: Math.min(kHi, Math.max(kLo, kLo + 1_000)) }) },
        { weight: 2, arbitrary: fc.integer({ min: kLo, max: kHi }) },
        // The bounds themselves, and the 32-bit edges when they are inside.
        { weight: 2, arbitrary: fc.constantFrom(kLo, kHi, near(0), near(1), near(2 ** 31 - 1), near(2 ** 31), near(-(2 ** 31))) },
      );
      arb = ks.map((k) => k * step);
    } else {
      const lo = Number.isFinite(b.min) ? b.min : -1e12;
      const hi = Number.isFinite(b.max) ? b.max : 1e12;
      arb = fc.oneof(
        {
          weight: 4,
          arbitrary: fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true, minExcluded: !b.minInclusive, maxExcluded: !b.maxInclusive }),
        },
        { weight: 1, arbitrary: fc.constantFrom(lo, hi) },
      );
    }
    return this.validated(schema, arb);
  }

  private bigint(schema: Schema): fc.Arbitrary<bigint> {
    let min: bigint | undefined;
    let max: bigint | undefined;
    for (const c of checksOf(schema)) {
      if (c.check === "greater_than" && typeof c.value === "bigint") min = c.inclusive ? c.value : c.value + 1n;
      if (c.check === "less_than" && typeof c.value === "bigint") max = c.inclusive ? c.value : c.value - 1n;
    }
    return this.validated(schema, fc.bigInt({ ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }));
  }

  private date(schema: Schema): fc.Arbitrary<Date> {
    let min: Date | undefined;
    let max: Date | undefined;
    for (const c of checksOf(schema)) {
      if (c.check === "greater_than" && c.value instanceof Date) min = c.value;
      if (c.check === "less_than" && c.value instanceof Date) max = c.value;
    }
    return this.validated(schema, fc.date({ noInvalidDate: true, ...(min ? { min } : {}), ...(max ? { max } : {}) }));
  }
}

/** fast-check can't generate every regex (lookarounds); those fall back to other strategies. */
function stringMatching(pattern: RegExp): fc.Arbitrary<string> | undefined {
  try {
    const arb = fc.stringMatching(pattern);
    fc.sample(arb, { numRuns: 1, seed: 1 });
    return arb;
  } catch {
    return undefined;
  }
}

function simpleEmail(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,14}[a-z0-9])?$/), fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.constantFrom("test", "example", "com", "nl"))
    .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
}

/** Plain JSON-like values (plain prototypes, so they serialize like a client's). */
export function jsonish(): fc.Arbitrary<unknown> {
  return fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
}
