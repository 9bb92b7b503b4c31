import type { Db } from "@commerce/db";
import { DomainError } from "@commerce/core/errors";
import { platformModel, type TenantModel } from "./model-registry";

// Tenant isolation lives here and only here. The tRPC context hands services a database client
// that adds the caller's company (and shop, or customer) to every read and stamps it on every
// write, so no router or service passes companyId, and none can forget it.

export interface TenantScope {
  companyId: string;
  /** Shop managers and staff see and write their own shop's orders only. */
  shopId: string | null;
  /** Customers see and write their own orders only. */
  customerId: string | null;
}

type Where = Record<string, unknown>;

/** The filter each tenant-owned model gets under a scope. */
export const tenantFilters: Record<TenantModel, (s: TenantScope) => Where> = {
  Product: (s) => ({ companyId: s.companyId }),
  ProductOption: (s) => ({ companyId: s.companyId }),
  ProductVariant: (s) => ({ companyId: s.companyId }),
  ProductSlugAlias: (s) => ({ companyId: s.companyId }),
  StockAdjustment: (s) => ({ companyId: s.companyId }),
  Order: (s) => ({ companyId: s.companyId, ...(s.shopId ? { shopId: s.shopId } : {}), ...(s.customerId ? { customerId: s.customerId } : {}) }),
  OrderLine: (s) => ({ companyId: s.companyId, ...orderOf(s) }),
  OrderStatusChange: (s) => ({ companyId: s.companyId, ...orderOf(s) }),
  Payment: (s) => ({ companyId: s.companyId, ...orderOf(s) }),
  Refund: (s) => ({ companyId: s.companyId, ...(s.shopId || s.customerId ? { payment: orderOf(s) } : {}) }),
  // Published reviews are public; the review service filters by standing and author itself.
  ProductReview: (s) => ({ companyId: s.companyId }),
  // A customer's own basket, or a guest's (found only by its token): never another customer's.
  Cart: (s) => ({ companyId: s.companyId, ...(s.customerId ? { OR: [{ customerId: s.customerId }, { customerId: null }] } : {}) }),
  CartLine: (s) => ({ companyId: s.companyId, ...(s.customerId ? { cart: { OR: [{ customerId: s.customerId }, { customerId: null }] } } : {}) }),
  WishlistItem: (s) => ({ companyId: s.companyId, ...(s.customerId ? { customerId: s.customerId } : {}) }),
  OutboxEvent: (s) => ({ companyId: s.companyId }),
  EventRecord: (s) => ({ companyId: s.companyId }),
  ParkedEvent: (s) => ({ companyId: s.companyId }),
  Shop: (s) => ({ companyId: s.companyId, ...(s.shopId ? { id: s.shopId } : {}) }),
  User: (s) => ({ companyId: s.companyId, ...(s.shopId ? { shopId: s.shopId } : {}), ...(s.customerId ? { id: s.customerId } : {}) }),
  Session: (s) => ({ companyId: s.companyId, ...(s.customerId ? { userId: s.customerId } : {}), ...(s.shopId ? { user: { shopId: s.shopId } } : {}) }),
  AuditEntry: (s) => ({ companyId: s.companyId }),
  Company: (s) => ({ id: s.companyId }),
  WorkflowRun: (s) => ({ companyId: s.companyId }),
};

function orderOf(s: TenantScope): Where {
  const order = { ...(s.shopId ? { shopId: s.shopId } : {}), ...(s.customerId ? { customerId: s.customerId } : {}) };
  return Object.keys(order).length ? { order } : {};
}

/** Columns stamped on rows created under a scope. */
function stamp(model: string, s: TenantScope, requestId: string | null): Where {
  if (model === "Company") return {};
  if (model === "Order") return { companyId: s.companyId, ...(s.shopId ? { shopId: s.shopId } : {}), ...(s.customerId ? { customerId: s.customerId } : {}) };
  if (model === "User" && s.shopId) return { companyId: s.companyId, shopId: s.shopId };
  // An event carries the request that caused it, for the bus's headers and the consumers' logs.
  if (model === "OutboxEvent" && requestId) return { companyId: s.companyId, requestId };
  return { companyId: s.companyId };
}

/** Relations written through nested creates, so their rows are stamped too. */
const nested: Record<string, Record<string, string>> = {
  Product: { options: "ProductOption", variants: "ProductVariant" },
  Order: { lines: "OrderLine", statusChanges: "OrderStatusChange", payments: "Payment" },
  Payment: { refunds: "Refund" },
  Cart: { lines: "CartLine" },
};

const readOps = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"]);
const whereWriteOps = new Set(["update", "updateMany", "updateManyAndReturn", "delete", "deleteMany"]);
const createOps = new Set(["create", "createMany", "createManyAndReturn"]);

function withFilter(where: unknown, filter: Where): Where {
  const w = (where ?? {}) as Where;
  const and = w.AND === undefined ? [] : Array.isArray(w.AND) ? w.AND : [w.AND];
  return { ...w, AND: [...and, filter] };
}

function stampData(model: string, data: unknown, s: TenantScope, requestId: string | null = null): unknown {
  if (Array.isArray(data)) return data.map((d) => stampData(model, d, s, requestId));
  if (!data || typeof data !== "object") return data;
  const out: Where = { ...(data as Where), ...stamp(model, s, requestId) };
  for (const [field, child] of Object.entries(nested[model] ?? {})) {
    const rel = out[field] as Where | undefined;
    if (!rel) continue;
    out[field] = {
      ...rel,
      ...(rel.create ? { create: stampData(child, rel.create, s) } : {}),
      ...(rel.createMany ? { createMany: { ...(rel.createMany as Where), data: stampData(child, (rel.createMany as Where).data, s) } } : {}),
    };
  }
  return out;
}

type Args = Record<string, unknown>;

/** Applies a scope to one operation's arguments. Throws for models with no tenant rule. */
export function scopeArgs(model: string, operation: string, args: Args, scope: TenantScope, requestId: string | null = null): Args {
  const filter = (tenantFilters as Record<string, (s: TenantScope) => Where>)[model];
  if (!filter) throw new Error(`Model ${model} has no tenant rule; add one in tenancy.ts`);
  if (readOps.has(operation) || whereWriteOps.has(operation)) return { ...args, where: withFilter(args.where, filter(scope)) };
  if (createOps.has(operation)) return { ...args, data: stampData(model, args.data, scope, requestId) };
  if (operation === "upsert") return { ...args, where: withFilter(args.where, filter(scope)), create: stampData(model, args.create, scope) };
  throw new Error(`Operation ${operation} on ${model} is not tenant-scoped`);
}

export type DbAccess =
  | { kind: "tenant"; scope: TenantScope }
  /** The super admin, and the platform's own services: no filter. */
  | { kind: "platform" }
  /** A visitor with no storefront chosen: tenant data is out of reach. */
  | { kind: "none" };

/** The client a request's services use, scoped to its company (and shop, or customer). The audit layer goes over it (context.ts). */
export function tenantScope(base: Db, access: DbAccess, requestId: string | null = null): Db {
  return base.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (access.kind === "platform") return query(args);
          // Platform plumbing is reached through unscoped.ts only.
          if (platformModel(model)) throw new Error(`Model ${model} is platform-level; a company's client may not query it`);
          if (access.kind === "none") throw new DomainError("NOT_FOUND", "Open a shop's storefront first: no company was given");
          return query(scopeArgs(model, operation, args as Args, access.scope, requestId) as never);
        },
      },
    },
  }) as unknown as Db;
}
