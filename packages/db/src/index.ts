import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export { Prisma, PrismaClient } from "../generated/prisma/client";
export type * from "../generated/prisma/client";
export { OrderStatus, PaymentStatus, RefundStatus, SalesChannel } from "../generated/prisma/enums";

export { uniqueViolation } from "./errors";

export type Db = PrismaClient;
/** A client or an open interactive transaction: services accept either. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(connectionString: string, options: { max?: number } = {}): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: options.max ?? 10 }) });
}

const globalForDb = globalThis as unknown as { commerceDb?: Db };

/** The process-wide client; Next's dev reloads reuse it instead of opening new pools. */
export function db(connectionString: string): Db {
  globalForDb.commerceDb ??= createDb(connectionString);
  return globalForDb.commerceDb;
}
