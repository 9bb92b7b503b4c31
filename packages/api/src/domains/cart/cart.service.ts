import { newToken, tokenHash } from "@commerce/auth";
import { uniqueViolation, type Cart, type Prisma, type Tx } from "@commerce/db";
import { DomainError } from "@commerce/core/errors";
import { money, multiply, storedMoney, sum } from "@commerce/core/money";
import { variantName } from "@commerce/core/names";
import type { TenantContext } from "../../service-context";
import { maxCartLines, maxLineQuantity, type AddToCartInput, type SetCartQuantityInput } from "./cart.schemas";

// The basket: a customer's (one, kept with their account) or a guest's (found by the secret in
// an HttpOnly cookie; only its hash is stored). A guest who signs in finds their basket joined
// to the one their account has. Quantities are held to what is in stock, prices are the
// catalogue's now, and a price that moved since the shopper last saw it is shown before they pay.
// Every write locks the basket's row first, so two tabs adding at once add both.

/** A guest's basket is kept 30 days after it was last changed (its cookie's life; then the worker forgets it). */
export const guestCookieSeconds = 60 * 60 * 24 * 30;
const cookieName = (ctx: TenantContext) => `cart-${ctx.tenant.slug}`;
const customerOf = (ctx: TenantContext) => (ctx.actor?.role === "CUSTOMER" ? ctx.actor.userId : null);

const lineInclude = {
  variant: {
    include: { product: { select: { id: true, name: true, slug: true, imageUrl: true, currency: true, status: true } } },
  },
} satisfies Prisma.CartLineInclude;
const cartInclude = { lines: { orderBy: { createdAt: "asc" }, include: lineInclude } } satisfies Prisma.CartInclude;
type CartRow = Prisma.CartGetPayload<{ include: typeof cartInclude }>;
type LineRow = CartRow["lines"][number];

/** What stands between a line and checkout, if anything. */
type LineProblem = "no_longer_sold" | "sold_out" | "short" | null;

function lineView(l: LineRow) {
  const { variant } = l;
  const { product } = variant;
  const name = variantName(product.name, variant.title);
  const available = product.status === "ARCHIVED" ? 0 : variant.stockQuantity;
  const problem: LineProblem = product.status === "ARCHIVED" ? "no_longer_sold" : available === 0 ? "sold_out" : available < l.quantity ? "short" : null;
  const unitPrice = storedMoney(variant.priceAmount, product.currency);
  const seenPrice = storedMoney(l.seenPriceAmount, product.currency);
  return {
    variantId: variant.id,
    productId: product.id,
    productName: product.name,
    productSlug: product.slug,
    variantTitle: variant.title,
    sku: variant.sku,
    imageUrl: product.imageUrl,
    quantity: l.quantity,
    unitPrice,
    lineTotal: multiply(unitPrice, l.quantity),
    /** The price when the shopper last saw it, if it has moved since. */
    previousPrice: seenPrice.amount === unitPrice.amount ? null : seenPrice,
    available,
    problem,
    message:
      problem === "no_longer_sold"
        ? `${name} is no longer sold`
        : problem === "sold_out"
          ? `${name} is sold out`
          : problem === "short"
            ? `Only ${available} of ${name} left: lower the quantity to check out`
            : null,
  };
}

export type CartView = ReturnType<typeof cartView>;

function cartView(ctx: TenantContext, cart: CartRow | null, notice: string | null = null) {
  const lines = (cart?.lines ?? []).map(lineView);
  const currency = cart?.lines[0]?.variant.product.currency ?? ctx.tenant.currency;
  const pricesMoved = lines.some((l) => l.previousPrice !== null);
  return {
    lines,
    /** Items in the basket, all lines' quantities together. */
    count: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: sum(
      lines.map((l) => l.lineTotal),
      currency,
    ),
    pricesMoved,
    /** Nothing in the way of paying: something in it, all in stock, no price moved unseen. */
    ready: lines.length > 0 && !pricesMoved && lines.every((l) => l.problem === null),
    /** What the last change could not do as asked (a quantity held to the stock). */
    notice,
  };
}

async function loadCart(db: TenantContext["db"] | Tx, id: string): Promise<CartRow | null> {
  return db.cart.findFirst({ where: { id }, include: cartInclude });
}

/**
 * The caller's basket, or null: a customer's own (with a guest basket from this browser joined
 * to it first), or the guest's from their cookie.
 */
async function findCart(ctx: TenantContext): Promise<Cart | null> {
  const customerId = customerOf(ctx);
  const token = ctx.cookies.get(cookieName(ctx));
  const guest = token ? await ctx.db.cart.findFirst({ where: { tokenHash: tokenHash(token), customerId: null } }) : null;
  if (!customerId) return guest;
  if (token) ctx.cookies.clear(cookieName(ctx));
  if (guest) await joinGuestCart(ctx, guest.id, customerId);
  return ctx.db.cart.findFirst({ where: { customerId } });
}

