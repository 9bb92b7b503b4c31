import { DomainError } from "@commerce/core/errors";
import type { Prisma, Tx } from "@commerce/db";
import { recordEvent } from "@commerce/events";
import type { MemberContext } from "../../service-context";
import { checkVariants, type AddVariantInput, type BulkUpdateVariantsInput, type UpdateVariantInput } from "./product.schemas";
import { checkCurrency, namingClashes, productOrThrow, refreshSummary, toView, variantTitle } from "./product.service";
import { adjustStockIn } from "./stock.service";

// A product's variants after it was made: another size or colour, a variant's own fields, and
// the portal's bulk edit of prices and stock. Each keeps the product's summary (price range,
// colours) in the same transaction and says what changed (product.updated with the variants).

/** Runs `change` in a transaction, a taken SKU or a repeated combination named as a 409. */
const changing = <T>(ctx: MemberContext, change: (tx: Tx) => Promise<T>): Promise<T> => namingClashes(() => ctx.db.$transaction(change));

/** Another variant of a product. A value its option does not have yet is added to it (last). */
export async function addVariant(ctx: MemberContext, input: AddVariantInput) {
  checkCurrency(ctx, [
    { field: "price.currency", price: input.price },
    { field: "compareAtPrice.currency", price: input.compareAtPrice },
  ]);
  return changing(ctx, async (tx) => {
    const product = await productOrThrow(tx, input.productId);
    if (product.options.length === 0) throw new DomainError("INVALID_STATE", `${product.name} has no options (such as Size or Colour) to tell variants apart`);
    if (input.price.currency !== product.currency)
      throw new DomainError("VALIDATION", `${product.name} is priced in ${product.currency}`, { field: "price.currency" });
    // The options as they will be with this variant's values; a combination or SKU already
    // taken is refused by the database's unique indexes (clashOf names it).
    const options = product.options.map((o) => {
      const value = input.options[o.name];
      return { ...o, values: value !== undefined && !o.values.includes(value) ? [...o.values, value] : o.values };
    });
    const issue = checkVariants(options, [input])[0];
    if (issue) {
      const field = issue.path[0] === "variants" ? issue.path.slice(2).join(".") : "options";
      throw new DomainError("VALIDATION", `${field}: ${issue.message}`, { field });
    }
    for (const option of options) {
      const before = product.options.find((o) => o.id === option.id)!;
      if (option.values.length !== before.values.length) await tx.productOption.update({ where: { id: option.id }, data: { values: option.values } });
    }
    const variant = await tx.productVariant.create({
      data: {
        productId: product.id,
        sku: input.sku,
        barcode: input.barcode ?? null,
        optionValues: input.options,
        title: variantTitle(product.options, input.options),
        priceAmount: input.price.amount,
        compareAtAmount: input.compareAtPrice?.amount ?? null,
        weightGrams: input.weightGrams ?? null,
        stockQuantity: input.stockQuantity,
        position: Math.max(-1, ...product.variants.map((v) => v.position)) + 1,
      },
    });
    await recordEvent(tx, "product.updated", { productId: product.id, changed: ["variants"], variantIds: [variant.id] });
    ctx.log.info("variant added", { productId: product.id, variantId: variant.id });
    return toView(await refreshSummary(tx, product.id));
  });
}

/** The compare-at price stays above the price, whichever of the two changes. */
function checkCompareAt(price: bigint, compareAt: bigint | null, field: string) {
  if (compareAt !== null && compareAt <= price) throw new DomainError("VALIDATION", `${field}: the compare-at price must be above the price`, { field });
}

