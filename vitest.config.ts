import { defineConfig } from "vitest/config";

const ignored = ["**/node_modules/**", "**/.next/**", "**/generated/**"];
// Cheap argon2id parameters for the hashes tests make (packages/auth/src/passwords.ts); config
// refuses this setting with NODE_ENV=production, and production keeps OWASP's minimum.
const env = { PASSWORD_HASH_COST: "test" };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts"],
          exclude: [...ignored, "**/*.integration.test.ts"],
          env,
          // Projects with different maxWorkers run as separate groups: the quick unit tests first.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/*/src/**/*.integration.test.ts"],
          exclude: ignored,
          env,
          // One migrated, seeded template database per run; each file gets its own copy of it.
          globalSetup: ["./tests/integration/global-setup.ts"],
          setupFiles: ["./tests/integration/file-database.ts"],
          // Vitest's default on 2 cores is one file at a time; these files mostly wait on
          // PostgreSQL, NATS and their own servers, and each has its own database and streams.
          maxWorkers: 3,
          // The files of one worker share its loaded modules (the API, Prisma's client): importing
          // them again for every file was a third of the run's CPU. Each file still has its own
          // database and streams, and process-wide state (metrics) is compared before and after.
          isolate: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
