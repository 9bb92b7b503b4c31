import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, createTestProduct, type Caller, type TestPlatform } from "../../testing";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const newCustomer = (name: string) => t.newCustomer(name);

async function buy(customer: Caller, productId: string) {
  const order = await customer.order.place({ lines: [{ productId, quantity: 1 }], customer: { name: "Buyer", email: "buyer@example.test" } });
  await customer.payment.process({ orderId: order.id, cardToken: "tok_visa", idempotencyKey: randomUUID() });
  return order;
}

const body = "Warm, well made and true to size.";

describe("product reviews", () => {
  it("a customer reviews a product once; it is verified only when they bought it, and review.created is recorded", async () => {
    const [unbought, bought] = [await createTestProduct(t.caller), await createTestProduct(t.caller)];
    const grace = await newCustomer("Grace Hopper Shopper");
    await buy(grace, bought.id);

    const before = await grace.review.mine({ productId: unbought.id });
    expect(before).toEqual({ review: null, canReview: true, verifiedPurchase: false });
    const plain = await grace.review.submit({ productId: unbought.id, rating: 4, body });
    expect(plain).toMatchObject({ rating: 4, verifiedPurchase: false, authorName: "Grace S.", status: "PUBLISHED", title: null });
    await expect(grace.review.submit({ productId: unbought.id, rating: 1, body })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You have already reviewed this product",
    });
    expect(await grace.review.mine({ productId: unbought.id })).toMatchObject({ canReview: false, review: { id: plain.id } });

    expect((await grace.review.mine({ productId: bought.id })).verifiedPurchase).toBe(true);
    const verified = await grace.review.submit({ productId: bought.id, rating: 5, title: "Lovely", body });
    expect(verified).toMatchObject({ verifiedPurchase: true, title: "Lovely" });

    const event = await t.db.outboxEvent.findFirst({ where: { type: "review.created", payload: { path: ["data", "reviewId"], equals: verified.id } } });
    expect((event?.payload as { data: unknown } | undefined)?.data).toMatchObject({ productId: bought.id, rating: 5, verifiedPurchase: true });
  });

  it("a cancelled or unpaid order does not make a purchase verified", async () => {
    const product = await createTestProduct(t.caller);
    const ada = await newCustomer("Ada Lovelace");
    const order = await ada.order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: { name: "Ada", email: "ada@example.test" } });
    expect((await ada.review.mine({ productId: product.id })).verifiedPurchase).toBe(false);
    await t.caller.order.cancel({ id: order.id, reason: "changed their mind" });
    expect((await ada.review.submit({ productId: product.id, rating: 3, body })).verifiedPurchase).toBe(false);
  });

  it("lists published reviews newest first in keyset pages, with a summary that matches them", async () => {
    const product = await createTestProduct(t.caller);
    const ratings = [5, 4, 2, 5];
    const written = [];
    for (const [i, rating] of ratings.entries())
      written.push(await (await newCustomer(`Reviewer ${i} Person`)).review.submit({ productId: product.id, rating, body }));

    const visitor = t.visitor();
    const first = await visitor.review.forProduct({ productId: product.id, limit: 3 });
    expect(first.summary).toEqual({ count: 4, average: 4, distribution: { 5: 2, 4: 1, 3: 0, 2: 1, 1: 0 } });
    expect(first.items.map((r) => r.id)).toEqual(
      written
        .map((r) => r.id)
        .reverse()
        .slice(0, 3),
    );
    expect(first.nextCursor).toBe(first.items[2]!.id);
    const second = await visitor.review.forProduct({ productId: product.id, limit: 3, cursor: first.nextCursor! });
    expect(second.items.map((r) => r.id)).toEqual([written[0]!.id]);
    expect(second.nextCursor).toBeNull();
    expect((await visitor.review.forProduct({ productId: product.id, rating: 5 })).items).toHaveLength(2);

    const listed = await visitor.product.get({ id: product.id });
    expect(listed.rating).toEqual({ average: 4, count: 4 });
    // What a shopper sees names no customer: only the signature written with the review.
    expect(JSON.stringify(first)).not.toContain("customerId");
  });

  it("hiding takes a review out of the listing and the rating, publishing puts it back; two moderators at once move the totals once", async () => {
    const product = await createTestProduct(t.caller);
    const keep = await (await newCustomer("Kept Reviewer")).review.submit({ productId: product.id, rating: 5, body });
    const rude = await (await newCustomer("Rude Reviewer")).review.submit({ productId: product.id, rating: 1, body: "Rude words a shop would hide." });
    const manager = await t.callerAs("SHOP_MANAGER");

    const hidden = await Promise.all([
      t.caller.review.setStatus({ reviewId: rude.id, status: "HIDDEN" }),
      manager.review.setStatus({ reviewId: rude.id, status: "HIDDEN" }),
    ]);
    expect(hidden.map((r) => r.status)).toEqual(["HIDDEN", "HIDDEN"]);
    expect((await t.visitor().product.get({ id: product.id })).rating).toEqual({ average: 5, count: 1 });
    const listing = await t.visitor().review.forProduct({ productId: product.id });
    expect(listing.items.map((r) => r.id)).toEqual([keep.id]);
    expect(listing.summary.distribution[1]).toBe(0);
    expect((await t.caller.review.list({ status: "HIDDEN", productId: product.id })).items.map((r) => r.id)).toEqual([rude.id]);

    await t.caller.review.setStatus({ reviewId: rude.id, status: "PUBLISHED" });
    await t.caller.review.setStatus({ reviewId: rude.id, status: "PUBLISHED" });
    expect((await t.visitor().product.get({ id: product.id })).rating).toEqual({ average: 3, count: 2 });
    const row = await t.db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect({ count: row.reviewCount, sum: row.ratingSum }).toEqual({ count: 2, sum: 6 });
  });

  it("the shop's reply shows under the review, and can be taken down", async () => {
    const product = await createTestProduct(t.caller);
    const review = await (await newCustomer("Replied Reviewer")).review.submit({ productId: product.id, rating: 4, body });
    const replied = await t.caller.review.reply({ reviewId: review.id, reply: "Thank you for the kind words!" });
    expect(replied.reply).toBe("Thank you for the kind words!");
    expect((await t.visitor().review.forProduct({ productId: product.id })).items[0]).toMatchObject({ reply: "Thank you for the kind words!" });
    await t.caller.review.reply({ reviewId: review.id, reply: null });
    expect((await t.visitor().review.forProduct({ productId: product.id })).items[0]).toMatchObject({ reply: null, repliedAt: null });
  });

  it("refuses what the rules refuse, naming the field", async () => {
    const product = await createTestProduct(t.caller);
    const customer = await newCustomer("Rule Tester");
    for (const [input, field] of [
      [{ productId: product.id, rating: 0, body }, "rating"],
      [{ productId: product.id, rating: 6, body }, "rating"],
      [{ productId: product.id, rating: 4.5, body }, "rating"],
      [{ productId: product.id, rating: 4, body: "Too short" }, "body"],
      [{ productId: product.id, rating: 4, body: "x".repeat(4001) }, "body"],
    ] as const) {
      const error = await customer.review.submit(input).catch((e: unknown) => e);
      expect(error, JSON.stringify(input).slice(0, 80)).toMatchObject({ code: "BAD_REQUEST" });
      // Over HTTP this is fieldErrors[field] (the error formatter builds it from these issues).
      const issues = (error as { cause?: { issues?: { path: PropertyKey[] }[] } }).cause?.issues ?? [];
      expect(
        issues.map((issue) => issue.path[0]),
        field,
      ).toContain(field);
    }
    await expect(customer.review.submit({ productId: randomUUID(), rating: 4, body })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(t.visitor().review.submit({ productId: product.id, rating: 4, body })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(t.caller.review.submit({ productId: product.id, rating: 4, body })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const review = await customer.review.submit({ productId: product.id, rating: 4, body });
    await expect(customer.review.setStatus({ reviewId: review.id, status: "HIDDEN" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(customer.review.reply({ reviewId: review.id, reply: "I answer myself" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.caller.review.setStatus({ reviewId: randomUUID(), status: "HIDDEN" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
