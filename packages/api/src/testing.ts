import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createLogger } from "@commerce/core/logger";
import { createDb } from "@commerce/db";
import { connectBus, type Bus } from "@commerce/events";
import { HttpCardProvider } from "@commerce/payments";
import { startPaymentSimulator } from "@commerce/payments/simulator";
import { createServiceContext } from "./context";
import { appRouter } from "./root";
import { createCallerFactory } from "./trpc";

// Provided by tests/integration/global-setup.ts for each run.
declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    natsUrl: string;
    runId: string;
  }
}

const apiKey = "sk_test_integration_key_000001";

/**
 * A real platform for integration tests: the run's fresh database, a payment simulator over
 * HTTP, and (on request) a JetStream stream of this file's own.
 */
export async function createTestPlatform(options: { bus?: boolean } = {}) {
  const db = createDb(inject("databaseUrl"), { max: 20 });
  const simulator = await startPaymentSimulator({ apiKey });
  const payments = new HttpCardProvider(simulator.url, apiKey, { retries: 2 });
  const log = createLogger({ test: true }, "warn");
  const platform = { db, log, payments };
  const caller = createCallerFactory(appRouter)(() => createServiceContext(platform));
  let bus: Bus | undefined;
  if (options.bus) {
    const id = `${inject("runId")}${randomBytes(2).toString("hex")}`;
    bus = await connectBus({ natsUrl: inject("natsUrl"), stream: `TEST_${id}`, subjectPrefix: `t${id}.` }, "test");
  }
  return {
    db, caller, simulator, log, bus: bus!, platform,
    async close() {
      if (bus) {
        await bus.jsm.streams.delete(bus.options.stream).catch(() => undefined);
        await bus.close();
      }
      await simulator.close();
      await db.$disconnect();
    },
  };
}

let counter = 0;
/** A product of this test's own, so tests sharing the database never touch each other's stock. */
export async function createTestProduct(caller: Awaited<ReturnType<typeof createTestPlatform>>["caller"], overrides: { stockQuantity?: number; priceAmount?: number; colour?: "red" | "blue" | "green"; currency?: string } = {}) {
  const n = `${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString("hex")}`.toUpperCase();
  return caller.product.add({
    name: `Test Product ${n}`,
    description: "A product made by an integration test.",
    price: { amount: overrides.priceAmount ?? 2500, currency: overrides.currency ?? "EUR" },
    colour: overrides.colour ?? "red",
    category: "test-items",
    sku: `T-${n}`,
    stockQuantity: overrides.stockQuantity ?? 10,
  });
}

export const shopper = { name: "Ada Shopper", email: "ada@example.com" };
