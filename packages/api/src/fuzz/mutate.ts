import * as fc from "fast-check";
import { acceptsNull, arrayBounds, defOf, jsonish, numberBounds, requiredKeys, stringBounds, unwrap, type Schema } from "./zod-arbitrary";

// Mutations of a valid input, guided by its schema: wrong types, boundary numbers, huge and odd
// strings, unknown fields, missing required fields, null where none is allowed, arrays that are
// too long, deep nesting. Each mutation carries a note ("customer.name ← NUL inside") so a
// failure report says what was broken.

export type PathKey = string | number;
type Kind = "string" | "number" | "boolean" | "date" | "bigint" | "enum" | "object" | "array" | "union" | "other";

/** A place in the input that can be broken, with the schema that governs it. */
export interface Slot {
  path: PathKey[];
  schema: Schema | undefined;
  kind: Kind;
  /** Whether the valid value has something here (an optional field may be absent). */
  present: boolean;
}

export interface Mutation {
  path: PathKey[];
  /** The new value, or `remove` to delete the field. */
  value: unknown;
  remove?: boolean;
  note: string;
}

export interface MutatedInput {
  input: unknown;
  /** What was done to the valid value: empty when it is sent as derived. */
  notes: string[];
}

// ---------------------------------------------------------------------------------------------
// Value pools

const nul = "\u0000";

/** Strings that break naive text handling: NUL, lone surrogates, bidi and zero-width, SQL and format syntax. */
export const oddStrings: readonly string[] = [
  nul,
  `a${nul}b`,
  `${nul}${nul}${nul}`,
  "\ud800",
  "\udfff",
  "x\ud800y",
  "\udfff\ud800",
  "\ud83d", // lone surrogates (and a half emoji)
  "\u202eevil\u202c",
  "\u200f\u05e9\u05dc\u05d5\u05dd",
  "\u0627\u0644\u0633\u0644\u0627\u0645", // RTL override, Hebrew, Arabic
  "\u200b",
  "\u200d\u200c\ufeff",
  "\u00a0",
  "\u2028\u2029",
  "\ufffe\uffff", // zero-width, BOM, separators, non-characters
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "e\u0301\u0301\u0301",
  "𝕳𝖊𝖑𝖑𝖔",
  "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
  "ﷺ",
  "İ",
  "ß",
  "ﬃ",
  "Ǆ",
  '\'; DROP TABLE "User"; --',
  "' OR '1'='1",
  '" OR ""="',
  "1; SELECT pg_sleep(1)",
  "$$; $$",
  "E'\\\\x00'",
  "%",
  "%%",
  "%s%s%s%n",
  "%d",
  "%00",
  "%ZZ",
  "%E0%A4%A",
  "%ff%fe",
  "_%",
  "\\",
  "\\u0000",
  "\\x00",
  "${7*7}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "\r\n",
  "\t",
  " ",
  "   ",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "toString",
  "0".repeat(40),
  "9".repeat(40),
  "-1",
  "1e309",
  "0x10",
  "١٢٣٤",
  "٣",
  "２０２６",
];

/** Strings too long for anything: 100k characters of several kinds. */
export const hugeStrings: readonly (() => string)[] = [
  () => "a".repeat(100_000),
  () => "💩".repeat(50_000),
  () => "%".repeat(100_000),
  () => `${"\u0000".repeat(1_000)}`,
  () => "9".repeat(100_000),
  () => "é".repeat(100_000),
];

/** Numbers at and beyond the edges of every numeric type (superjson carries NaN, ±Infinity and -0). */
export const boundaryNumbers: readonly number[] = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.5,
  1.0000001,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

/** Values of every type superjson can carry, for "wrong type" mutations. */
export function wrongTypeValues(): unknown[] {
  return [
    0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    "",
    "string",
    "1",
    [],
    [1, 2],
    ["a"],
    {},
    { a: 1 },
    null,
    undefined,
    new Date(0),
    new Date(Number.NaN),
    10n,
    -(2n ** 70n),
    new Set([1]),
    new Map([["a", 1]]),
    /x/g,
  ];
}

