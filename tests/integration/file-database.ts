import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDatabaseFromTemplate } from "@commerce/db/testing";

// Runs before each integration test file (setupFiles in vitest.config.ts): the file gets a
// database of its own, copied from the run's migrated and seeded template (global-setup.ts) with
// CREATE DATABASE … TEMPLATE, which takes a fraction of a second. The global teardown drops it
// with every other database of the run.

const url = await createDatabaseFromTemplate(
  inject("databaseAdminUrl"),
  inject("databaseTemplate"),
  `${inject("databasePrefix")}file_${randomBytes(4).toString("hex")}`,
);

// Tests and helpers find their database with inject("databaseUrl"). Vitest can only provide a
// value to the whole run, so this file's answer is written into the worker's copy of the provided
// values, which inject() reads; the check below fails loudly should a Vitest upgrade move it.
const worker = (globalThis as { __vitest_worker__?: { providedContext?: Record<string, unknown> } }).__vitest_worker__;
if (!worker?.providedContext) throw new Error("file-database.ts: Vitest's worker state has moved; cannot give this test file its database");
worker.providedContext.databaseUrl = url;
if (inject("databaseUrl") !== url) throw new Error("file-database.ts: inject('databaseUrl') does not answer this file's database");
