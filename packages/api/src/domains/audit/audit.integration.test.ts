import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@commerce/db";
import { createTestCompany, createTestPlatform, createTestProduct, shopper, type Caller, type TestCompany, type TestPlatform } from "../../testing";
import { verifyAudit } from "./audit.service";

// The audit log: what a mutation records, that the chain verifies, that the database refuses
// to change it, and that verification finds it when someone gets past that. Tampering happens
// in companies of this file's own, so other files' chains stay intact.

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const entriesOf = (companyId: string) => t.db.auditEntry.findMany({ where: { chain: companyId }, orderBy: { seq: "asc" } });
const onlyEntry = async (where: { procedure: string; targetId?: string; companyId: string }) => {
  const rows = await t.db.auditEntry.findMany({ where });
  expect(rows, `${where.procedure} entries`).toHaveLength(1);
  return rows[0]!;
};
type Row = { model: string; operation: string; id: string | null; before?: unknown; after?: unknown; count?: number };
const rowsOf = (entry: { changes: unknown }) => (entry.changes as { rows: Row[] }).rows;

/** Runs `sql` with one of the audit table's rules switched off, inside one transaction: no other connection ever sees the rule off. */
async function withRuleDisabled(db: Db, rule: "audit_entry_no_update" | "audit_entry_no_delete", sql: (tx: Pick<Db, "$executeRaw">) => Promise<number>) {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE audit_entry DISABLE RULE ${rule}`);
      const changed = await sql(tx);
      await tx.$executeRawUnsafe(`ALTER TABLE audit_entry ENABLE RULE ${rule}`);
      return changed;
    });
  } finally {
    await db.$executeRawUnsafe(`ALTER TABLE audit_entry ENABLE RULE ${rule}`);
  }
}

/** A company of its own with an admin and three product.add entries after the sign-in entry. */
async function companyWithChain(): Promise<{ company: TestCompany; admin: Caller; entries: Awaited<ReturnType<typeof entriesOf>> }> {
  const company = await createTestCompany(t.db);
  const admin = await t.callerAs("COMPANY_ADMIN", company);
  for (let i = 0; i < 3; i++) await createTestProduct(admin);
  const entries = await entriesOf(company.company.id);
  expect(entries.map((e) => e.procedure)).toEqual(["identity.signIn", "product.add", "product.add", "product.add"]);
  return { company, admin, entries };
}

describe("what a mutation records", () => {
  it("product.add: actor, procedure, target and the created row", async () => {
    const admin = t.tenant.users.COMPANY_ADMIN;
    const product = await createTestProduct(t.caller, { priceAmount: 1234, stockQuantity: 7, colour: "green" });
    const entry = await onlyEntry({ procedure: "product.add", targetId: product.id, companyId: t.tenant.company.id });
    expect(entry).toMatchObject({
      chain: t.tenant.company.id,
      companyId: t.tenant.company.id,
      actorId: admin.id,
      actorRole: "COMPANY_ADMIN",
      actorName: admin.name,
      targetType: "Product",
      targetId: product.id,
      ip: "127.0.0.1",
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(rowsOf(entry)).toEqual([
      {
        model: "Product",
        operation: "create",
        id: product.id,
        before: null,
        after: expect.objectContaining({
          id: product.id,
          companyId: t.tenant.company.id,
          name: product.name,
          priceAmount: 1234,
          currency: "EUR",
          colours: ["green"],
          // Its options and variants, created with it, are part of the same row's record.
          options: [expect.objectContaining({ name: "Colour", values: ["green"] })],
          variants: [expect.objectContaining({ id: product.variantId, sku: product.sku, priceAmount: 1234, stockQuantity: 7 })],
        }),
      },
    ]);
  });

  it("company.updateSettings: the company's settings before and after", async () => {
    const before = await t.db.company.findUniqueOrThrow({ where: { id: t.tenant.company.id } });
    const settings = { name: "Audited Co", currency: "USD", timeZone: "Europe/Berlin", taxRateBps: 1900, brandName: "Audited", brandColour: "#abcdef" };
    await t.caller.company.updateSettings(settings);
    const entry = await onlyEntry({ procedure: "company.updateSettings", companyId: t.tenant.company.id });
    expect(entry).toMatchObject({ actorId: t.tenant.users.COMPANY_ADMIN.id, targetType: "Company", targetId: t.tenant.company.id });
    expect(rowsOf(entry)).toEqual([
      {
        model: "Company",
        operation: "update",
        id: t.tenant.company.id,
        before: { name: before.name, currency: "EUR", timeZone: "Europe/Amsterdam", taxRateBps: 2100, brandName: before.brandName, brandColour: "#123456" },
        after: settings,
      },
    ]);
    // Back as it was, so the rest of this file prices in euros.
    await t.caller.company.updateSettings({
      name: before.name,
      currency: "EUR",
      timeZone: "Europe/Amsterdam",
      taxRateBps: 2100,
      brandName: before.brandName,
      brandColour: "#123456",
    });
  });

  it("order.updateStatus: the order is the target, and its status went from PENDING to CANCELLED", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 5 });
    const order = await t.caller.order.place({ lines: [{ productId: product.id, quantity: 2 }], customer: shopper });
    await t.caller.order.updateStatus({ id: order.id, status: "CANCELLED", reason: "Audit test" });
    const entry = await onlyEntry({ procedure: "order.updateStatus", targetId: order.id, companyId: t.tenant.company.id });
    expect(entry).toMatchObject({ actorId: t.tenant.users.COMPANY_ADMIN.id, actorRole: "COMPANY_ADMIN", targetType: "Order", targetId: order.id });
    const rows = rowsOf(entry);
    expect(rows.map((r) => `${r.model}.${r.operation}`)).toEqual(["Order.updateMany", "OrderStatusChange.create", "ProductVariant.update"]);
    // The order's status change, as the conditional update recorded it: from PENDING to CANCELLED, one row.
    expect(rows[0]).toMatchObject({ count: 1, after: { where: { id: order.id, status: "PENDING" }, data: { status: "CANCELLED" } } });
    // The cancellation workflow's step: status change and stock back, in one commit and one entry.
    expect(rows[1]!.after).toMatchObject({ orderId: order.id, fromStatus: "PENDING", toStatus: "CANCELLED", reason: "Audit test" });
    expect(rows[2]).toMatchObject({ id: product.variantId, after: { stockQuantity: 5 } });

    // Cancelling a paid order refunds it first, in steps that each commit (the provider is called
    // between them): one entry per committed step, in order, all about the order.
    const paid = await t.caller.order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper });
    await t.caller.payment.process({ orderId: paid.id, cardToken: "tok_visa", idempotencyKey: randomUUID() });
    await t.caller.order.updateStatus({ id: paid.id, status: "CANCELLED" });
    const steps = await t.db.auditEntry.findMany({
      where: { procedure: "order.updateStatus", targetId: paid.id, companyId: t.tenant.company.id },
      orderBy: { seq: "asc" },
    });
    expect(steps.length).toBeGreaterThan(1);
    for (const step of steps) expect(step).toMatchObject({ targetType: "Order", targetId: paid.id, requestId: steps[0]!.requestId });
    expect(steps.flatMap(rowsOf).map((r) => `${r.model}.${r.operation}`)).toEqual([
      "Payment.updateMany",
      "Refund.create",
      "Refund.updateMany",
      "Order.updateMany",
      "OrderStatusChange.create",
      "ProductVariant.update",
    ]);
  });

  it("leaves secrets out: a new PIN shows as [redacted]", async () => {
    await t.caller.staff.setPin({ id: t.tenant.users.STAFF.id, pin: "2468" });
    const entry = await onlyEntry({ procedure: "staff.setPin", companyId: t.tenant.company.id });
    expect(entry).toMatchObject({ targetType: "User", targetId: t.tenant.users.STAFF.id });
    // The audit layer read the row before the update: both sides show, the secret redacted in each.
    expect(rowsOf(entry)).toEqual([
      {
        model: "User",
        operation: "update",
        id: t.tenant.users.STAFF.id,
        before: { pinHash: "[redacted]", failedAttempts: 0, lockedUntil: null },
        after: { pinHash: "[redacted]", failedAttempts: 0, lockedUntil: null },
      },
    ]);
    expect(JSON.stringify(entry.changes)).not.toContain("2468");
  });

  // The audit middleware runs before the input parser, so it must ask for the input itself.
  it("records the mutation's input, secrets redacted", async () => {
    const product = await createTestProduct(t.caller);
    const entry = await onlyEntry({ procedure: "product.add", targetId: product.id, companyId: t.tenant.company.id });
    expect((entry.changes as { input: unknown }).input).toMatchObject({ sku: product.sku, price: { amount: 2500, currency: "EUR" } });
    await t.caller.staff.setPin({ id: t.tenant.users.SHOP_MANAGER.id, pin: "1357" });
    const pin = await onlyEntry({ procedure: "staff.setPin", targetId: t.tenant.users.SHOP_MANAGER.id, companyId: t.tenant.company.id });
    expect((pin.changes as { input: unknown }).input).toEqual({ id: t.tenant.users.SHOP_MANAGER.id, pin: "[redacted]" });
  });

  it("writes nothing for a refused or failed mutation", async () => {
    const count = () => t.db.auditEntry.count({ where: { chain: t.tenant.company.id } });
    const before = await count();
    const manager = await t.callerAs("SHOP_MANAGER"); // its sign-in is one entry
    await expect(
      manager.product.add({
        name: "Nope",
        description: "Not allowed to add this.",
        price: { amount: 1, currency: "EUR" },
        colour: "red",
        category: "nope",
        sku: "NOPE-1",
        stockQuantity: 1,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.caller.order.updateStatus({ id: randomUUID(), status: "CANCELLED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await t.caller.product.getAll({}); // a query is not audited
    expect(await count()).toBe(before + 1);
  });
});

describe("a change and its entry commit together", () => {
  /** Holds the chain's lock as another writer would, until `release` is called. */
  async function holdChain(companyId: string) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`audit:${companyId}`}))`;
        locked();
        await released;
      },
      { timeout: 20_000 },
    );
    await isLocked;
    return async () => {
      release();
      await holder;
    };
  }
  const aWhile = () => new Promise((resolve) => setTimeout(resolve, 500));

  it("while the company's chain is busy, a new product is not there yet; both appear together", async () => {
    const company = await createTestCompany(t.db);
    const admin = await t.callerAs("COMPANY_ADMIN", company); // its sign-in entry first
    const release = await holdChain(company.company.id);
    const adding = createTestProduct(admin);
    await aWhile();
    // The product's transaction has done its work and waits to append its entry: nothing committed.
    expect(await t.db.product.count({ where: { companyId: company.company.id } })).toBe(0);
    await release();
    const product = await adding;
    expect(await t.db.product.count({ where: { companyId: company.company.id } })).toBe(1);
    expect(await t.db.auditEntry.count({ where: { procedure: "product.add", targetId: product.id } })).toBe(1);
  });

  it("so does a lone write outside any transaction of the service (a new PIN)", async () => {
    const company = await createTestCompany(t.db);
    const admin = await t.callerAs("COMPANY_ADMIN", company);
    const staffId = company.users.STAFF.id;
    const pinHashBefore = (await t.db.user.findUniqueOrThrow({ where: { id: staffId } })).pinHash;
    const release = await holdChain(company.company.id);
    const setting = admin.staff.setPin({ id: staffId, pin: "9753" });
    await aWhile();
    expect((await t.db.user.findUniqueOrThrow({ where: { id: staffId } })).pinHash).toBe(pinHashBefore);
    await release();
    await setting;
    expect((await t.db.user.findUniqueOrThrow({ where: { id: staffId } })).pinHash).not.toBe(pinHashBefore);
    expect(await t.db.auditEntry.count({ where: { procedure: "staff.setPin", targetId: staffId } })).toBe(1);
  });

  it("an order that rolls back leaves no entry; the next one gets its own", async () => {
    const company = await createTestCompany(t.db);
    const admin = await t.callerAs("COMPANY_ADMIN", company);
    const product = await createTestProduct(admin, { stockQuantity: 1 });
    // Two lines: the first takes stock, the second is refused, the whole order rolls back.
    const other = await createTestProduct(admin, { stockQuantity: 0 });
    await expect(
      admin.order.place({
        lines: [
          { productId: product.id, quantity: 1 },
          { productId: other.id, quantity: 1 },
        ],
        customer: shopper,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.db.auditEntry.count({ where: { procedure: "order.place", companyId: company.company.id } })).toBe(0);
    const placed = await admin.order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper });
    const [entry, ...more] = await t.db.auditEntry.findMany({ where: { procedure: "order.place", companyId: company.company.id } });
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ targetType: "Order", targetId: placed.id });
  });
});