/**
 * A guest's basket becomes the customer's when they sign in: it is theirs if they had none,
 * else its lines are added to theirs (held to the most a line takes). Done once, however many
 * requests race: the guest's row is claimed by deleting or re-owning it.
 */
async function joinGuestCart(ctx: TenantContext, guestId: string, customerId: string) {
  try {
    await ctx.db.$transaction(async (tx) => {
      const own = await tx.cart.findFirst({ where: { customerId } });
      if (!own) {
        await tx.cart.updateMany({ where: { id: guestId, customerId: null }, data: { customerId, tokenHash: null } });
        return;
      }
      const lines = await tx.cartLine.findMany({ where: { cartId: guestId } });
      const claimed = await tx.cart.deleteMany({ where: { id: guestId, customerId: null } });
      if (claimed.count === 0) return;
      await lockCart(tx, own.id);
      let count = await tx.cartLine.count({ where: { cartId: own.id } });
      for (const line of lines) {
        const mine = await tx.cartLine.findFirst({ where: { cartId: own.id, variantId: line.variantId } });
        if (mine) await tx.cartLine.update({ where: { id: mine.id }, data: { quantity: Math.min(maxLineQuantity, mine.quantity + line.quantity) } });
        // Past the most a basket holds, the guest's further items are left out.
        else if (count++ < maxCartLines)
          await tx.cartLine.create({ data: { cartId: own.id, variantId: line.variantId, quantity: line.quantity, seenPriceAmount: line.seenPriceAmount } });
      }
    });
  } catch (error) {
    // Another request made the customer's basket meanwhile: join into that one.
    if (!uniqueViolation(error)) throw error;
    await joinGuestCart(ctx, guestId, customerId);
  }
  ctx.log.info("guest basket joined", { customerId });
}

/** The caller's basket, made if they have none (a guest gets a cookie with its secret). */
async function cartForChange(ctx: TenantContext): Promise<Cart> {
  const found = await findCart(ctx);
  if (found) return found;
  const customerId = customerOf(ctx);
  if (customerId) {
    try {
      return await ctx.db.cart.create({ data: { customerId } });
    } catch (error) {
      if (!uniqueViolation(error)) throw error;
      return ctx.db.cart.findFirstOrThrow({ where: { customerId } });
    }
  }
  const { token, tokenHash: hash } = newToken();
  const cart = await ctx.db.cart.create({ data: { tokenHash: hash } });
  ctx.cookies.set(cookieName(ctx), token, guestCookieSeconds);
  return cart;
}

/** Locks a basket's row for the rest of the transaction (and marks it changed). */
async function lockCart(tx: Tx, cartId: string) {
  await tx.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() } });
}

export async function getCart(ctx: TenantContext) {
  const cart = await findCart(ctx);
  return cartView(ctx, cart && (await loadCart(ctx.db, cart.id)));
}

/** A variant that can go in a basket, named for messages. */
async function sellableVariant(db: Tx, variantId: string) {
  const variant = await db.productVariant.findFirst({ where: { id: variantId }, include: { product: { select: { name: true, status: true } } } });
  if (!variant) throw new DomainError("NOT_FOUND", "No product variant with that id", { field: "variantId" });
  const name = variantName(variant.product.name, variant.title);
  if (variant.product.status === "ARCHIVED") throw new DomainError("INVALID_STATE", `${name} is no longer sold`, { field: "variantId" });
  if (variant.stockQuantity === 0) throw new DomainError("OUT_OF_STOCK", `${name} is sold out`, { variantId, available: 0 });
  return { variant, name };
}

/** Sets a line to `wanted`, held to the stock and the most a line takes; says so when it was held. */
async function putLine(tx: Tx, cartId: string, variantId: string, wanted: number) {
  const { variant, name } = await sellableVariant(tx, variantId);
  const held = Math.min(wanted, variant.stockQuantity, maxLineQuantity);
  await tx.cartLine.upsert({
    where: { cartId_variantId: { cartId, variantId } },
    create: { cartId, variantId, quantity: held, seenPriceAmount: variant.priceAmount },
    update: { quantity: held, seenPriceAmount: variant.priceAmount },
  });
  if (held === wanted) return null;
  return held === variant.stockQuantity ? `Only ${held} of ${name} in stock: your basket has ${held}` : `At most ${maxLineQuantity} of one item per order`;
}

