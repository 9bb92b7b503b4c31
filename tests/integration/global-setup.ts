import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import type {} from "@commerce/api/testing"; // declares what this setup provides
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { createDb } from "@commerce/db";
import { seedDemoPlatform } from "@commerce/db/demo";
import { createMigratedDatabase, dropDatabase } from "@commerce/db/testing";

// Every run gets its own freshly migrated database and its own stream names, so parallel or
// repeated runs never see each other's data.


const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const natsUrl = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";

export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString("hex");
  const database = await createMigratedDatabase(adminUrl, "commerce_it");
  const db = createDb(database.url);
  await seedDemoPlatform(db); // the demo companies, before any test adds its own
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  project.provide("natsUrl", natsUrl);
  project.provide("runId", runId);
  return async () => {
    await dropDatabase(adminUrl, database.name);
    const nc = await connect({ servers: natsUrl });
    const jsm = await jetstreamManager(nc);
    for await (const stream of jsm.streams.list()) {
      if (stream.config.name.includes(runId)) await jsm.streams.delete(stream.config.name);
    }
    await nc.close();
  };
}
