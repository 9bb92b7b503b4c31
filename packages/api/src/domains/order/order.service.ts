import { Prisma, uniqueViolation, type Tx } from "@commerce/db";
import { DomainError } from "@commerce/core/errors";
import { money, multiply, storedAmount, storedMoney, sum } from "@commerce/core/money";
import { recordEvent } from "@commerce/events";
import type { z } from "zod";
import { tenantOf, type ServiceContext } from "../../context";
import { assertTransition, nextStatuses, returnsStockOnCancel, type OrderStatus, type TransitionCause } from "./order-status";
import type { listOrdersInput, PlaceOrderInput } from "./order.schemas";

const orderInclude = {
  lines: { orderBy: { productName: "asc" } },
  statusChanges: { orderBy: { createdAt: "asc" } },
  payments: { orderBy: { createdAt: "asc" }, include: { refunds: { orderBy: { createdAt: "asc" } } } },
} satisfies Prisma.OrderInclude;

type OrderRow = Prisma.OrderGetPayload<{ include: typeof orderInclude }>;

function toView(o: OrderRow) {
  const m = (amount: bigint | number) => storedMoney(amount, o.currency);
  const captured = o.payments.filter((p) => p.status === "SUCCEEDED");
  const capturedAmount = captured.reduce((s, p) => s + storedAmount(p.amount), 0);
  const refundedAmount = captured.reduce(
    (s, p) => s + p.refunds.filter((r) => r.status === "SUCCEEDED").reduce((t, r) => t + storedAmount(r.amount), 0),
    0,
  );
  return {
    id: o.id, number: o.number, status: o.status as OrderStatus, channel: o.channel,
    customer: { name: o.customerName, email: o.customerEmail },
    total: m(o.totalAmount), captured: m(capturedAmount), refunded: m(refundedAmount), refundable: m(capturedAmount - refundedAmount),
    nextStatuses: nextStatuses(o.status as OrderStatus),
    lines: o.lines.map((l) => ({ id: l.id, productId: l.productId, productName: l.productName, sku: l.sku, quantity: l.quantity, unitPrice: m(l.unitPriceAmount), lineTotal: m(l.lineTotalAmount) })),
    timeline: o.statusChanges.map((c) => ({ from: c.fromStatus, to: c.toStatus, reason: c.reason, at: c.createdAt })),
    payments: o.payments.map((p) => ({
      id: p.id, status: p.status, amount: m(p.amount), refunded: m(p.refundedAmount), card: p.cardLast4 ? `${p.cardBrand} •••• ${p.cardLast4}` : null,
      failureCode: p.failureCode, failureMessage: p.failureMessage, createdAt: p.createdAt,
      refunds: p.refunds.map((r) => ({ id: r.id, status: r.status, amount: m(r.amount), reason: r.reason, createdAt: r.createdAt })),
    })),
    createdAt: o.createdAt, updatedAt: o.updatedAt,
  };
}
export type OrderView = ReturnType<typeof toView>;

/**
 * The company's next order number. The counter row stays locked until the order commits, so
 * numbers are never reused; take it last, just before the insert, to hold the lock briefly.
 */
async function nextOrderNumber(tx: Tx, companyId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ number: number }[]>`
    UPDATE company SET "lastOrderNumber" = "lastOrderNumber" + 1 WHERE id = ${companyId}::uuid RETURNING "lastOrderNumber" AS number`;
  if (!row) throw new DomainError("NOT_FOUND", "No such company");
  return row.number;
}

/**
 * Places an order: prices from the catalogue, stock taken atomically in the order's
 * transaction (a conditional decrement, so concurrent buyers of the last unit can't both win),
 * and order.placed recorded in the same commit.
 */
