import { describe, expect, it } from "vitest";
import { canonicalJson, entryHash, GENESIS, type ChainedFields } from "./chain";

const entry: ChainedFields = {
  chain: "c1",
  companyId: "c1",
  actorId: "u1",
  actorRole: "COMPANY_ADMIN",
  actorName: "Ada",
  procedure: "product.add",
  targetType: "Product",
  targetId: "p1",
  changes: { rows: [{ after: { name: "Hat", price: 100 } }] },
  requestId: "r1",
  ip: null,
  at: new Date("2026-11-22T10:00:00.000Z"),
};

describe("audit hash chain", () => {
  it("serialises with sorted keys, so jsonb's reordering cannot change a hash", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it("changes the hash when any field or the previous hash changes", () => {
    const h = entryHash(GENESIS, entry);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(GENESIS, { ...entry })).toBe(h);
    expect(entryHash(GENESIS, { ...entry, changes: { rows: [{ after: { name: "Hat", price: 101 } }] } })).not.toBe(h);
    expect(entryHash(GENESIS, { ...entry, at: new Date("2026-11-22T10:00:00.001Z") })).not.toBe(h);
    expect(entryHash("1".repeat(64), entry)).not.toBe(h);
  });
});
