import { DomainError } from "@commerce/core/errors";
import { multiply, storedMoney } from "@commerce/core/money";
import type { Tx } from "@commerce/db";
import { recordEvent } from "@commerce/events";
import type { MemberContext } from "../../service-context";
import { keysetPage } from "../../keyset";
import type { AdjustStockInput } from "./product.schemas";
import { productOrThrow } from "./product.service";

// Stock moves inside the caller's transaction: taken when an order is placed, given back when
// it is cancelled. A conditional decrement makes concurrent buyers of the last unit unable to
// both win; rows are taken in id order so concurrent orders never deadlock.

export interface WantedLine {
  productId: string;
  quantity: number;
}

/** A line as the catalogue priced it when its stock was taken (amounts in minor units). */
export interface PricedLine {
  productId: string;
  productName: string;
  sku: string;
  quantity: number;
  unitPriceAmount: number;
  lineTotalAmount: number;
}

/** Repeated products merged, in the order rows are locked. */
function merged(lines: WantedLine[]): Map<string, number> {
  const quantities = new Map<string, number>();
  for (const line of lines) quantities.set(line.productId, (quantities.get(line.productId) ?? 0) + line.quantity);
  return new Map([...quantities].sort(([a], [b]) => a.localeCompare(b)));
}

/** Takes the stock for an order's lines and prices them; refuses the lot if any is short. */
export async function takeStock(tx: Tx, wanted: WantedLine[]): Promise<{ currency: string; lines: PricedLine[] }> {
  const quantities = merged(wanted);
  const productIds = [...quantities.keys()];
  const products = await tx.product.findMany({ where: { id: { in: productIds } } });
  const missing = productIds.filter((id) => !products.some((p) => p.id === id));
  if (missing.length) throw new DomainError("NOT_FOUND", `Product not found: ${missing.join(", ")}`, { productIds: missing });
  const archived = products.filter((p) => p.status === "ARCHIVED");
  if (archived.length)
    throw new DomainError("INVALID_STATE", `${archived.map((p) => p.name).join(", ")} ${archived.length === 1 ? "is" : "are"} no longer sold`, {
      productIds: archived.map((p) => p.id),
    });
  const currencies = new Set(products.map((p) => p.currency));
  if (currencies.size > 1) throw new DomainError("VALIDATION", `An order is paid in one currency; these products use ${[...currencies].join(" and ")}`);

  for (const [id, quantity] of quantities) {
    const taken = await tx.product.updateMany({ where: { id, stockQuantity: { gte: quantity } }, data: { stockQuantity: { decrement: quantity } } });
    if (taken.count === 0) {
      const p = products.find((x) => x.id === id)!;
      const left = (await tx.product.findUnique({ where: { id }, select: { stockQuantity: true } }))?.stockQuantity ?? 0;
      throw new DomainError("OUT_OF_STOCK", left === 0 ? `${p.name} is out of stock` : `Only ${left} of ${p.name} left in stock (you asked for ${quantity})`, {
        productId: id,
        available: left,
        requested: quantity,
      });
    }
  }
  const currency = products[0]!.currency;
  const lines = [...quantities].map(([id, quantity]) => {
    const p = products.find((x) => x.id === id)!;
    const unitPrice = storedMoney(p.priceAmount, currency);
    return {
      productId: id,
      productName: p.name,
      sku: p.sku,
      quantity,
      unitPriceAmount: unitPrice.amount,
      lineTotalAmount: multiply(unitPrice, quantity).amount,
    };
  });
  return { currency, lines };
}

/** Puts a cancelled order's stock back on the shelf. */
export async function returnStock(tx: Tx, lines: WantedLine[]): Promise<void> {
  for (const [productId, quantity] of merged(lines)) {
    await tx.product.update({ where: { id: productId }, data: { stockQuantity: { increment: quantity } } });
  }
}

/**
 * A hand change to a product's stock, recorded with its reason and the quantity before and
 * after. The product's row is locked first (an update that changes nothing), so an order placed
 * at the same moment waits, and `before` is exactly what the change was applied to.
 */
export async function adjustStock(ctx: MemberContext, input: AdjustStockInput) {
  return ctx.db.$transaction(async (tx) => {
    await productOrThrow(tx, input.id);
    const product = await tx.product.update({
      where: { id: input.id },
      data: { stockQuantity: { increment: 0 } },
      select: { id: true, name: true, stockQuantity: true },
    });
    const before = product.stockQuantity;
    const after = input.countedQuantity ?? before + input.change!;
    if (after < 0) throw new DomainError("VALIDATION", `Only ${before} of ${product.name} in stock: cannot take away ${-input.change!}`, { field: "change" });
    if (after === before) throw new DomainError("VALIDATION", `${product.name} already has ${before} in stock`, { field: "countedQuantity" });
    await tx.product.update({ where: { id: product.id }, data: { stockQuantity: after } });
    const adjustment = await tx.stockAdjustment.create({
      data: {
        companyId: ctx.tenant.id,
        productId: product.id,
        reason: input.reason,
        note: input.note || null,
        delta: after - before,
        before,
        after,
        adjustedById: ctx.actor.userId,
      },
    });
    await recordEvent(tx, "stock.adjusted", { productId: product.id, adjustmentId: adjustment.id, reason: input.reason, before, after });
    ctx.log.info("stock adjusted", { productId: product.id, before, after, reason: input.reason });
    return adjustment;
  });
}

/** A product's hand changes, newest first, with who made them. */
export async function stockHistory(ctx: MemberContext, input: { id: string; cursor?: string; limit: number }) {
  const product = await productOrThrow(ctx.db, input.id);
  const rows = await ctx.db.stockAdjustment.findMany({
    where: { productId: product.id, ...(input.cursor ? { id: { lt: input.cursor } } : {}) },
    orderBy: { id: "desc" },
    take: input.limit + 1,
  });
  const { items, nextCursor } = keysetPage(rows, input.limit, (a) => a.id);
  // Staff names come from the company's own people (the scoped client), not from the row.
  const people = await ctx.db.user.findMany({ where: { id: { in: [...new Set(items.map((a) => a.adjustedById))] } }, select: { id: true, name: true } });
  return {
    items: items.map((a) => ({
      id: a.id,
      reason: a.reason,
      note: a.note,
      change: a.delta,
      before: a.before,
      after: a.after,
      adjustedBy: people.find((p) => p.id === a.adjustedById)?.name ?? "Someone no longer here",
      at: a.createdAt,
    })),
    nextCursor,
  };
}