export async function addToCart(ctx: TenantContext, input: AddToCartInput) {
  const cart = await cartForChange(ctx);
  const notice = await ctx.db.$transaction(async (tx) => {
    await lockCart(tx, cart.id);
    const line = await tx.cartLine.findFirst({ where: { cartId: cart.id, variantId: input.variantId } });
    if (!line && (await tx.cartLine.count({ where: { cartId: cart.id } })) >= maxCartLines)
      throw new DomainError("VALIDATION", `A basket holds at most ${maxCartLines} different items: check out or remove some first`, { field: "variantId" });
    return putLine(tx, cart.id, input.variantId, (line?.quantity ?? 0) + input.quantity);
  });
  return cartView(ctx, await loadCart(ctx.db, cart.id), notice);
}

export async function setCartQuantity(ctx: TenantContext, input: SetCartQuantityInput) {
  const cart = await findCart(ctx);
  const notice = await ctx.db.$transaction(async (tx) => {
    const line = cart && (await tx.cartLine.findFirst({ where: { cartId: cart.id, variantId: input.variantId } }));
    if (!cart || !line) throw new DomainError("NOT_FOUND", "That item is not in your basket", { field: "variantId" });
    await lockCart(tx, cart.id);
    if (input.quantity === 0) {
      await tx.cartLine.deleteMany({ where: { id: line.id } });
      return null;
    }
    return putLine(tx, cart.id, input.variantId, input.quantity);
  });
  return cartView(ctx, await loadCart(ctx.db, cart!.id), notice);
}

export async function removeFromCart(ctx: TenantContext, input: { variantId: string }) {
  return setCartQuantity(ctx, { variantId: input.variantId, quantity: 0 });
}

/** The shopper has seen the prices as they are now: the basket stops pointing out the changes. */
export async function acceptCartPrices(ctx: TenantContext) {
  const cart = await findCart(ctx);
  if (!cart) return cartView(ctx, null);
  await ctx.db.$transaction(async (tx) => {
    await lockCart(tx, cart.id);
    const lines = await tx.cartLine.findMany({ where: { cartId: cart.id }, include: { variant: { select: { priceAmount: true } } } });
    for (const line of lines)
      if (line.seenPriceAmount !== line.variant.priceAmount)
        await tx.cartLine.update({ where: { id: line.id }, data: { seenPriceAmount: line.variant.priceAmount } });
  });
  return cartView(ctx, await loadCart(ctx.db, cart.id));
}

/** The basket a checkout is for: the caller's, which must hold something. */
export async function cartToCheckOut(ctx: TenantContext): Promise<{ cartId: string }> {
  const cart = await findCart(ctx);
  const lines = cart ? await ctx.db.cartLine.count({ where: { cartId: cart.id } }) : 0;
  if (!cart || lines === 0) throw new DomainError("VALIDATION", "Your basket is empty");
  return { cartId: cart.id };
}

/**
 * Inside a checkout's transaction: the basket's lines, locked, checked against what the shopper
 * was shown (prices seen, the total), and then emptied into the order.
 */
export async function takeCartLines(tx: Tx, cartId: string) {
  await lockCart(tx, cartId);
  const lines = await tx.cartLine.findMany({ where: { cartId }, orderBy: { createdAt: "asc" }, include: lineInclude });
  if (lines.length === 0) throw new DomainError("VALIDATION", "Your basket is empty");
  const moved = lines.filter((l) => l.seenPriceAmount !== l.variant.priceAmount);
  if (moved.length)
    throw new DomainError(
      "CONFLICT",
      `Prices changed since you put ${moved.map((l) => variantName(l.variant.product.name, l.variant.title)).join(", ")} in your basket: look again before you pay`,
      { variantIds: moved.map((l) => l.variantId) },
    );
  await tx.cartLine.deleteMany({ where: { cartId } });
  return lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity, seenPriceAmount: Number(l.seenPriceAmount) }));
}

/** Puts lines back in a basket (a checkout that was turned back), as they were. */
export async function refillCart(tx: Tx, cartId: string, lines: { variantId: string; quantity: number; seenPriceAmount: number }[]) {
  const cart = await tx.cart.findFirst({ where: { id: cartId } });
  if (!cart) return;
  await lockCart(tx, cartId);
  for (const line of lines) {
    await tx.cartLine.upsert({
      where: { cartId_variantId: { cartId, variantId: line.variantId } },
      create: { cartId, variantId: line.variantId, quantity: line.quantity, seenPriceAmount: BigInt(line.seenPriceAmount) },
      update: { quantity: line.quantity },
    });
  }
}

/** The total the shopper was shown must be what they are charged. */
export function checkExpectedTotal(expected: number, total: { amount: number; currency: string }) {
  if (expected !== total.amount)
    throw new DomainError("CONFLICT", "Your basket changed since this page showed it: look again before you pay", {
      expected: money(expected, total.currency),
      total,
    });
}
