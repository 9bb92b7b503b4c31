import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, createTestProduct } from "../../testing";

let t: Awaited<ReturnType<typeof createTestPlatform>>;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

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
    expect(red.items.every((p) => p.colour === "red")).toBe(true);
    const facets = await shopper.product.facets();
    expect(facets.colours.length).toBeGreaterThanOrEqual(8);
    expect(facets.colours.find((c) => c.colour === "red")?.count).toBe(red.total);
    await expect(shopper.product.byColour({ colour: "plaid" as never, page: 1, pageSize: 10, sort: "newest" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("adds a product, findable by id and slug, and records product.created", async () => {
    const p = await createTestProduct(t.caller, { colour: "green" });
    expect(await t.caller.product.get({ slug: p.slug })).toMatchObject({ id: p.id, colour: "green" });
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
    ).rejects.toMatchObject({ code: "CONFLICT", message: "A product with this sku already exists" });
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
});
