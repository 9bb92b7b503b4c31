import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createTestPlatform, createTestProduct, shopper as shopper_, stockOf } from "../../testing";

let t: Awaited<ReturnType<typeof createTestPlatform>>;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

/** A product at a chosen address. */
const createTestProductWithSlug = (slug: string) =>
  t.caller.product.add({
    name: "Slugged Product",
    slug,
    description: "A product at a chosen address.",
    price: { amount: 100, currency: "EUR" },
    colour: "red",
    category: "test-items",
    sku: `SL-${Date.now().toString(36).toUpperCase()}`,
    stockQuantity: 1,
  });

describe("catalogue", () => {
  // The demo company "acme" has the seeded catalogue of 120; a visitor browses its storefront.
  it("pages and sorts", async () => {
    const shopper = t.visitor("acme");
    const first = await shopper.product.getAll({ page: 1, pageSize: 24, sort: "price_asc" });
    expect(first.items).toHaveLength(24);
    expect(first.total).toBe(120);
    const prices = first.items.map((p) => p.price.amount);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const second = await shopper.product.getAll({ page: 2, pageSize: 24, sort: "price_asc" });
    expect(second.items[0]!.price.amount).toBeGreaterThanOrEqual(prices.at(-1)!);
    expect(new Set([...first.items, ...second.items].map((p) => p.id)).size).toBe(48);
  });

  it("filters by colour (seed 000's GetProductsByColour)", async () => {
    const shopper = t.visitor("acme");
    const red = await shopper.product.byColour({ colour: "red", page: 1, pageSize: 100 });
    expect(red.total).toBeGreaterThan(0);
    expect(red.items.every((p) => p.colours.some((c) => c.colour === "red"))).toBe(true);
    const facets = await shopper.product.facets();
    expect(facets.colours.length).toBeGreaterThanOrEqual(8);
    expect(facets.colours.find((c) => c.colour === "red")?.count).toBe(red.total);
    await expect(shopper.product.byColour({ colour: "plaid" as never, page: 1, pageSize: 10, sort: "newest" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("adds a product, findable by id and slug, and records product.created", async () => {
    const p = await createTestProduct(t.caller, { colour: "green" });
    expect(await t.caller.product.get({ slug: p.slug })).toMatchObject({
      id: p.id,
      colours: [{ colour: "green" }],
      options: [{ name: "Colour", values: ["green"] }],
    });
    const event = await t.db.outboxEvent.findFirst({ where: { type: "product.created", payload: { path: ["data", "productId"], equals: p.id } } });
    expect(event).not.toBeNull();
  });

  it("refuses a duplicate SKU and explains invalid fields", async () => {
    const p = await createTestProduct(t.caller);
    await expect(
      t.caller.product.add({
        name: "Copy",
        description: "Same sku as before.",
        price: { amount: 100, currency: "EUR" },
        colour: "red",
        category: "x",
        sku: p.sku,
        stockQuantity: 1,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "A product with this SKU already exists" });
    const error = await t.caller.product
      .add({ name: "X", description: "short", price: { amount: 10.5, currency: "EUR" }, colour: "red", category: "Bad Category", sku: "!", stockQuantity: -1 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const message = String((error as Error).message);
    for (const field of ["name", "description", "price", "category", "sku", "stockQuantity"]) expect(message).toContain(field);
  });

  it("answers NOT_FOUND for an unknown slug", async () => {
    await expect(t.caller.product.get({ slug: "no-such-thing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("edits a product: the changed fields are saved and named in product.updated, and its address stays", async () => {
    const p = await createTestProduct(t.caller, { colour: "red" });
    const edited = await t.caller.product.update({ id: p.id, name: "Renamed Rain Jacket", category: "jackets" });
    expect(edited).toMatchObject({ name: "Renamed Rain Jacket", category: "jackets", slug: p.slug, variants: [{ sku: p.sku }] });
    expect(await t.visitor().product.get({ slug: p.slug })).toMatchObject({ id: p.id, name: "Renamed Rain Jacket" });
    // Its drawn tile follows the new name.
    expect(decodeURIComponent(edited.imageUrl)).toContain("Renamed Rain Jacket");
    const events = await t.db.outboxEvent.findMany({ where: { type: "product.updated", payload: { path: ["data", "productId"], equals: p.id } } });
    expect(events.map((e) => (e.payload as { data: { changed: string[] } }).data.changed)).toEqual([["name", "category", "imageUrl"]]);

    // Saving what is already there changes nothing and says nothing.
    await t.caller.product.update({ id: p.id, category: "jackets" });
    expect(await t.db.outboxEvent.count({ where: { type: "product.updated", payload: { path: ["data", "productId"], equals: p.id } } })).toBe(1);
    await expect(t.caller.product.update({ id: p.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(t.caller.product.update({ id: randomUUID(), name: "Nobody" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // A photo is kept through a rename; taking it away draws a tile again.
    expect(edited.imageDrawn).toBe(true);
    const photo = "https://example.com/jacket.png";
    expect(await t.caller.product.update({ id: p.id, imageUrl: photo })).toMatchObject({ imageUrl: photo, imageDrawn: false });
    expect((await t.caller.product.update({ id: p.id, name: "Renamed Again" })).imageUrl).toBe(photo);
    const redrawn = await t.caller.product.update({ id: p.id, imageUrl: null });
    expect(redrawn.imageDrawn).toBe(true);
    expect(decodeURIComponent(redrawn.imageUrl)).toContain("Renamed Again");
  });

  it("moves a product to a new address and keeps the old one finding it; an address in use is refused", async () => {
    const p = await createTestProduct(t.caller);
    const other = await createTestProduct(t.caller);
    const moved = await t.caller.product.update({ id: p.id, slug: `${p.slug}-new` });
    expect(moved.slug).toBe(`${p.slug}-new`);
    // The old address still finds it, answering with the new one (the storefront redirects).
    expect(await t.visitor().product.get({ slug: p.slug })).toMatchObject({ id: p.id, slug: `${p.slug}-new` });
    // Nobody else may take an address in use now or before, and a product may take back its own.
    await expect(t.caller.product.update({ id: other.id, slug: p.slug })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A product with this web address already exists",
    });
    await expect(t.caller.product.update({ id: other.id, slug: `${p.slug}-new` })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createTestProductWithSlug(p.slug)).rejects.toMatchObject({ code: "CONFLICT", message: "A product with this web address already exists" });
    expect((await t.caller.product.update({ id: p.id, slug: p.slug })).slug).toBe(p.slug);
    expect(await t.visitor().product.get({ slug: `${p.slug}-new` })).toMatchObject({ id: p.id, slug: p.slug });
    await expect(t.caller.product.update({ id: p.id, slug: "Not A Slug" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("tags a product for filtering, and gives search engines its own title and description or sensible ones", async () => {
    const p = await createTestProduct(t.caller);
    expect(p.seo).toEqual({ title: p.name, description: "A product made by an integration test.", custom: false });
    const tag = `tag-${Date.now().toString(36)}`;
    const tagged = await t.caller.product.update({
      id: p.id,
      tags: [tag, "Summer"],
      seoTitle: "Rain jacket that stays dry",
      seoDescription: "Taped seams and a hood.",
    });
    expect(tagged).toMatchObject({ tags: [tag, "summer"], seo: { title: "Rain jacket that stays dry", description: "Taped seams and a hood.", custom: true } });
    expect((await t.visitor().product.getAll({ tag, page: 1, pageSize: 10 })).items.map((x) => x.id)).toEqual([p.id]);
    await expect(t.caller.product.update({ id: p.id, tags: ["two words"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(t.caller.product.update({ id: p.id, tags: ["a", "a"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const reset = await t.caller.product.update({ id: p.id, seoTitle: null, seoDescription: null });
    expect(reset.seo).toMatchObject({ title: p.name, custom: false });
    const event = await t.db.outboxEvent.findFirst({
      where: { type: "product.updated", payload: { path: ["data", "productId"], equals: p.id } },
      orderBy: { occurredAt: "asc" },
    });
    expect((event?.payload as { data: { changed: string[] } }).data.changed).toEqual(["tags", "seoTitle", "seoDescription"]);
  });

  it("archives a product off the storefront and the till, and restores it as it was", async () => {
    const p = await createTestProduct(t.caller, { stockQuantity: 4 });
    const shopper = t.visitor();
    const listed = async () => (await shopper.product.getAll({ search: p.sku, page: 1, pageSize: 10 })).items.map((x) => x.id);
    expect(await listed()).toEqual([p.id]);

    const archived = await Promise.all([t.caller.product.archive({ id: p.id }), t.caller.product.archive({ id: p.id })]);
    expect(archived.map((x) => x.archived)).toEqual([true, true]);
    expect(await listed()).toEqual([]);
    expect((await t.caller.product.archived({ page: 1, pageSize: 100 })).items.map((x) => x.id)).toContain(p.id);
    // Its page still answers (orders link to it), saying it is no longer sold; nobody can buy it.
    expect(await shopper.product.get({ id: p.id })).toMatchObject({ archived: true });
    await expect(t.caller.order.place({ lines: [{ productId: p.id, quantity: 1 }], customer: shopper_ })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("no longer sold"),
    });
    expect(await stockOf(t.db, p.id)).toBe(4);

    await t.caller.product.restore({ id: p.id });
    expect(await listed()).toEqual([p.id]);
    const order = await t.caller.order.place({ lines: [{ productId: p.id, quantity: 1 }], customer: shopper_ });
    expect(order.status).toBe("PENDING");
    const types = await t.db.outboxEvent.findMany({
      where: { type: { in: ["product.archived", "product.restored"] }, payload: { path: ["data", "productId"], equals: p.id } },
      orderBy: { occurredAt: "asc" },
    });
    expect(types.map((e) => e.type)).toEqual(["product.archived", "product.restored"]);
  });

  it("duplicates a product under a new SKU, with no stock; a taken SKU is a conflict", async () => {
    const made = await createTestProduct(t.caller, { stockQuantity: 7, colour: "green" });
    const p = await t.caller.product.update({ id: made.id, name: "Short Tee" });
    const copy = await t.caller.product.duplicate({ id: p.id, sku: `${made.sku}-B` });
    expect(copy).toMatchObject({
      name: `${p.name} (copy)`,
      colours: [{ colour: "green" }],
      price: p.price,
      variants: [{ sku: `${made.sku}-B`, stockQuantity: 0 }],
      stockQuantity: 0,
      archived: false,
    });
    expect(copy.id).not.toBe(p.id);
    expect(copy.slug).not.toBe(p.slug);
    // The drawn tile names the copy, not the original.
    expect(decodeURIComponent(copy.imageUrl)).toContain(copy.name.slice(0, 24));
    expect(copy.imageUrl).not.toBe(p.imageUrl);
    await expect(t.caller.product.duplicate({ id: p.id, sku: made.sku })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A product with this SKU already exists",
    });
  });

  it("lets only a company admin manage products", async () => {
    const p = await createTestProduct(t.caller);
    for (const role of ["CUSTOMER", "STAFF", "SHOP_MANAGER"] as const) {
      const caller = await t.callerAs(role);
      await expect(caller.product.update({ id: p.id, name: "Not yours" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.product.archive({ id: p.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(t.visitor().product.archive({ id: p.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("adjusts stock by hand with a reason, keeping who, before and after; the numbers add up under concurrent orders", async () => {
    const p = await createTestProduct(t.caller, { stockQuantity: 10 });
    const received = await t.caller.product.adjustStock({ variantId: p.variantId, change: 5, reason: "RECEIVED", note: "Delivery 4711" });
    expect(received).toMatchObject({ before: 10, after: 15, delta: 5, reason: "RECEIVED", note: "Delivery 4711" });
    const counted = await t.caller.product.adjustStock({ variantId: p.variantId, countedQuantity: 12, reason: "COUNTED" });
    expect(counted).toMatchObject({ before: 15, after: 12, delta: -3 });

    // Orders and hand changes at once: every adjustment's before is what it was applied to.
    await Promise.all([
      ...Array.from({ length: 4 }, () => t.caller.order.place({ lines: [{ productId: p.id, quantity: 1 }], customer: shopper_ })),
      ...Array.from({ length: 3 }, () => t.caller.product.adjustStock({ variantId: p.variantId, change: -1, reason: "DAMAGED" })),
    ]);
    expect(await stockOf(t.db, p.id)).toBe(12 - 4 - 3);

    const history = await t.caller.product.stockHistory({ id: p.id, limit: 4 });
    expect(history.items).toHaveLength(4);
    expect(history.items.at(-1)).toMatchObject({ reason: "COUNTED", change: -3, before: 15, after: 12 });
    expect(history.items[0]!.adjustedBy).toBe(t.tenant.users.COMPANY_ADMIN.name);
    const rest = await t.caller.product.stockHistory({ id: p.id, limit: 4, cursor: history.nextCursor! });
    expect(rest.items.map((a) => a.reason)).toEqual(["RECEIVED"]);
    // Every move says so, with the quantity before and after: 5 by hand, 4 by orders.
    const events = await t.db.outboxEvent.findMany({ where: { type: "variant.stock_changed", payload: { path: ["data", "variantId"], equals: p.variantId } } });
    const moves = events.map((e) => (e.payload as { data: { cause: string; before: number; after: number } }).data);
    expect(moves.filter((m) => m.cause === "adjustment")).toHaveLength(5);
    expect(moves.filter((m) => m.cause === "order")).toHaveLength(4);
    expect(moves.filter((m) => m.cause === "order").every((m) => m.before - m.after === 1)).toBe(true);
    expect(moves.reduce((total, m) => total + m.after - m.before, 0)).toBe(12 - 4 - 3 - 10);
  });

  it("refuses a hand change that cannot be, naming the field", async () => {
    const p = await createTestProduct(t.caller, { stockQuantity: 2 });
    await expect(t.caller.product.adjustStock({ variantId: p.variantId, change: -3, reason: "LOST" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Only 2"),
    });
    await expect(t.caller.product.adjustStock({ variantId: p.variantId, countedQuantity: 2, reason: "COUNTED" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(t.caller.product.adjustStock({ variantId: p.variantId, change: 0, reason: "RECEIVED" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(t.caller.product.adjustStock({ variantId: p.variantId, reason: "RECEIVED" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(t.caller.product.adjustStock({ variantId: p.variantId, change: 1, countedQuantity: 3, reason: "RECEIVED" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(t.caller.product.adjustStock({ variantId: p.variantId, change: 1, reason: "CORRECTION" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(t.caller.product.adjustStock({ variantId: randomUUID(), change: 1, reason: "RECEIVED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const manager = await t.callerAs("SHOP_MANAGER");
    await expect(manager.product.adjustStock({ variantId: p.variantId, change: 1, reason: "RECEIVED" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await stockOf(t.db, p.id)).toBe(2);
    expect(await t.db.stockAdjustment.count({ where: { productId: p.id } })).toBe(0);
  });
});