export async function placeOrder(ctx: ServiceContext, placed: PlaceOrderInput): Promise<OrderView> {
  // A customer buys online under their own account's email; staff sell at the till.
  const customerActor = ctx.actor?.role === "CUSTOMER" ? ctx.actor : null;
  const input: PlaceOrderInput = customerActor ? { ...placed, channel: "WEB", customer: { name: placed.customer.name, email: customerActor.email } } : placed;
  // A key is the placer's own: the same key from someone else is simply another order.
  const placedById = ctx.actor?.userId ?? null;
  const sameRequest = input.idempotencyKey ? { placedById, idempotencyKey: input.idempotencyKey } : null;
  if (sameRequest) {
    const existing = await ctx.db.order.findFirst({ where: sameRequest, include: orderInclude });
    if (existing) return toView(existing);
  }
  // Merge repeated products and lock rows in a fixed order so concurrent orders never deadlock.
  const quantities = new Map<string, number>();
  for (const line of input.lines) quantities.set(line.productId, (quantities.get(line.productId) ?? 0) + line.quantity);
  const productIds = [...quantities.keys()].sort();

  try {
    // The view is read inside the transaction: once committed, the answer needs no other connection.
    const placed = await ctx.db.$transaction(async (tx) => {
      const products = await tx.product.findMany({ where: { id: { in: productIds } } });
      const missing = productIds.filter((id) => !products.some((p) => p.id === id));
      if (missing.length) throw new DomainError("NOT_FOUND", `Product not found: ${missing.join(", ")}`, { productIds: missing });
      const currencies = new Set(products.map((p) => p.currency));
      if (currencies.size > 1) throw new DomainError("VALIDATION", `An order is paid in one currency; these products use ${[...currencies].join(" and ")}`);

      for (const id of productIds) {
        const wanted = quantities.get(id)!;
        const taken = await tx.product.updateMany({ where: { id, stockQuantity: { gte: wanted } }, data: { stockQuantity: { decrement: wanted } } });
        if (taken.count === 0) {
          const p = products.find((x) => x.id === id)!;
          const left = (await tx.product.findUnique({ where: { id }, select: { stockQuantity: true } }))?.stockQuantity ?? 0;
          throw new DomainError("OUT_OF_STOCK", left === 0 ? `${p.name} is out of stock` : `Only ${left} of ${p.name} left in stock (you asked for ${wanted})`, { productId: id, available: left, requested: wanted });
        }
      }

      const currency = products[0]!.currency;
      const lines = productIds.map((id) => {
        const p = products.find((x) => x.id === id)!;
        const quantity = quantities.get(id)!;
        const unitPrice = storedMoney(p.priceAmount, currency);
        return { productId: id, productName: p.name, sku: p.sku, unitPriceAmount: unitPrice.amount, quantity, lineTotalAmount: multiply(unitPrice, quantity).amount };
      });
      const total = sum(lines.map((l) => money(l.lineTotalAmount, currency)), currency);
      const order = await tx.order.create({
        data: {
          number: await nextOrderNumber(tx, tenantOf(ctx).id),
          status: "PENDING", channel: input.channel, currency, totalAmount: total.amount,
          customerName: input.customer.name, customerEmail: input.customer.email ?? null, placedById, idempotencyKey: input.idempotencyKey ?? null,
          lines: { create: lines }, statusChanges: { create: { fromStatus: null, toStatus: "PENDING" } },
        },
      });
      await recordEvent(tx, "order.placed", {
        orderId: order.id, orderNumber: order.number, channel: input.channel, total,
        lines: lines.map((l) => ({ productId: l.productId, quantity: l.quantity, unitPrice: money(l.unitPriceAmount, currency) })),
      });
      // One query at a time: an `include` inside a transaction sends its reads concurrently on one connection.
      const createdLines = await tx.orderLine.findMany({ where: { orderId: order.id }, orderBy: orderInclude.lines.orderBy });
      const statusChanges = await tx.orderStatusChange.findMany({ where: { orderId: order.id }, orderBy: orderInclude.statusChanges.orderBy });
      return toView({ ...order, lines: createdLines, statusChanges, payments: [] });
    });
    ctx.log.info("order placed", { orderId: placed.id });
    return placed;
  } catch (error) {
    // Two retries with the same key racing: the loser returns the winner's order.
    if (sameRequest && uniqueViolation(error)) {
      const existing = await ctx.db.order.findFirst({ where: sameRequest, include: orderInclude });
      if (existing) return toView(existing);
    }
    throw error;
  }
}

export async function getOrder(ctx: ServiceContext, id: string): Promise<OrderView> {
  const order = await ctx.db.order.findUnique({ where: { id }, include: orderInclude });
  if (!order) throw new DomainError("NOT_FOUND", "No order with that id");
  return toView(order);
}

export async function listOrders(ctx: ServiceContext, input: z.infer<typeof listOrdersInput>) {
  const where: Prisma.OrderWhereInput = input.status ? { status: input.status } : {};
  const [rows, total] = await Promise.all([
    ctx.db.order.findMany({ where, orderBy: { createdAt: "desc" }, skip: (input.page - 1) * input.pageSize, take: input.pageSize, include: orderInclude }),
    ctx.db.order.count({ where }),
  ]);
  return { items: rows.map(toView), total, page: input.page, pageSize: input.pageSize, pageCount: Math.max(1, Math.ceil(total / input.pageSize)) };
}

/**
 * Moves an order along its state machine inside the caller's transaction. The update is
 * conditional on the status read, so two concurrent moves can't both succeed.
 */
export async function transitionOrder(tx: Tx, orderId: string, to: OrderStatus, reason: string | null, cause: TransitionCause = "person"): Promise<void> {
  const order = await tx.order.findUnique({ where: { id: orderId }, include: { lines: true } });
  if (!order) throw new DomainError("NOT_FOUND", "No order with that id");
  const from = order.status as OrderStatus;
  assertTransition(from, to, order.number, cause);
  const moved = await tx.order.updateMany({ where: { id: orderId, status: from }, data: { status: to } });
  if (moved.count === 0) throw new DomainError("CONFLICT", `Order #${order.number} changed while this was being done; reload and try again`);
  if (to === "CANCELLED" && returnsStockOnCancel(from)) {
    for (const line of [...order.lines].sort((a, b) => a.productId.localeCompare(b.productId))) {
      await tx.product.update({ where: { id: line.productId }, data: { stockQuantity: { increment: line.quantity } } });
    }
  }
  await tx.orderStatusChange.create({ data: { orderId, fromStatus: from, toStatus: to, reason } });
  await recordEvent(tx, "order.status_changed", { orderId, orderNumber: order.number, from, to, reason });
}

export async function updateOrderStatus(ctx: ServiceContext, input: { id: string; status: OrderStatus; reason?: string | undefined }): Promise<OrderView> {
  await ctx.db.$transaction((tx) => transitionOrder(tx, input.id, input.status, input.reason ?? null));
  ctx.log.info("order status changed", { orderId: input.id, to: input.status });
  return getOrder(ctx, input.id);
}