describe("the chain", () => {
  it("audit.verify reports every entry of the company's chain and no breaks", async () => {
    await createTestProduct(t.caller);
    const entries = await entriesOf(t.tenant.company.id);
    expect(await t.caller.audit.verify()).toEqual({ chains: 1, entries: entries.length, breaks: [] });
    expect(entries[0]!.prevHash).toBe("0".repeat(64));
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
  });

  it("UPDATE and DELETE on audit_entry are ignored by the database", async () => {
    const [entry] = await entriesOf(t.tenant.company.id);
    expect(await t.db.$executeRaw`UPDATE audit_entry SET procedure = 'tampered', changes = '{}'::jsonb WHERE id = ${entry!.id}::uuid`).toBe(0);
    expect(await t.db.$executeRaw`DELETE FROM audit_entry WHERE id = ${entry!.id}::uuid`).toBe(0);
    expect(await t.db.auditEntry.updateMany({ where: { chain: t.tenant.company.id }, data: { actorName: "Mallory" } })).toEqual({ count: 0 });
    expect(await t.db.auditEntry.deleteMany({ where: { chain: t.tenant.company.id } })).toEqual({ count: 0 });
    expect(await t.db.auditEntry.findUnique({ where: { id: entry!.id } })).toEqual(entry);
    expect((await t.caller.audit.verify()).breaks).toEqual([]);
  });

  it("finds an entry whose content was changed behind the rules' back", async () => {
    const { company, admin, entries } = await companyWithChain();
    const victim = entries[2]!;
    const changed = await withRuleDisabled(
      t.db,
      "audit_entry_no_update",
      (tx) => tx.$executeRaw`UPDATE audit_entry SET changes = jsonb_set(changes, '{rows,0,after,priceAmount}', '1'::jsonb) WHERE id = ${victim.id}::uuid`,
    );
    expect(changed).toBe(1);
    // The rule is back on: a second attempt changes nothing.
    expect(await t.db.$executeRaw`UPDATE audit_entry SET procedure = 'again' WHERE id = ${victim.id}::uuid`).toBe(0);
    expect(rowsOf(await t.db.auditEntry.findUniqueOrThrow({ where: { id: victim.id } }))[0]!.after).toMatchObject({ priceAmount: 1 });

    const report = await verifyAudit(t.db, [company.company.id]);
    expect(report).toEqual({
      chains: 1,
      entries: 4,
      breaks: [{ chain: company.company.id, seq: victim.seq.toString(), id: victim.id, reason: "content does not match its hash: this entry was changed" }],
    });
    expect(await admin.audit.verify()).toEqual(report);
    // Other chains are untouched.
    expect((await t.caller.audit.verify()).breaks).toEqual([]);
  });

  it("finds the entry after one that was deleted", async () => {
    const { company, entries } = await companyWithChain();
    const [, , removed, next] = entries;
    expect(await withRuleDisabled(t.db, "audit_entry_no_delete", (tx) => tx.$executeRaw`DELETE FROM audit_entry WHERE id = ${removed!.id}::uuid`)).toBe(1);
    expect(await t.db.$executeRaw`DELETE FROM audit_entry WHERE id = ${next!.id}::uuid`).toBe(0);
    expect(await verifyAudit(t.db, [company.company.id])).toEqual({
      chains: 1,
      entries: 3,
      breaks: [
        {
          chain: company.company.id,
          seq: next!.seq.toString(),
          id: next!.id,
          reason: "previous hash does not match: an entry before this one was changed or removed",
        },
      ],
    });
  });

  it("stays intact under 20 concurrent mutations", async () => {
    const company = await createTestCompany(t.db);
    const admin = await t.callerAs("COMPANY_ADMIN", company);
    const products = await Promise.all(Array.from({ length: 20 }, () => createTestProduct(admin)));
    const entries = await entriesOf(company.company.id);
    expect(entries).toHaveLength(21);
    expect(
      entries
        .filter((e) => e.procedure === "product.add")
        .map((e) => e.targetId)
        .sort(),
    ).toEqual(products.map((p) => p.id).sort());
    expect(new Set(entries.map((e) => e.prevHash)).size).toBe(21);
    expect(await verifyAudit(t.db, [company.company.id])).toEqual({ chains: 1, entries: 21, breaks: [] });
  });
});

