import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "../root";
import { applyMutation, mutatedInputs, slotsOf } from "./mutate";
import { findLeak, problemWith, rememberSent } from "./oracle";
import { accepts, arbitraryFor, type Schema } from "./zod-arbitrary";

const samples = 150;

function rejected(schema: Schema, options: Parameters<typeof arbitraryFor>[1] = {}) {
  return fc.sample(arbitraryFor(schema, options), { numRuns: samples, seed: 42 }).filter((v) => !accepts(schema, v));
}

describe("valid inputs derived from zod schemas", () => {
  it("parse with their schema, for every kind of schema the walk knows", () => {
    const schemas: Record<string, Schema> = {
      string: z.string().trim().min(2).max(30),
      uuid: z.uuid(),
      email: z.email().max(200),
      emailPipe: z.string().trim().toLowerCase().pipe(z.email()),
      regex: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z0-9][A-Z0-9-]{2,39}$/),
      refined: z.string().refine((s) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: s });
          return true;
        } catch {
          return false;
        }
      }),
      startsWith: z.string().startsWith("ab").max(10),
      int: z.number().int().min(1).max(100),
      safe: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      float: z.number().gt(0).lt(1),
      multiple: z.number().multipleOf(5).min(-50).max(50),
      boolean: z.boolean(),
      date: z.date(),
      dateRange: z.date().min(new Date("2020-01-01")).max(new Date("2030-01-01")),
      bigint: z.bigint().min(1n).max(10n),
      enum: z.enum(["A", "B"]),
      literal: z.literal(42),
      array: z.array(z.number().int()).min(1).max(50),
      fixed: z
        .array(
          z
            .object({ open: z.string().regex(/^\d\d:\d\d$/), close: z.string().regex(/^\d\d:\d\d$/) })
            .refine((d) => d.open < d.close)
            .nullable(),
        )
        .length(7),
      object: z.object({ a: z.string(), b: z.number().optional(), c: z.boolean().default(true), d: z.string().nullish() }),
      refinedObject: z.object({ channel: z.enum(["WEB", "POS"]), email: z.email().optional() }).refine((o) => o.channel === "POS" || !!o.email),
      union: z.union([z.object({ id: z.uuid() }), z.object({ slug: z.string().min(1).max(200) })]),
      discriminated: z.discriminatedUnion("kind", [z.object({ kind: z.literal("a"), n: z.number() }), z.object({ kind: z.literal("b"), s: z.string() })]),
      intersection: z.intersection(z.object({ a: z.string() }), z.object({ b: z.number() })),
      tuple: z.tuple([z.string(), z.number()]),
      record: z.record(z.string(), z.number()),
      transform: z
        .string()
        .max(5)
        .transform((s) => s.length),
      nullable: z.string().nullable(),
      any: z.unknown(),
      lazy: z.lazy(() => z.object({ n: z.number() })),
    };
    for (const [name, schema] of Object.entries(schemas)) expect(rejected(schema).slice(0, 3), name).toEqual([]);
  });

  it("parse with their procedure's schema, for every procedure of the app router", () => {
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { inputs: Schema[] } }>);
    expect(procedures.length).toBeGreaterThan(10);
    for (const [path, procedure] of procedures) {
      const [schema] = procedure._def.inputs;
      if (!schema) continue;
      const bad = rejected(schema, { knownIds: ["0b5c3f5e-8f3e-4c4e-9d0f-5f0d3a6c2b1a"], dictionary: ["tok_visa"] });
      expect(bad.slice(0, 2), `${path}: derived inputs the schema refuses`).toEqual([]);
    }
    // Deriving and checking a few hundred values for each of ~80 procedures: seconds on a loaded machine.
  }, 60_000);

  it("use the known ids and the dictionary", () => {
    const id = "0b5c3f5e-8f3e-4c4e-9d0f-5f0d3a6c2b1a";
    const values = fc.sample(arbitraryFor(z.object({ id: z.uuid(), token: z.string().regex(/^tok_[a-z]+$/) }), { knownIds: [id], dictionary: ["tok_visa"] }), {
      numRuns: 200,
      seed: 1,
    });
    expect(values.some((v) => (v as { id: string }).id === id)).toBe(true);
    expect(values.some((v) => (v as { token: string }).token === "tok_visa")).toBe(true);
  });
});