/** Field names an input should never honour. */
export const unknownKeys: readonly string[] = [
  "extra",
  "__proto__",
  "constructor",
  "prototype",
  "companyId",
  "shopId",
  "customerId",
  "role",
  "isAdmin",
  "id",
  "where",
  "AND",
  "OR",
  "select",
  "include",
  "data",
  "$queryRaw",
  "toJSON",
  "then",
  "",
  " ",
  "a.b",
  "0",
  "x".repeat(300),
  "\u0000key",
  "\ud800",
];

const kindOfValue = (v: unknown): Kind =>
  typeof v === "string"
    ? "string"
    : typeof v === "number"
      ? "number"
      : typeof v === "boolean"
        ? "boolean"
        : typeof v === "bigint"
          ? "bigint"
          : v instanceof Date
            ? "date"
            : Array.isArray(v)
              ? "array"
              : v && typeof v === "object"
                ? "object"
                : "other";

function kindOfSchema(schema: Schema, value: unknown): Kind {
  switch (defOf(schema).type) {
    case "string":
    case "template_literal":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "date":
      return "date";
    case "bigint":
      return "bigint";
    case "enum":
    case "literal":
      return "enum";
    case "object":
    case "record":
      return "object";
    case "array":
    case "tuple":
      return "array";
    case "union":
      return "union";
    default:
      return kindOfValue(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Finding the slots of a value

/** Every place in `value` (and every absent optional field) that a mutation can target. */
export function slotsOf(schema: Schema | undefined, value: unknown, path: PathKey[] = [], depth = 0): Slot[] {
  if (!schema) return [{ path, schema: undefined, kind: kindOfValue(value), present: value !== undefined }];
  const inner = unwrap(schema);
  const kind = kindOfSchema(inner, value);
  const slots: Slot[] = [{ path, schema, kind, present: value !== undefined }];
  if (depth > 8) return slots;
  const d = defOf(inner);
  if (d.type === "object") {
    const shape = d.shape as Record<string, Schema>;
    const obj = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
    for (const [key, field] of Object.entries(shape)) slots.push(...slotsOf(field, obj[key], [...path, key], depth + 1));
  } else if (d.type === "array" && Array.isArray(value)) {
    for (let i = 0; i < Math.min(value.length, 3); i++) slots.push(...slotsOf(d.element as Schema, value[i], [...path, i], depth + 1));
  } else if (d.type === "tuple" && Array.isArray(value)) {
    (d.items as Schema[]).forEach((item, i) => slots.push(...slotsOf(item, value[i], [...path, i], depth + 1)));
  } else if (d.type === "union" && value && typeof value === "object") {
    // Descend into the option this value was made from.
    const option = (d.options as Schema[]).find((o) => {
      const od = defOf(unwrap(o));
      return od.type === "object" && Object.keys(value).every((k) => k in (od.shape as object));
    });
    if (option) slots.push(...slotsOf(option, value, path, depth + 1).slice(1));
  }
  return slots;
}

// ---------------------------------------------------------------------------------------------
// Mutations per slot

const set = (slot: Slot, value: unknown, note: string): Mutation => ({ path: slot.path, value, note });

function stringMutations(slot: Slot, current: unknown): fc.Arbitrary<Mutation>[] {
  const base = typeof current === "string" ? current : "valid";
  const bounds = slot.schema ? stringBounds(unwrap(slot.schema)) : { min: 0, max: Infinity };
  const odd = fc.constantFrom(...oddStrings).map((s) => set(slot, s, `odd string ${preview(s)}`));
  // Near-valid: the valid value with an odd piece inside, so it passes length and format checks and reaches the database.
  const inside = fc.tuple(fc.constantFrom(...oddStrings.filter((s) => s.length <= 4)), fc.constantFrom("start", "middle", "end")).map(([piece, where]) => {
    const at = where === "start" ? 0 : where === "end" ? base.length : Math.floor(base.length / 2);
    const s = base.slice(0, at) + piece + base.slice(at);
    return set(slot, s, `${preview(piece)} at the ${where} of a valid value`);
  });
  const out: fc.Arbitrary<Mutation>[] = [
    odd,
    odd,
    inside,
    inside,
    inside,
    fc.constantFrom(...hugeStrings).map((make) => {
      const s = make();
      return set(slot, s, `huge string ${preview(s)}`);
    }),
    fc.string({ unit: "binary", maxLength: 30 }).map((s) => set(slot, s, `random UTF-16 ${preview(s)}`)),
    fc.constantFrom("", " ", "\t\n").map((s) => set(slot, s, `blank ${JSON.stringify(s)}`)),
    fc.stringMatching(/^[0-9]{40}$/).map((s) => set(slot, s, "40-digit number as a string")),
  ];
  if (Number.isFinite(bounds.max) && bounds.max < 100_000)
    out.push(fc.constant(set(slot, base.padEnd(bounds.max + 1, base || "x"), `one longer than max ${bounds.max}`)));
  if (bounds.min > 0) out.push(fc.constant(set(slot, base.slice(0, bounds.min - 1), `one shorter than min ${bounds.min}`)));
  return out;
}

function numberMutations(slot: Slot, current: unknown): fc.Arbitrary<Mutation>[] {
  const b = slot.schema ? numberBounds(unwrap(slot.schema)) : undefined;
  const edges: number[] = [...boundaryNumbers];
  if (b) for (const v of [b.min, b.max]) if (Number.isFinite(v)) edges.push(v, v - 1, v + 1, v - 0.5, v + 0.5);
  const out: fc.Arbitrary<Mutation>[] = [
    fc.constantFrom(...edges).map((n) => set(slot, n, `number ${numberNote(n)}`)),
    fc.double().map((n) => set(slot, n, `random double ${numberNote(n)}`)),
    fc.constantFrom("1", "1e3", " 1", "0x1", "1_000", "").map((s) => set(slot, s, `number as string ${JSON.stringify(s)}`)),
  ];
  if (typeof current === "number")
    out.push(fc.constant(set(slot, -current, `negated ${numberNote(-current)}`)), fc.constant(set(slot, current + 0.5, "a fraction")));
  return out;
}

function objectMutations(slot: Slot, current: unknown): fc.Arbitrary<Mutation>[] {
  const obj = current && typeof current === "object" && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
  const out: fc.Arbitrary<Mutation>[] = [
    fc.tuple(fc.constantFrom(...unknownKeys), fc.oneof(fc.constantFrom(...oddStrings), fc.constantFrom(...wrongTypeValues()))).map(([key, v]) => {
      const next: Record<string, unknown> = { ...obj };
      Object.defineProperty(next, key, { value: v, enumerable: true, configurable: true, writable: true });
      return set(slot, next, `unknown field ${preview(key)}`);
    }),
    fc.constant(set(slot, {}, "empty object")),
    fc.constant(set(slot, Object.values(obj), "an array of the object's values")),
  ];
  const inner = slot.schema ? unwrap(slot.schema) : undefined;
  const required = inner && defOf(inner).type === "object" ? requiredKeys(inner).filter((k) => k in obj) : Object.keys(obj);
  if (required.length) {
    out.push(fc.constantFrom(...required).map((key) => ({ path: [...slot.path, key], value: undefined, remove: true, note: `required field ${key} missing` })));
  }
  return out;
}

function arrayMutations(slot: Slot, current: unknown): fc.Arbitrary<Mutation>[] {
  const arr = Array.isArray(current) ? current : [];
  const bounds = slot.schema && defOf(unwrap(slot.schema)).type === "array" ? arrayBounds(unwrap(slot.schema)) : { min: 0, max: Infinity };
  const filler = arr.length ? arr[0] : null;
  const out: fc.Arbitrary<Mutation>[] = [
    fc.constant(set(slot, [], "empty array")),
    fc.constantFrom(1_000, 10_000).map((n) =>
      set(
        slot,
        Array.from({ length: n }, () => structuredClone(filler)),
        `array of ${n}`,
      ),
    ),
    fc.constant(set(slot, [...arr, null], "a null element")),
    fc.constant(set(slot, [arr], "nested one level deeper")),
    fc.constant(set(slot, [...arr, ...arr, ...arr], "elements repeated")),
  ];
  if (Number.isFinite(bounds.max))
    out.push(
      fc.constant(
        set(
          slot,
          Array.from({ length: bounds.max + 1 }, (_, i) => structuredClone(arr[i % Math.max(arr.length, 1)] ?? filler)),
          `one longer than max ${bounds.max}`,
        ),
      ),
    );
  return out;
}

function dateMutations(slot: Slot): fc.Arbitrary<Mutation>[] {
  return [
    fc
      .constantFrom(new Date(Number.NaN), new Date(8.64e15), new Date(-8.64e15), new Date(-62198755200000), new Date(253402300800000))
      .map((d) => set(slot, d, `date ${Number.isNaN(d.getTime()) ? "Invalid Date" : d.getTime()}`)),
    fc.constantFrom("2026-01-01", "not a date", "2026-02-30T25:61:00Z", "0").map((s) => set(slot, s, `date as string ${JSON.stringify(s)}`)),
    fc.constantFrom(0, -1, 8.64e15 + 1).map((n) => set(slot, n, `date as number ${n}`)),
  ];
}

function enumMutations(slot: Slot, current: unknown): fc.Arbitrary<Mutation>[] {
  const s = typeof current === "string" ? current : "";
  return [
    fc.constantFrom(s.toLowerCase(), s.toUpperCase(), ` ${s}`, `${s}\u0000`, `${s}x`, "", "__proto__").map((v) => set(slot, v, `enum value ${preview(v)}`)),
  ];
}

/** Arbitrary mutations that apply anywhere: wrong types, null, removal, deep nesting. */
function anyMutations(slot: Slot): fc.Arbitrary<Mutation>[] {
  const out: fc.Arbitrary<Mutation>[] = [
    fc.constantFrom(...wrongTypeValues()).map((v) => set(slot, v, `wrong type ${describeValue(v)}`)),
    fc.constantFrom(100, 1_000).map((depth) => set(slot, nest(depth), `nested ${depth} deep`)),
    jsonish().map((v) => set(slot, v, `random JSON ${preview(JSON.stringify(v) ?? "undefined")}`)),
  ];
  if (!slot.schema || !acceptsNull(slot.schema)) out.push(fc.constant(set(slot, null, "null where not nullable")));
  if (slot.present && slot.path.length) out.push(fc.constant({ path: slot.path, value: undefined, remove: true, note: "field removed" }));
  if (slot.path.length === 0) out.push(fc.constant(set(slot, undefined, "no input at all")));
  return out;
}

function mutationsFor(slot: Slot, current: unknown): fc.Arbitrary<Mutation> {
  const specific: fc.Arbitrary<Mutation>[] = [];
  const kind = slot.kind === "union" ? kindOfValue(current) : slot.kind;
  if (kind === "string") specific.push(...stringMutations(slot, current));
  else if (kind === "number") specific.push(...numberMutations(slot, current));
  else if (kind === "object") specific.push(...objectMutations(slot, current));
  else if (kind === "array") specific.push(...arrayMutations(slot, current));
  else if (kind === "date") specific.push(...dateMutations(slot));
  else if (kind === "enum") specific.push(...enumMutations(slot, current));
  const general = anyMutations(slot);
  return fc.oneof(...specific.map((arbitrary) => ({ weight: 3, arbitrary })), ...general.map((arbitrary) => ({ weight: 1, arbitrary })));
}

// ---------------------------------------------------------------------------------------------
// Applying

function getAt(root: unknown, path: PathKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (!v || typeof v !== "object") return undefined;
    v = (v as Record<PathKey, unknown>)[key];
  }
  return v;
}

/** A copy of `root` with `mutation` applied; a path through something that is not a container is left alone. */
export function applyMutation(root: unknown, mutation: Mutation): unknown {
  if (mutation.path.length === 0) return mutation.remove ? undefined : mutation.value;
  const copy = cloneInput(root);
  if (copy === undefined && mutation.path.length) return applyMutation({}, mutation);
  let parent: unknown = copy;
  for (const key of mutation.path.slice(0, -1)) {
    if (!parent || typeof parent !== "object") return copy;
    const container = parent as Record<PathKey, unknown>;
    if (container[key] === undefined) container[key] = {};
    parent = container[key];
  }
  if (!parent || typeof parent !== "object") return copy;
  const last = mutation.path[mutation.path.length - 1]!;
  if (mutation.remove) delete (parent as Record<PathKey, unknown>)[last];
  else Object.defineProperty(parent, last, { value: mutation.value, enumerable: true, configurable: true, writable: true });
  return copy;
}

function cloneInput<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/**
 * Inputs for a procedure: its valid inputs, and those same inputs with one to three mutations.
 * `schema` undefined means the procedure takes no input (anything sent must be ignored safely).
 */
export function mutatedInputs(schema: Schema | undefined, valid: fc.Arbitrary<unknown>): fc.Arbitrary<MutatedInput> {
  return valid.chain((value) => {
    const slots = slotsOf(schema, value);
    const mutation = fc.nat({ max: slots.length - 1 }).chain((i) => mutationsFor(slots[i]!, getAt(value, slots[i]!.path)));
    // Cross-shrinking lets a failure shrink towards fewer mutations (and to the valid value itself).
    return fc.oneof(
      { withCrossShrink: true },
      { weight: 2, arbitrary: fc.constant<MutatedInput>({ input: value, notes: [] }) },
      {
        weight: 7,
        // Mostly one mutation, so the rest of the input stays valid and the broken part gets far.
        arbitrary: fc
          .oneof(
            { withCrossShrink: true },
            { weight: 6, arbitrary: fc.constant(1) },
            { weight: 2, arbitrary: fc.constant(2) },
            { weight: 1, arbitrary: fc.constant(3) },
          )
          .chain((n) => fc.array(mutation, { minLength: n, maxLength: n }))
          .map((ms) => ({
            input: ms.reduce<unknown>((acc, m) => applyMutation(acc, m), value),
            notes: ms.map((m) => `${m.path.length ? m.path.join(".") : "(input)"} ← ${m.note}`),
          })),
      },
      { weight: 1, arbitrary: jsonish().map((v) => ({ input: v, notes: ["(input) ← random JSON"] })) },
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Describing values in reports

function nest(depth: number): unknown {
  let v: unknown = "deep";
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

function numberNote(n: number): string {
  return Object.is(n, -0) ? "-0" : String(n);
}

function describeValue(v: unknown): string {
  if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? "Invalid" : v.toISOString()})`;
  if (typeof v === "bigint") return `${v}n`;
  if (v instanceof Set) return "Set";
  if (v instanceof Map) return "Map";
  if (v instanceof RegExp) return String(v);
  if (typeof v === "number") return numberNote(v);
  return preview(JSON.stringify(v) ?? String(v));
}

/** A short, escaped rendering of a string for reports. */
export function preview(s: string, max = 60): string {
  const shown = s.length > max ? `${s.slice(0, max)}…(${s.length} chars)` : s;
  return JSON.stringify(shown).replace(/[\u200b-\u200f\u202a-\u202e\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
