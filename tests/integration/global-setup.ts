import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { createDb } from "@commerce/db";
import { seedDemoPlatform } from "@commerce/db/demo";
import { createMigratedDatabase, dropDatabasesNamed } from "@commerce/db/testing";

// Every run gets its own stream names and its own databases, so parallel or repeated runs never
// see each other's data. Migrating and seeding happen once, into a template database; each test
// file then gets a copy of it (tests/integration/file-database.ts), so files running side by side
// never see each other's rows either. Every database of the run shares the run's prefix, and the
// teardown drops them all.

declare module "vitest" {
  export interface ProvidedContext {
    /** This test file's own database (set for each file by file-database.ts). */
    databaseUrl: string;
    natsUrl: string;
    runId: string;
    /** Where databases are created and dropped (the server's maintenance database). */
    databaseAdminUrl: string;
    /** The migrated and seeded database each file's database is copied from. */
    databaseTemplate: string;
    /** The name every database of this run starts with. */
    databasePrefix: string;
  }
}

const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const natsUrl = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";

export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString("hex");
  const prefix = `commerce_it_${runId}_`;
  const template = await createMigratedDatabase(adminUrl, `${prefix}template`);
  const db = createDb(template.url);
  await seedDemoPlatform(db); // the demo companies, before any test adds its own
  await db.$disconnect(); // a database can only be copied while nobody is connected to it
  project.provide("databaseAdminUrl", adminUrl);
  project.provide("databaseTemplate", template.name);
  project.provide("databasePrefix", prefix);
  project.provide("natsUrl", natsUrl);
  project.provide("runId", runId);
  return async () => {
    await dropDatabasesNamed(adminUrl, prefix);
    const nc = await connect({ servers: natsUrl });
    const jsm = await jetstreamManager(nc);
    for await (const stream of jsm.streams.list()) {
      if (stream.config.name.includes(runId)) await jsm.streams.delete(stream.config.name);
    }
    await nc.close();
  };
}
