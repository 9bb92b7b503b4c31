import { createHmac, timingSafeEqual } from "node:crypto";
import { Prisma, type Tx } from "@commerce/db";
import { DomainError } from "@commerce/core/errors";
import { money, storedAmount, storedMoney, sum } from "@commerce/core/money";
import { recordEvent } from "@commerce/events";
import type { z } from "zod";
import { tenantOf, type MemberContext, type ServiceContext } from "../../service-context";
import { assertTransition, nextStatuses, type OrderStatus, type TransitionCause } from "./order-status";
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
  const refundedAmount = captured.reduce((s, p) => s + p.refunds.filter((r) => r.status === "SUCCEEDED").reduce((t, r) => t + storedAmount(r.amount), 0), 0);
  return {
    id: o.id,
    number: o.number,
    status: o.status as OrderStatus,
    channel: o.channel,
    customer: { name: o.customerName, email: o.customerEmail },
    total: m(o.totalAmount),
    captured: m(capturedAmount),
    refunded: m(refundedAmount),
    refundable: m(capturedAmount - refundedAmount),
    nextStatuses: nextStatuses(o.status as OrderStatus),
    lines: o.lines.map((l) => ({
      id: l.id,
      productId: l.productId,
      variantId: l.variantId,
      productName: l.productName,
      /** The variant as sold ("M / red"); "" for a product without options. */
      variantTitle: l.variantTitle,
      sku: l.sku,
      quantity: l.quantity,
      unitPrice: m(l.unitPriceAmount),
      lineTotal: m(l.lineTotalAmount),
    })),
    timeline: o.statusChanges.map((c) => ({ from: c.fromStatus, to: c.toStatus, reason: c.reason, at: c.createdAt })),
    payments: o.payments.map((p) => ({
      id: p.id,
      status: p.status,
      amount: m(p.amount),
      refunded: m(p.refundedAmount),
      card: p.cardLast4 ? `${p.cardBrand} •••• ${p.cardLast4}` : null,
      failureCode: p.failureCode,
      failureMessage: p.failureMessage,
      createdAt: p.createdAt,
      refunds: p.refunds.map((r) => ({ id: r.id, status: r.status, amount: m(r.amount), reason: r.reason, createdAt: r.createdAt })),
    })),
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
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

/** A line as priced when its stock was taken (amounts in minor units of the order's currency). */
export interface OrderLineDraft {
  productId: string;
  variantId: string;
  productName: string;
  variantTitle: string;
  sku: string;
  quantity: number;
  unitPriceAmount: number;
  lineTotalAmount: number;
}

/** Who the order is for: a customer buys online under their own account's email; staff sell at the till. */
export function orderRequest(ctx: ServiceContext, placed: PlaceOrderInput): PlaceOrderInput {
  const customerActor = ctx.actor?.role === "CUSTOMER" ? ctx.actor : null;
  return customerActor ? { ...placed, channel: "WEB", customer: { name: placed.customer.name, email: customerActor.email } } : placed;
}

/**
 * Creates a PENDING order for lines whose stock has been taken (in the same transaction), and
 * records order.placed in the same commit. `orderKey` is unique per placer: one order per request.
 */
export async function createOrder(
  ctx: ServiceContext,
  tx: Tx,
  request: PlaceOrderInput,
  priced: { currency: string; lines: OrderLineDraft[] },
  orderKey: string,
): Promise<{ orderId: string; number: number }> {
  const { currency, lines } = priced;
  const total = sum(
    lines.map((l) => money(l.lineTotalAmount, currency)),
    currency,
  );
  const order = await tx.order.create({
    data: {
      number: await nextOrderNumber(tx, tenantOf(ctx).id),
      status: "PENDING",
      channel: request.channel,
      currency,
      totalAmount: total.amount,
      customerName: request.customer.name,
      customerEmail: request.customer.email ?? null,
      placedById: ctx.actor?.userId ?? null,
      idempotencyKey: orderKey,
      lines: { create: lines },
      statusChanges: { create: { fromStatus: null, toStatus: "PENDING" } },
    },
  });
  await recordEvent(tx, "order.placed", {
    orderId: order.id,
    orderNumber: order.number,
    channel: request.channel,
    total,
    lines: lines.map((l) => ({ productId: l.productId, variantId: l.variantId, quantity: l.quantity, unitPrice: money(l.unitPriceAmount, currency) })),
  });
  ctx.log.info("order placed", { orderId: order.id });
  return { orderId: order.id, number: order.number };
}

export async function getOrder(ctx: ServiceContext, id: string): Promise<OrderView> {
  const order = await ctx.db.order.findUnique({ where: { id }, include: orderInclude });
  if (!order) throw new DomainError("NOT_FOUND", "No order with that id");
  return toView(order);
}

/** The key in a guest's order link: signed, so nothing is stored and nobody can guess one. */
export function guestOrderKey(ctx: ServiceContext, orderId: string): string {
  return createHmac("sha256", ctx.settings.linkSecret).update(`guest-order:${orderId}`).digest("base64url").slice(0, 32);
}

function checkGuestKey(ctx: ServiceContext, input: { id: string; key: string }) {
  const expected = Buffer.from(guestOrderKey(ctx, input.id));
  const given = Buffer.from(input.key);
  // A wrong key and a missing order read the same: an order's existence is not for guessing.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new DomainError("NOT_FOUND", "No order with that id");
}

/** A guest following their order from its link; once claimed into an account, the link shows it no more. */
export async function trackGuestOrder(ctx: ServiceContext, input: { id: string; key: string }): Promise<OrderView> {
  checkGuestKey(ctx, input);
  const unclaimed = await ctx.db.order.findFirst({ where: { id: input.id, customerId: null, channel: "WEB" }, select: { id: true } });
  if (!unclaimed) throw new DomainError("NOT_FOUND", "No order with that id");
  return getOrder(ctx, input.id);
}

/** A customer takes an order they placed as a guest (its link's key) into their account. */
export async function claimGuestOrder(ctx: MemberContext, input: { id: string; key: string }): Promise<OrderView> {
  checkGuestKey(ctx, input);
  if (!(await ctx.unscoped.claimGuestOrder(ctx.tenant.id, input.id, ctx.actor.userId)))
    throw new DomainError("CONFLICT", "This order already belongs to another account");
  ctx.log.info("guest order claimed", { orderId: input.id });
  return getOrder(ctx, input.id);
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
 * conditional on the status read, so two concurrent moves can't both succeed. Says where it
 * came from and what the order holds, so a cancellation's workflow can give its stock back.
 */
export async function transitionOrder(
  tx: Tx,
  orderId: string,
  to: OrderStatus,
  reason: string | null,
  cause: TransitionCause = "person",
): Promise<{ from: OrderStatus; number: number; lines: { variantId: string; quantity: number }[] }> {
  const order = await tx.order.findUnique({ where: { id: orderId } });
  if (!order) throw new DomainError("NOT_FOUND", "No order with that id");
  const from = order.status as OrderStatus;
  assertTransition(from, to, order.number, cause);
  const moved = await tx.order.updateMany({ where: { id: orderId, status: from }, data: { status: to } });
  if (moved.count === 0) throw new DomainError("CONFLICT", `Order #${order.number} changed while this was being done; reload and try again`);
  await tx.orderStatusChange.create({ data: { orderId, fromStatus: from, toStatus: to, reason } });
  await recordEvent(tx, "order.status_changed", { orderId, orderNumber: order.number, from, to, reason });
  const lines = await tx.orderLine.findMany({ where: { orderId }, select: { variantId: true, quantity: true } });
  return { from, number: order.number, lines };
}

/** Whether an order may be cancelled now, without changing it: a cancellation checks before it refunds. */
export async function assertCancellable(tx: Tx, orderId: string): Promise<{ status: OrderStatus; number: number }> {
  const order = await tx.order.findUnique({ where: { id: orderId } });
  if (!order) throw new DomainError("NOT_FOUND", "No order with that id");
  assertTransition(order.status as OrderStatus, "CANCELLED", order.number, "person");
  return { status: order.status as OrderStatus, number: order.number };
}

/** Status changes that involve no other domain (fulfilment, delivery); cancelling runs as a workflow. */
export async function updateOrderStatus(ctx: ServiceContext, input: { id: string; status: OrderStatus; reason?: string | undefined }): Promise<OrderView> {
  await ctx.db.$transaction((tx) => transitionOrder(tx, input.id, input.status, input.reason ?? null));
  ctx.log.info("order status changed", { orderId: input.id, to: input.status });
  return getOrder(ctx, input.id);
}
