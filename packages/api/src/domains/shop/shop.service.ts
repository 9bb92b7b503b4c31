import { DomainError } from "@commerce/core/errors";
import { uniqueViolation, type Shop } from "@commerce/db";
import type { z } from "zod";
import { withinPlan } from "../../plan-limits";
import type { ServiceContext } from "../../service-context";
import type { shopInput, updateShopInput } from "./shop.schemas";

// Shops. The scoped database limits a shop manager to their own shop.

function shopView(s: Shop) {
  return { ...s, openingHours: s.openingHours as ({ open: string; close: string } | null)[] };
}

export async function listShops(ctx: ServiceContext) {
  return (await ctx.db.shop.findMany({ orderBy: { name: "asc" } })).map(shopView);
}

export async function createShop(ctx: ServiceContext, input: z.infer<typeof shopInput>) {
  try {
    return shopView(await withinPlan(ctx, "shops", (tx) => tx.shop.create({ data: { ...input, addressLine2: input.addressLine2 ?? null } })));
  } catch (error) {
    throw conflict(error, "A shop with this code already exists", "code");
  }
}

export async function updateShop(ctx: ServiceContext, input: z.infer<typeof updateShopInput>) {
  const before = await ctx.db.shop.findUnique({ where: { id: input.id } });
  if (!before) throw new DomainError("NOT_FOUND", "No shop with that id");
  let updated: Shop;
  try {
    updated = await ctx.db.shop.update({
      where: { id: input.id },
      data: { ...(input.details ?? {}), ...(input.active !== undefined ? { active: input.active } : {}) },
    });
  } catch (error) {
    throw conflict(error, "A shop with this code already exists", "code");
  }
  // A closed shop's tills are signed out at once; its PINs no longer open them.
  if (before.active && input.active === false) await ctx.unscoped.revokeSessions({ tillsOfShop: before.id }, "shop deactivated");
  return shopView(updated);
}

/** A unique-constraint violation as a CONFLICT naming the field that clashed. */
function conflict(error: unknown, message: string, field: string) {
  return uniqueViolation(error) ? new DomainError("CONFLICT", message, { field }) : error;
}
