import { DomainError } from "@commerce/core/errors";
import { multiply, storedMoney } from "@commerce/core/money";
import { variantName } from "@commerce/core/names";
import type { Tx } from "@commerce/db";
import { recordEvent } from "@commerce/events";
import type { MemberContext } from "../../service-context";
import { keysetPage } from "../../keyset";
import type { AdjustStockInput } from "./product.schemas";
import { productOrThrow } from "./product.service";

// Stock is a variant's, and moves inside the caller's transaction: taken when an order is
// placed, given back when it is cancelled, changed by hand with a reason. A conditional
// decrement makes concurrent buyers of the last unit unable to both win; rows are taken in id
// order so concurrent orders never deadlock. Every move says so (variant.stock_changed).

/** A line to take stock for: a variant, or a product that has only one. */
export interface WantedLine {
  variantId?: string | undefined;
  productId?: string | undefined;
  quantity: number;
}

/** A line as the catalogue priced it when its stock was taken (amounts in minor units). */
export interface PricedLine {
  productId: string;
  variantId: string;
  productName: string;
  variantTitle: string;
  sku: string;
  quantity: number;
  unitPriceAmount: number;
  lineTotalAmount: number;
}

const variantWithProduct = { product: { select: { id: true, name: true, status: true, currency: true } } } as const;

/** The variants the lines name; a product named instead must have exactly one. */
async function resolveVariants(tx: Tx, wanted: WantedLine[]) {
  const variantIds = [...new Set(wanted.flatMap((l) => (l.variantId ? [l.variantId] : [])))];
  const productIds = [...new Set(wanted.flatMap((l) => (!l.variantId && l.productId ? [l.productId] : [])))];
  const [byId, byProduct] = await Promise.all([
    tx.productVariant.findMany({ where: { id: { in: variantIds } }, include: variantWithProduct }),
    productIds.length ? tx.product.findMany({ where: { id: { in: productIds } }, include: { variants: { include: variantWithProduct } } }) : [],
  ]);
  const missing = [...variantIds.filter((id) => !byId.some((v) => v.id === id)), ...productIds.filter((id) => !byProduct.some((p) => p.id === id))];
  if (missing.length) throw new DomainError("NOT_FOUND", `Product not found: ${missing.join(", ")}`, { productIds: missing });
  const ambiguous = byProduct.filter((p) => p.variants.length !== 1);
  if (ambiguous.length)
    throw new DomainError("VALIDATION", `Choose which one of ${ambiguous.map((p) => p.name).join(", ")} (it comes in several variants)`, {
      productIds: ambiguous.map((p) => p.id),
    });
  const variants = [...byId, ...byProduct.map((p) => p.variants[0]!)];
  const quantities = new Map<string, number>();
  for (const line of wanted) {
    const variant = variants.find((v) => v.id === line.variantId || (!line.variantId && v.productId === line.productId))!;
    quantities.set(variant.id, (quantities.get(variant.id) ?? 0) + line.quantity);
  }
  // Repeated variants merged, in the order rows are locked.
  return [...quantities].sort(([a], [b]) => a.localeCompare(b)).map(([id, quantity]) => ({ variant: variants.find((v) => v.id === id)!, quantity }));
}

const displayName = (v: { title: string; product: { name: string } }) => variantName(v.product.name, v.title);

/** Takes the stock for an order's lines and prices them; refuses the lot if any is short. */
export async function takeStock(tx: Tx, wanted: WantedLine[]): Promise<{ currency: string; lines: PricedLine[] }> {
  const lines = await resolveVariants(tx, wanted);
  const archived = [...new Map(lines.filter((l) => l.variant.product.status === "ARCHIVED").map((l) => [l.variant.productId, l.variant.product])).values()];
  if (archived.length)
    throw new DomainError("INVALID_STATE", `${archived.map((p) => p.name).join(", ")} ${archived.length === 1 ? "is" : "are"} no longer sold`, {
      productIds: archived.map((p) => p.id),
    });
  const currencies = new Set(lines.map((l) => l.variant.product.currency));
  if (currencies.size > 1) throw new DomainError("VALIDATION", `An order is paid in one currency; these products use ${[...currencies].join(" and ")}`);

  for (const { variant, quantity } of lines) {
    // One statement takes the units and says what is left, or takes nothing when too few are.
    const [taken] = await tx.productVariant.updateManyAndReturn({
      where: { id: variant.id, stockQuantity: { gte: quantity } },
      data: { stockQuantity: { decrement: quantity } },
      select: { stockQuantity: true },
    });
    if (!taken) {
      // The row is locked by whoever took the units, so what is read now is exact.
      const left = (await tx.productVariant.findUnique({ where: { id: variant.id }, select: { stockQuantity: true } }))?.stockQuantity ?? 0;
      throw new DomainError(
        "OUT_OF_STOCK",
        left === 0 ? `${displayName(variant)} is out of stock` : `Only ${left} of ${displayName(variant)} left in stock (you asked for ${quantity})`,
        { productId: variant.productId, variantId: variant.id, available: left, requested: quantity },
      );
    }
    await stockChanged(tx, variant, taken.stockQuantity + quantity, taken.stockQuantity, { cause: "order" });
  }
  const currency = lines[0]!.variant.product.currency;
  return {
    currency,
    lines: lines.map(({ variant, quantity }) => {
      const unitPrice = storedMoney(variant.priceAmount, currency);
      return {
        productId: variant.productId,
        variantId: variant.id,
        productName: variant.product.name,
        variantTitle: variant.title,
        sku: variant.sku,
        quantity,
        unitPriceAmount: unitPrice.amount,
        lineTotalAmount: multiply(unitPrice, quantity).amount,
      };
    }),
  };
}

