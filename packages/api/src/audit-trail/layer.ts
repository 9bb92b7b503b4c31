import { Prisma, type Db, type Tx } from "@commerce/db";
import { appendAuditIn } from "./append";
import { auditedModel } from "../model-registry";
import type { AuditRecorder } from "./recorder";

// The audit layer over a request's (already tenant-scoped) client. During a mutation every
// write on an audited model is reported to the recorder with the row as it was before (read
// first, in the same transaction) and as it is after; each interactive transaction appends the
// mutation's entry before it commits, so a change is never without its record. Outside
// mutations the client is passed through untouched.

const writeOps = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);
/** Writes that name one row: its before-state is read first. */
const oneRowOps = new Set(["update", "upsert", "delete"]);
const modelOfDelegate = new Map(Object.values(Prisma.ModelName).map((name) => [name[0]!.toLowerCase() + name.slice(1), name as string]));

type Method = (args: unknown) => Promise<unknown>;
type Delegates = Record<string, Record<string, Method>>;

/** A transaction (or client) whose writes on audited models are reported, with before and after. */
function observed<T extends object>(target: T, audit: AuditRecorder): T {
  const wrapped = new Map<string, object>();
  return new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      const model = typeof prop === "string" ? modelOfDelegate.get(prop) : undefined;
      if (!model || !auditedModel(model) || !value || typeof value !== "object") return typeof value === "function" ? (value as Method).bind(obj) : value;
      let delegate = wrapped.get(model);
      if (!delegate) {
        const reads = value as Record<string, Method>;
        delegate = new Proxy(value, {
          get(d, op) {
            const method = Reflect.get(d, op, d) as unknown;
            if (typeof method !== "function") return method;
            const call = (method as Method).bind(d);
            if (typeof op !== "string" || !writeOps.has(op)) return call;
            return async (args: { where?: unknown }) => {
              const before = oneRowOps.has(op) && args?.where ? await reads.findUnique!({ where: args.where }) : null;
              const result = await call(args);
              audit.observe(model, op, args as Record<string, unknown>, result, before as Record<string, unknown> | null);
              return result;
            };
          },
        });
        wrapped.set(model, delegate);
      }
      return delegate;
    },
  });
}

export function auditTrail(client: Db, audit: AuditRecorder): Db {
  const transaction = ((arg: unknown, options?: unknown) => {
    if (typeof arg !== "function") {
      if (audit.active) throw new Error("During a mutation use an interactive $transaction: each write is audited in the transaction it commits in");
      return (client.$transaction as (a: unknown, o?: unknown) => unknown)(arg, options);
    }
    const work = arg as (tx: Tx) => Promise<unknown>;
    if (!audit.active) return client.$transaction(work, options as never);
    const mark = audit.changes.length;
    return client
      .$transaction(async (tx) => {
        const result = await work(observed(tx, audit));
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

  // A lone write during a mutation runs in a transaction of its own, so it commits with its entry.
  const loneWrites = new Map<string, object>();
  return new Proxy(client, {
    get(target, prop) {
      if (prop === "$transaction") return transaction;
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value === "function") return (value as Method).bind(target);
      const model = typeof prop === "string" ? modelOfDelegate.get(prop) : undefined;
      if (!model || !value || typeof value !== "object") return value;
      let delegate = loneWrites.get(prop as string);
      if (!delegate) {
        delegate = new Proxy(value, {
          get(d, op) {
            const method = Reflect.get(d, op, d) as unknown;
            if (typeof method !== "function") return method;
            const call = (method as Method).bind(d);
            if (typeof op !== "string" || !writeOps.has(op)) return call;
            return (args: unknown) => (audit.active ? transaction(async (tx) => (tx as unknown as Delegates)[prop as string]![op]!(args)) : call(args));
          },
        });
        loneWrites.set(prop as string, delegate);
      }
      return delegate;
    },
  });
}
