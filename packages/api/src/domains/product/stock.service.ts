import { DomainError } from "@commerce/core/errors";
import { multiply, storedMoney } from "@commerce/core/money";
import type { Tx } from "@commerce/db";

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