describe("who sees which entries", () => {
  it("a company admin's audit.list never returns another company's entries", async () => {
    const other = await createTestCompany(t.db);
    const otherAdmin = await t.callerAs("COMPANY_ADMIN", other);
    const otherProduct = await createTestProduct(otherAdmin);
    await createTestProduct(t.caller);

    // Every page of the tenant admin's list.
    const seen: { companyId: string | null; targetId: string | null; actorId: string | null }[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.caller.audit.list({ limit: 10, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.length).toBe(await t.db.auditEntry.count({ where: { companyId: t.tenant.company.id } }));
    expect(seen.filter((e) => e.companyId !== t.tenant.company.id)).toEqual([]);
    expect(await t.caller.audit.list({ targetId: otherProduct.id })).toEqual({ items: [], nextCursor: null });
    expect(await t.caller.audit.list({ actorId: other.users.COMPANY_ADMIN.id })).toEqual({ items: [], nextCursor: null });

    // The other company's admin does see it, and so does the super admin.
    expect((await otherAdmin.audit.list({ targetId: otherProduct.id })).items.map((e) => e.procedure)).toEqual(["product.add"]);
    const superAdmin = await t.callerAs("SUPER_ADMIN");
    expect((await superAdmin.audit.list({ targetId: otherProduct.id })).items).toHaveLength(1);
    expect((await t.caller.audit.verify()).chains).toBe(1);
  });
});