/** Puts a cancelled order's stock back on the shelf. */
export async function returnStock(tx: Tx, orderId: string, lines: { variantId: string; quantity: number }[]): Promise<void> {
  const quantities = new Map<string, number>();
  for (const line of lines) quantities.set(line.variantId, (quantities.get(line.variantId) ?? 0) + line.quantity);
  for (const [variantId, quantity] of [...quantities].sort(([a], [b]) => a.localeCompare(b))) {
    const variant = await tx.productVariant.update({ where: { id: variantId }, data: { stockQuantity: { increment: quantity } } });
    await stockChanged(tx, variant, variant.stockQuantity - quantity, variant.stockQuantity, { cause: "cancellation", orderId });
  }
}

type StockCause =
  { cause: "order" } | { cause: "cancellation"; orderId: string } | { cause: "adjustment"; adjustmentId: string; reason: AdjustStockInput["reason"] };

async function stockChanged(tx: Tx, variant: { id: string; productId: string; sku: string }, before: number, after: number, why: StockCause) {
  await recordEvent(tx, "variant.stock_changed", {
    productId: variant.productId,
    variantId: variant.id,
    sku: variant.sku,
    before,
    after,
    cause: why.cause,
    orderId: why.cause === "cancellation" ? why.orderId : null,
    adjustmentId: why.cause === "adjustment" ? why.adjustmentId : null,
    reason: why.cause === "adjustment" ? why.reason : null,
  });
}

/**
 * A hand change to a variant's stock, recorded with its reason and the quantity before and
 * after. The variant's row is locked first (an update that changes nothing), so an order placed
 * at the same moment waits, and `before` is exactly what the change was applied to.
 */
export async function adjustStock(ctx: MemberContext, input: AdjustStockInput) {
  return ctx.db.$transaction((tx) => adjustStockIn(ctx, tx, input));
}

/** adjustStock inside the caller's transaction (a bulk edit counts many variants in one commit). */
export async function adjustStockIn(ctx: MemberContext, tx: Tx, input: AdjustStockInput) {
  const locked = await tx.productVariant.updateMany({ where: { id: input.variantId }, data: { stockQuantity: { increment: 0 } } });
  if (locked.count === 0) throw new DomainError("NOT_FOUND", "No variant with that id", { field: "variantId" });
  const variant = await tx.productVariant.findUniqueOrThrow({ where: { id: input.variantId }, include: variantWithProduct });
  const name = displayName(variant);
  const before = variant.stockQuantity;
  const after = input.countedQuantity ?? before + input.change!;
  if (after < 0) throw new DomainError("VALIDATION", `Only ${before} of ${name} in stock: cannot take away ${-input.change!}`, { field: "change" });
  if (after === before) throw new DomainError("VALIDATION", `${name} already has ${before} in stock`, { field: "countedQuantity" });
  await tx.productVariant.update({ where: { id: variant.id }, data: { stockQuantity: after } });
  const adjustment = await tx.stockAdjustment.create({
    data: {
      companyId: ctx.tenant.id,
      productId: variant.productId,
      variantId: variant.id,
      reason: input.reason,
      note: input.note || null,
      delta: after - before,
      before,
      after,
      adjustedById: ctx.actor.userId,
    },
  });
  await stockChanged(tx, variant, before, after, { cause: "adjustment", adjustmentId: adjustment.id, reason: input.reason });
  ctx.log.info("stock adjusted", { variantId: variant.id, before, after, reason: input.reason });
  return { ...adjustment, variantTitle: variant.title };
}

/** A product's (or one variant's) hand changes, newest first, with who made them. */
export async function stockHistory(ctx: MemberContext, input: { id: string; variantId?: string | undefined; cursor?: string | undefined; limit: number }) {
  const product = await productOrThrow(ctx.db, input.id);
  const rows = await ctx.db.stockAdjustment.findMany({
    where: { productId: product.id, ...(input.variantId ? { variantId: input.variantId } : {}), ...(input.cursor ? { id: { lt: input.cursor } } : {}) },
    orderBy: { id: "desc" },
    take: input.limit + 1,
  });
  const { items, nextCursor } = keysetPage(rows, input.limit, (a) => a.id);
  // Staff names come from the company's own people (the scoped client), not from the row.
  const people = await ctx.db.user.findMany({ where: { id: { in: [...new Set(items.map((a) => a.adjustedById))] } }, select: { id: true, name: true } });
  return {
    items: items.map((a) => {
      const variant = product.variants.find((v) => v.id === a.variantId);
      return {
        id: a.id,
        variantId: a.variantId,
        variantTitle: variant?.title ?? "",
        sku: variant?.sku ?? "",
        reason: a.reason,
        note: a.note,
        change: a.delta,
        before: a.before,
        after: a.after,
        adjustedBy: people.find((p) => p.id === a.adjustedById)?.name ?? "Someone no longer here",
        at: a.createdAt,
      };
    }),
    nextCursor,
  };
}
