import { Prisma, type Db, type Tx } from "@commerce/db";
import { DomainError } from "@commerce/core/errors";
import type { AuditRecorder } from "./domains/audit/audit.recorder";
import { appendAuditIn } from "./domains/audit/audit.append";

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
const filters: Record<string, (s: TenantScope) => Where> = {
  Product: (s) => ({ companyId: s.companyId }),
  Order: (s) => ({ companyId: s.companyId, ...(s.shopId ? { shopId: s.shopId } : {}), ...(s.customerId ? { customerId: s.customerId } : {}) }),
  OrderLine: (s) => ({ companyId: s.companyId, ...orderOf(s) }),
  OrderStatusChange: (s) => ({ companyId: s.companyId, ...orderOf(s) }),
  Payment: (s) => ({ companyId: s.companyId, ...orderOf(s) }),
  Refund: (s) => ({ companyId: s.companyId, ...(s.shopId || s.customerId ? { payment: orderOf(s) } : {}) }),
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
function stamp(model: string, s: TenantScope): Where {
  if (model === "Company") return {};
  if (model === "Order") return { companyId: s.companyId, ...(s.shopId ? { shopId: s.shopId } : {}), ...(s.customerId ? { customerId: s.customerId } : {}) };
  if (model === "User" && s.shopId) return { companyId: s.companyId, shopId: s.shopId };
  return { companyId: s.companyId };
}

/** Relations written through nested creates, so their rows are stamped too. */
const nested: Record<string, Record<string, string>> = {
  Order: { lines: "OrderLine", statusChanges: "OrderStatusChange", payments: "Payment" },
  Payment: { refunds: "Refund" },
};

const readOps = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"]);
const whereWriteOps = new Set(["update", "updateMany", "updateManyAndReturn", "delete", "deleteMany"]);
const createOps = new Set(["create", "createMany", "createManyAndReturn"]);

function withFilter(where: unknown, filter: Where): Where {
  const w = (where ?? {}) as Where;
  const and = w.AND === undefined ? [] : Array.isArray(w.AND) ? w.AND : [w.AND];
  return { ...w, AND: [...and, filter] };
}

function stampData(model: string, data: unknown, s: TenantScope): unknown {
  if (Array.isArray(data)) return data.map((d) => stampData(model, d, s));
  if (!data || typeof data !== "object") return data;
  const out: Where = { ...(data as Where), ...stamp(model, s) };
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
export function scopeArgs(model: string, operation: string, args: Args, scope: TenantScope): Args {
  const filter = filters[model];
  if (!filter) throw new Error(`Model ${model} has no tenant rule; add one in tenancy.ts`);
  if (readOps.has(operation) || whereWriteOps.has(operation)) return { ...args, where: withFilter(args.where, filter(scope)) };
  if (createOps.has(operation)) return { ...args, data: stampData(model, args.data, scope) };
  if (operation === "upsert") return { ...args, where: withFilter(args.where, filter(scope)), create: stampData(model, args.create, scope) };
  throw new Error(`Operation ${operation} on ${model} is not tenant-scoped`);
}

/** Models that exist outside any tenant (platform plumbing): a tenant's client may not touch them at all. */
const platformModels = new Set(["ConsumedEvent", "RateLimitCounter", "PasswordResetToken"]);

export type DbAccess =
  | { kind: "tenant"; scope: TenantScope }
  /** The super admin, and the platform's own services: no filter. */
  | { kind: "platform" }
  /** A visitor with no storefront chosen: tenant data is out of reach. */
  | { kind: "none" };

/**
 * The client a request's services use. Writes are also reported to the audit recorder, so the
 * audit entry for a mutation lists the rows it changed; and each interactive transaction of a
 * mutation appends that entry before it commits, so a change is never without its record.
 */
export function scopedDb(base: Db, access: DbAccess, audit?: AuditRecorder): Db {
  const client = base.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          let scoped = args as Args;
          if (access.kind === "tenant") {
            // Platform plumbing is read through the unscoped client by the services that own it.
            if (platformModels.has(model)) throw new Error(`Model ${model} is platform-level; a company's client may not query it`);
            scoped = scopeArgs(model, operation, scoped, access.scope);
          }
          if (access.kind === "none" && !platformModels.has(model)) {
            throw new DomainError("NOT_FOUND", "Open a shop's storefront first: no company was given");
          }
          const result = await query(scoped as never);
          audit?.observe(model, operation, scoped, result);
          return result;
        },
      },
    },
  }) as unknown as Db;
  return audit ? withAuditedTransactions(client, audit) : client;
}

const writeOps = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);
const delegateNames = new Set(Object.values(Prisma.ModelName).map((name) => name[0]!.toLowerCase() + name.slice(1)));

/**
 * During a mutation, every write commits together with its audit entry: interactive
 * transactions append the entry before they commit, and a lone write is run in a transaction
 * of its own that does the same. Outside mutations (no draft) the client is left as it is.
 */
function withAuditedTransactions(client: Db, audit: AuditRecorder): Db {
  const transaction = ((arg: unknown, options?: unknown) => {
    if (typeof arg !== "function") {
      if (audit.active) throw new Error("During a mutation use an interactive $transaction: each write is audited in the transaction it commits in");
      return (client.$transaction as (a: unknown, o?: unknown) => unknown)(arg, options);
    }
    const work = arg as (tx: Tx) => Promise<unknown>;
    const mark = audit.changes.length;
    return client
      .$transaction(async (tx) => {
        const result = await work(tx);
        const entry = audit.takeEntry();
        if (entry) await appendAuditIn(tx, entry);
        return result;
      }, options as never)
      .catch((error: unknown) => {
        // Rolled back: its rows never happened, so no later entry may list them.
        audit.changes.splice(mark);
        throw error;
      });
  }) as Db["$transaction"];

  const auditedDelegate = (name: string, delegate: object) =>
    new Proxy(delegate, {
      get(target, op) {
        const value = Reflect.get(target, op, target) as unknown;
        if (typeof value !== "function") return value;
        const method = (value as (...a: unknown[]) => unknown).bind(target);
        if (typeof op !== "string" || !writeOps.has(op)) return method;
        return (args: unknown) =>
          audit.active ? transaction(async (tx) => (tx as unknown as Record<string, Record<string, (a: unknown) => unknown>>)[name]![op]!(args)) : method(args);
      },
    });

  // Services touch a model many times per request: wrap each one once.
  const delegates = new Map<string, object>();
  return new Proxy(client, {
    get(target, prop) {
      if (prop === "$transaction") return transaction;
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value === "function") return (value as (...a: unknown[]) => unknown).bind(target);
      if (typeof prop === "string" && delegateNames.has(prop) && value && typeof value === "object") {
        let delegate = delegates.get(prop);
        if (!delegate) delegates.set(prop, (delegate = auditedDelegate(prop, value)));
        return delegate;
      }
      return value;
    },
  });
}