describe("mutations", () => {
  const schema = z.object({
    lines: z.array(z.object({ productId: z.uuid(), quantity: z.number().int() })).min(1),
    customer: z.object({ name: z.string(), email: z.email().optional() }),
  });
  const valid = { lines: [{ productId: "0b5c3f5e-8f3e-4c4e-9d0f-5f0d3a6c2b1a", quantity: 1 }], customer: { name: "Ada" } };

  it("find every field, nested ones and absent optional ones included", () => {
    const paths = slotsOf(schema, valid).map((s) => s.path.join("."));
    expect(paths).toEqual(["", "lines", "lines.0", "lines.0.productId", "lines.0.quantity", "customer", "customer.name", "customer.email"]);
  });

  it("apply at a path without touching the original", () => {
    const changed = applyMutation(valid, { path: ["customer", "name"], value: "\u0000", note: "" });
    expect(changed).toEqual({ ...valid, customer: { name: "\u0000" } });
    expect(valid.customer.name).toBe("Ada");
    expect(applyMutation(valid, { path: ["lines"], value: undefined, remove: true, note: "" })).toEqual({ customer: { name: "Ada" } });
  });

  it("mostly produce inputs the schema refuses, with a note saying what was broken", () => {
    const mutated = fc.sample(mutatedInputs(schema, fc.constant(valid)), { numRuns: 300, seed: 3 });
    const broken = mutated.filter((m) => m.notes.length);
    expect(broken.length).toBeGreaterThan(200);
    expect(broken.filter((m) => !accepts(schema, m.input)).length).toBeGreaterThan(broken.length / 2);
  });
});

describe("the oracle", () => {
  const trpcError = (message: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ error: { json: { message, code: -32600, data: { code: "BAD_REQUEST", httpStatus: 400, ...extra } } } });

  it("accepts ordinary refusals", () => {
    for (const message of [
      "No order with that id",
      "Your role does not allow this",
      "Invalid input: expected string, received number",
      "A product with this sku already exists",
      "Order #1001 is PAID and cannot be paid",
    ]) {
      expect(problemWith({ status: 400, headers: {}, body: trpcError(message) })).toBeNull();
    }
    expect(problemWith({ status: 503, headers: { "retry-after": "5" }, body: trpcError("We are busy right now") })).toBeNull();
  });

  it("flags 5xx, stacks, SQL and constraint names", () => {
    expect(problemWith({ status: 500, headers: {}, body: trpcError("Something went wrong") })).toMatch(/status 500/);
    expect(problemWith({ status: 503, headers: {}, body: "{}" })).toMatch(/without Retry-After/);
    expect(findLeak(trpcError("x", { stack: "Error: x\n    at foo (/work/main/packages/api/src/x.ts:1:2)" }))?.name).toBe("stack trace");
    expect(findLeak(trpcError("Invalid `prisma.product.create()` invocation: Unique constraint failed on the fields: (`sku`)"))?.name).toBe("Prisma");
    expect(findLeak(trpcError('duplicate key value violates unique constraint "Product_companyId_sku_key"'))?.name).toBe("PostgreSQL error");
    expect(findLeak(trpcError("Product_companyId_sku_key"))?.name).toBe("constraint name");
    expect(findLeak(trpcError('SELECT "id" FROM "Product" WHERE x'))?.name).toBe("SQL");
    expect(findLeak(trpcError("Cannot read properties of undefined (reading 'id')"))?.name).toBe("JavaScript error");
  });

  it("does not flag text the fuzzer sent itself", () => {
    const sent = "'; SELECT * FROM users; -- constraint";
    rememberSent({ name: ` ${sent} ` });
    expect(findLeak(JSON.stringify({ result: { data: { json: { name: sent } } } }))).toBeNull();
    expect(findLeak(trpcError("new row violates check"))?.name).toBe("PostgreSQL error");
  });

  it("looks for SQL and database errors in error bodies only, for stacks everywhere", () => {
    const stored = { result: { data: { json: { name: "SELECT * FROM x", note: "a constraint" } } } };
    expect(findLeak(JSON.stringify(stored))).toBeNull();
    expect(findLeak(JSON.stringify({ result: { data: { json: { note: "Error: x\n    at f (/srv/app/x.js:1:1)" } } } }))?.name).toBe("stack trace");
    expect(findLeak(JSON.stringify([stored, { error: { json: { message: "duplicate key value" } } }]))?.name).toBe("PostgreSQL error");
    expect(findLeak("SQLSTATE 23505 at line 1")?.name).toBe("SQL");
  });
});