/** A variant's own fields: SKU, barcode, price, compare-at price, weight. Stock moves by adjustment. */
export async function updateVariant(ctx: MemberContext, input: UpdateVariantInput) {
  checkCurrency(ctx, [
    { field: "price.currency", price: input.price },
    { field: "compareAtPrice.currency", price: input.compareAtPrice },
  ]);
  return changing(ctx, async (tx) => {
    const before = await tx.productVariant.findFirst({ where: { id: input.id } });
    if (!before) throw new DomainError("NOT_FOUND", "No variant with that id", { field: "id" });
    const data: Prisma.ProductVariantUpdateInput = {
      ...(input.sku !== undefined ? { sku: input.sku } : {}),
      ...(input.barcode !== undefined ? { barcode: input.barcode } : {}),
      ...(input.price !== undefined ? { priceAmount: input.price.amount } : {}),
      ...(input.compareAtPrice !== undefined ? { compareAtAmount: input.compareAtPrice?.amount ?? null } : {}),
      ...(input.weightGrams !== undefined ? { weightGrams: input.weightGrams } : {}),
    };
    checkCompareAt(
      input.price ? BigInt(input.price.amount) : before.priceAmount,
      input.compareAtPrice === undefined ? before.compareAtAmount : input.compareAtPrice ? BigInt(input.compareAtPrice.amount) : null,
      "compareAtPrice",
    );
    const after = await tx.productVariant.update({ where: { id: before.id }, data });
    const changed = (["sku", "barcode", "priceAmount", "compareAtAmount", "weightGrams"] as const)
      .filter((field) => before[field] !== after[field])
      .map((field) => ({ priceAmount: "price", compareAtAmount: "compareAtPrice" })[field as string] ?? field);
    if (changed.length)
      await recordEvent(tx, "product.updated", { productId: before.productId, changed: changed.map((f) => `variants.${f}`), variantIds: [before.id] });
    return toView(await refreshSummary(tx, before.productId));
  });
}

/**
 * Many variants' prices and stock in one commit (the portal's bulk edit): all or none. A stock
 * figure is a count, recorded as a COUNTED adjustment of each variant whose stock it changes.
 */
export async function bulkUpdateVariants(ctx: MemberContext, input: BulkUpdateVariantsInput) {
  checkCurrency(
    ctx,
    input.changes.flatMap((c, i) => [
      { field: `changes.${i}.price.currency`, price: c.price },
      { field: `changes.${i}.compareAtPrice.currency`, price: c.compareAtPrice },
    ]),
  );
  return changing(ctx, async (tx) => {
    const variants = await tx.productVariant.findMany({ where: { id: { in: input.changes.map((c) => c.variantId) } } });
    const missing = input.changes.findIndex((c) => !variants.some((v) => v.id === c.variantId));
    if (missing >= 0) throw new DomainError("NOT_FOUND", `changes.${missing}.variantId: no variant with that id`, { field: `changes.${missing}.variantId` });
    const touched = new Map<string, string[]>();
    let adjusted = 0;
    for (const [i, change] of input.changes.entries()) {
      const variant = variants.find((v) => v.id === change.variantId)!;
      const price = change.price ? BigInt(change.price.amount) : variant.priceAmount;
      const compareAt = change.compareAtPrice === undefined ? variant.compareAtAmount : change.compareAtPrice ? BigInt(change.compareAtPrice.amount) : null;
      checkCompareAt(price, compareAt, `changes.${i}.compareAtPrice`);
      if (price !== variant.priceAmount || compareAt !== variant.compareAtAmount) {
        await tx.productVariant.update({ where: { id: variant.id }, data: { priceAmount: price, compareAtAmount: compareAt } });
        touched.set(variant.productId, [...(touched.get(variant.productId) ?? []), variant.id]);
      }
      if (change.stockQuantity !== undefined && change.stockQuantity !== variant.stockQuantity) {
        await adjustStockIn(ctx, tx, { variantId: variant.id, countedQuantity: change.stockQuantity, reason: "COUNTED", note: input.note });
        adjusted++;
      }
    }
    for (const [productId, variantIds] of touched) {
      await refreshSummary(tx, productId);
      await recordEvent(tx, "product.updated", { productId, changed: ["variants.price"], variantIds });
    }
    ctx.log.info("variants bulk-edited", { priced: [...touched.values()].flat().length, adjusted });
    return { priced: [...touched.values()].reduce((n, ids) => n + ids.length, 0), stockAdjusted: adjusted };
  });
}
