import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes, randomUUID } from "node:crypto";
import { createTestCompany, createTestPlatform, createTestProduct, shopper, type TestPlatform } from "../../testing";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const eur = (amount: number) => ({ amount, currency: "EUR" });
const stockChanges = async (variantId: string) =>
  (
    await t.db.outboxEvent.findMany({
      where: { type: "variant.stock_changed", payload: { path: ["data", "variantId"], equals: variantId } },
      orderBy: { occurredAt: "asc" },
    })
  ).map((e) => (e.payload as { data: { cause: string; before: number; after: number; orderId: string | null } }).data);

/** A tee in two sizes and three colours: six variants, the large ones dearer. */
async function tee(stock = 5) {
  const base = `TEE-${randomBytes(3).toString("hex").toUpperCase()}`;
  const sizes = ["M", "L"];
  const colours = ["red", "blue", "green"];
  return t.caller.product.add({
    name: `Variant Tee ${base}`,
    description: "A tee that comes in sizes and colours.",
    category: "t-shirts",
    options: [
      { name: "Size", values: sizes },
      { name: "Colour", values: colours },
    ],
    variants: sizes.flatMap((size) =>
      colours.map((colour) => ({
        options: { Size: size, Colour: colour },
        sku: `${base}-${size}-${colour.toUpperCase()}`,
        price: eur(size === "L" ? 2200 : 2000),
        stockQuantity: stock,
      })),
    ),
  });
}

