import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";

export { Prisma, PrismaClient } from "../generated/prisma/client";
export type * from "../generated/prisma/client";
export { OrderStatus, PaymentStatus, RefundStatus, SalesChannel } from "../generated/prisma/enums";

export { databaseFault, uniqueViolation, type DatabaseFault } from "./errors";

export type Db = PrismaClient;
/** A client or an open interactive transaction: services accept either. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface PoolOptions {
  /** Connections in the pool. */
  max?: number;
  /** How long a query waits for a free connection before it fails (and the API answers 503). */
  acquireTimeoutMs?: number;
  /** The longest a single statement may run. */
  statementTimeoutMs?: number;
}

/** How a client's connection pool stands: for the metrics endpoint. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

const pools = new WeakMap<object, { pool: pg.Pool; max: number }>();

/** Every wait is bounded: for a connection, to start a transaction, and for a statement. */
export function createDb(connectionString: string, options: PoolOptions = {}): Db {
  const acquireTimeoutMs = options.acquireTimeoutMs ?? 5_000;
  const statementTimeoutMs = options.statementTimeoutMs ?? 30_000;
  const max = options.max ?? 10;
  // The pool is ours (not built inside the adapter), so its use can be reported.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: acquireTimeoutMs, statement_timeout: statementTimeoutMs });
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    transactionOptions: { maxWait: acquireTimeoutMs, timeout: statementTimeoutMs },
  });
  pools.set(client, { pool, max });
  return client;
}

/** The pool of a client made by createDb (null for any other). */
export function poolStats(client: object): PoolStats | null {
  const entry = pools.get(client);
  if (!entry) return null;
  return { total: entry.pool.totalCount, idle: entry.pool.idleCount, waiting: entry.pool.waitingCount, max: entry.max };
}

const globalForDb = globalThis as unknown as { commerceDb?: Db };

/** The process-wide client; Next's dev reloads reuse it instead of opening new pools. */
export function db(connectionString: string, options: PoolOptions = {}): Db {
  globalForDb.commerceDb ??= createDb(connectionString, options);
  return globalForDb.commerceDb;
}