describe("options and variants", () => {
  it("makes a variant per combination, each with its own SKU, price and stock; listings show the range and colours", async () => {
    const p = await tee();
    expect(p.variants).toHaveLength(6);
    expect(p.variants.map((v) => v.title)).toEqual(["M / red", "M / blue", "M / green", "L / red", "L / blue", "L / green"]);
    expect(p).toMatchObject({
      price: eur(2000),
      maxPrice: eur(2200),
      stockQuantity: 30,
      colours: [{ colour: "red" }, { colour: "blue" }, { colour: "green" }],
      options: [
        { name: "Size", values: ["M", "L"], colour: false },
        { name: "Colour", values: ["red", "blue", "green"], colour: true },
      ],
    });
    const found = await t.visitor().product.getAll({ search: p.variants[4]!.sku, page: 1, pageSize: 10 });
    expect(found.items.map((x) => x.id)).toEqual([p.id]);
    const green = await t.visitor().product.byColour({ colour: "green", page: 1, pageSize: 100, sort: "newest" });
    expect(green.items.map((x) => x.id)).toContain(p.id);

    const event = await t.db.outboxEvent.findFirstOrThrow({ where: { type: "product.created", payload: { path: ["data", "productId"], equals: p.id } } });
    expect((event.payload as { data: { variants: unknown[]; colours: string[] } }).data).toMatchObject({ colours: ["red", "blue", "green"] });
    expect((event.payload as { data: { variants: unknown[] } }).data.variants).toHaveLength(6);
  });

  it("counts a product once per colour it comes in, as brute force over the catalogue does", async () => {
    await tee();
    const visitor = t.visitor();
    const facets = await visitor.product.facets();
    const all = await t.db.product.findMany({ where: { companyId: t.tenant.company.id, status: "ACTIVE" }, select: { colours: true } });
    for (const { colour, count } of facets.colours) expect(count, colour).toBe(all.filter((p) => p.colours.includes(colour)).length);
    const red = await visitor.product.byColour({ colour: "red", page: 1, pageSize: 1, sort: "newest" });
    expect(facets.colours.find((c) => c.colour === "red")?.count).toBe(red.total);
  });

  it("refuses variants that do not fit their options, naming the variant and field", async () => {
    const base = { name: "Broken Tee", description: "Variants that do not add up.", category: "t-shirts" };
    const refusal = (input: Parameters<typeof t.caller.product.add>[0]) => t.caller.product.add(input).catch((e: Error & { code?: string }) => e);
    const options = [{ name: "Size", values: ["S", "M"] }];
    const cases: [Parameters<typeof t.caller.product.add>[0], string][] = [
      [{ ...base, options, variants: [{ options: { Size: "XL" }, sku: "BRK-1", price: eur(100), stockQuantity: 1 }] }, "variants.0.options.Size"],
      [{ ...base, options, variants: [{ options: {}, sku: "BRK-1", price: eur(100), stockQuantity: 1 }] }, "needs a Size"],
      [
        {
          ...base,
          options,
          variants: [
            { options: { Size: "S" }, sku: "BRK-1", price: eur(100), stockQuantity: 1 },
            { options: { Size: "S" }, sku: "BRK-2", price: eur(100), stockQuantity: 1 },
          ],
        },
        "the same Size as variant 1",
      ],
      [
        {
          ...base,
          options,
          variants: [
            { options: { Size: "S" }, sku: "BRK-1", price: eur(100), stockQuantity: 1 },
            { options: { Size: "M" }, sku: "BRK-1", price: eur(100), stockQuantity: 1 },
          ],
        },
        "another variant has this SKU",
      ],
      [
        {
          ...base,
          options: [{ name: "Colour", values: ["plaid"] }],
          variants: [{ options: { Colour: "plaid" }, sku: "BRK-1", price: eur(100), stockQuantity: 1 }],
        },
        "must be one of",
      ],
      [
        { ...base, options, variants: [{ options: { Size: "S" }, sku: "BRK-1", price: eur(100), compareAtPrice: eur(90), stockQuantity: 1 }] },
        "must be above the price",
      ],
      [{ ...base, options, variants: [{ options: { Size: "S" }, sku: "BRK-1", price: eur(100), stockQuantity: 1 }], sku: "BRK-2" }, "is given per variant"],
      [{ ...base, colour: "red", price: eur(100), stockQuantity: 1 } as never, "sku"],
    ];
    for (const [input, expected] of cases) {
      const error = await refusal(input);
      expect(error, expected).toMatchObject({ code: "BAD_REQUEST" });
      expect(String((error as Error).message), expected).toContain(expected);
    }
    await expect(
      t.caller.product.add({
        ...base,
        options,
        variants: [{ options: { Size: "S" }, sku: "BRK-USD", price: { amount: 100, currency: "USD" }, stockQuantity: 1 }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("EUR") });
  });

  it("adds a variant with a new value, keeping the summary; a taken combination or SKU is a conflict", async () => {
    const p = await tee();
    const grown = await t.caller.product.addVariant({
      productId: p.id,
      options: { Size: "XL", Colour: "navy" },
      sku: `${p.variants[0]!.sku}-XL`,
      price: eur(2600),
      stockQuantity: 2,
    });
    expect(grown.options).toMatchObject([{ values: ["M", "L", "XL"] }, { values: ["red", "blue", "green", "navy"] }]);
    expect(grown).toMatchObject({ maxPrice: eur(2600), stockQuantity: 32 });
    expect(grown.colours.map((c) => c.colour)).toEqual(["red", "blue", "green", "navy"]);
    expect(grown.variants.at(-1)).toMatchObject({ title: "XL / navy", stockQuantity: 2 });

    await expect(
      t.caller.product.addVariant({ productId: p.id, options: { Size: "M", Colour: "red" }, sku: "NEW-SKU-1", price: eur(1), stockQuantity: 0 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "The product already has a variant with these options",
    });
    await expect(
      t.caller.product.addVariant({ productId: p.id, options: { Size: "S", Colour: "red" }, sku: p.variants[0]!.sku, price: eur(1), stockQuantity: 0 }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "A product with this SKU already exists" });
    await expect(
      t.caller.product.addVariant({ productId: p.id, options: { Size: "S" }, sku: "NEW-SKU-2", price: eur(1), stockQuantity: 0 }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("needs a Colour"),
    });
    await expect(
      t.caller.product.addVariant({ productId: p.id, options: { Size: "S", Colour: "plaid" }, sku: "NEW-SKU-3", price: eur(1), stockQuantity: 0 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Nothing of the refused ones was kept.
    expect((await t.caller.product.get({ id: p.id })).variants).toHaveLength(7);
  });

  it("edits a variant's own fields; the price range follows, and the compare-at price stays above the price", async () => {
    const p = await tee();
    const cheapest = p.variants[0]!;
    const edited = await t.caller.product.updateVariant({
      id: cheapest.id,
      price: eur(1500),
      compareAtPrice: eur(2000),
      barcode: "4006381333931",
      weightGrams: 180,
    });
    expect(edited.price).toEqual(eur(1500));
    expect(edited.variants[0]).toMatchObject({ price: eur(1500), compareAtPrice: eur(2000), barcode: "4006381333931", weightGrams: 180 });
    expect((await t.visitor().product.getAll({ search: "4006381333931", page: 1, pageSize: 5 })).items.map((x) => x.id)).toContain(p.id);
    await expect(t.caller.product.updateVariant({ id: cheapest.id, price: eur(2500) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("compare-at price must be above the price"),
    });
    const cleared = await t.caller.product.updateVariant({ id: cheapest.id, compareAtPrice: null, price: eur(2500) });
    expect(cleared).toMatchObject({ price: eur(2000), maxPrice: eur(2500) });
    const event = await t.db.outboxEvent.findFirstOrThrow({
      where: { type: "product.updated", payload: { path: ["data", "productId"], equals: p.id } },
      orderBy: { occurredAt: "desc" },
    });
    expect((event.payload as { data: unknown }).data).toMatchObject({ changed: ["variants.price", "variants.compareAtPrice"], variantIds: [cheapest.id] });
    await expect(t.caller.product.updateVariant({ id: randomUUID(), price: eur(1) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("bulk-edits prices and stock counts in one commit, all or nothing", async () => {
    const a = await tee(5);
    const b = await createTestProduct(t.caller, { stockQuantity: 3 });
    const result = await t.caller.product.bulkUpdateVariants({
      changes: [
        { variantId: a.variants[0]!.id, price: eur(1800), stockQuantity: 9 },
        { variantId: a.variants[1]!.id, stockQuantity: 5 }, // already 5: no adjustment
        { variantId: b.variantId, price: eur(1999), compareAtPrice: eur(2499) },
      ],
      note: "Spring count",
    });
    expect(result).toEqual({ priced: 2, stockAdjusted: 1 });
    expect((await t.caller.product.get({ id: a.id })).price).toEqual(eur(1800));
    expect((await t.caller.product.get({ id: b.id })).variants[0]).toMatchObject({ price: eur(1999), compareAtPrice: eur(2499) });
    const history = await t.caller.product.stockHistory({ id: a.id, limit: 10 });
    expect(history.items).toMatchObject([
      { variantId: a.variants[0]!.id, variantTitle: "M / red", reason: "COUNTED", before: 5, after: 9, note: "Spring count" },
    ]);

    // One bad change refuses the lot: the first change is not kept either.
    await expect(
      t.caller.product.bulkUpdateVariants({
        changes: [
          { variantId: a.variants[2]!.id, price: eur(100) },
          { variantId: b.variantId, price: eur(3000) }, // above its compare-at price
        ],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("changes.1.compareAtPrice") });
    expect((await t.caller.product.get({ id: a.id })).variants[2]!.price).toEqual(eur(2000));
    await expect(t.caller.product.bulkUpdateVariants({ changes: [{ variantId: a.variants[0]!.id }] } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const manager = await t.callerAs("SHOP_MANAGER");
    await expect(manager.product.bulkUpdateVariants({ changes: [{ variantId: a.variants[0]!.id, stockQuantity: 1 }] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("buying variants", () => {
  it("takes stock from the variant bought only, prices it as that variant, and names it on the order", async () => {
    const p = await tee(3);
    const large = p.variants.find((v) => v.title === "L / blue")!;
    const customer = await t.callerAs("CUSTOMER");
    const order = await customer.order.checkout({
      lines: [{ variantId: large.id, quantity: 2 }],
      customer: shopper,
      cardToken: "tok_visa",
      idempotencyKey: `var-${randomUUID()}`,
    });
    expect(order.order.lines).toMatchObject([
      { productId: p.id, variantId: large.id, variantTitle: "L / blue", sku: large.sku, quantity: 2, unitPrice: eur(2200) },
    ]);
    const after = await t.caller.product.get({ id: p.id });
    expect(after.variants.map((v) => v.stockQuantity)).toEqual([3, 3, 3, 3, 1, 3]);
    expect(await stockChanges(large.id)).toMatchObject([{ cause: "order", before: 3, after: 1 }]);

    // A product that comes in several variants cannot be bought by its id alone.
    await expect(customer.order.place({ lines: [{ productId: p.id, quantity: 1 }], customer: shopper })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Choose which one"),
    });
    // Out of stock names the variant, and nothing is taken from the others in the order.
    await expect(
      customer.order.place({
        lines: [
          { variantId: p.variants[0]!.id, quantity: 1 },
          { variantId: large.id, quantity: 2 },
        ],
        customer: shopper,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: `Only 1 of ${p.name} (L / blue) left in stock (you asked for 2)` });
    expect((await t.caller.product.get({ id: p.id })).variants[0]!.stockQuantity).toBe(3);
  });

  it("gives a cancelled order's stock back to its variants, saying so", async () => {
    const p = await tee(4);
    const [a, b] = [p.variants[1]!, p.variants[5]!];
    const customer = await t.callerAs("CUSTOMER");
    const order = await customer.order.place({
      lines: [
        { variantId: a.id, quantity: 1 },
        { variantId: b.id, quantity: 2 },
        { variantId: a.id, quantity: 1 },
      ],
      customer: shopper,
    });
    expect(order.lines.map((l) => [l.variantTitle, l.quantity])).toEqual(
      expect.arrayContaining([
        ["M / blue", 2],
        ["L / green", 2],
      ]),
    );
    await t.caller.order.cancel({ id: order.id, reason: "Changed my mind" });
    expect((await t.caller.product.get({ id: p.id })).stockQuantity).toBe(24);
    expect(await stockChanges(a.id)).toMatchObject([
      { cause: "order", before: 4, after: 2, orderId: null },
      { cause: "cancellation", before: 2, after: 4, orderId: order.id },
    ]);
  });

  it("does not sell or change another company's variant", async () => {
    const other = await createTestCompany(t.db);
    const theirs = await createTestProduct(await t.callerAs("COMPANY_ADMIN", other), { stockQuantity: 5 });
    const customer = await t.callerAs("CUSTOMER");
    await expect(customer.order.place({ lines: [{ variantId: theirs.variantId, quantity: 1 }], customer: shopper })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(t.caller.product.updateVariant({ id: theirs.variantId, price: eur(1) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(t.caller.product.adjustStock({ variantId: theirs.variantId, change: -5, reason: "LOST" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(t.caller.product.bulkUpdateVariants({ changes: [{ variantId: theirs.variantId, stockQuantity: 0 }] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await t.db.productVariant.findUniqueOrThrow({ where: { id: theirs.variantId } })).stockQuantity).toBe(5);
  });
});
