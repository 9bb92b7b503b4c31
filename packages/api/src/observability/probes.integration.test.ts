import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@commerce/db";
import { appProbes } from "./next";
import { recordProcedure } from "./metrics";

// The Next apps' /api/health, /api/ready and /api/metrics (their route files are one line over
// appProbes), against the run's real database and NATS, and against ones that do not answer.

let db: Db;
let nowhere: Db;
let closedPort: number;
beforeAll(async () => {
  db = createDb(inject("databaseUrl"), { max: 2 });
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closedPort = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  nowhere = createDb(`postgresql://postgres@127.0.0.1:${closedPort}/nothing`, { max: 1, acquireTimeoutMs: 500 });
});
afterAll(async () => {
  await db.$disconnect();
  await nowhere.$disconnect();
});

describe("the apps' probe routes", () => {
  const natsUrl = () => inject("natsUrl");

  it("/api/health answers 200 without touching the database", async () => {
    const probes = appProbes(
      "web",
      () => {
        throw new Error("liveness must not reach the database");
      },
      natsUrl,
    );
    const res = await probes.health();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", service: "web" });
  });

  it("/api/ready answers 200 when the database and NATS answer", async () => {
    const res = await appProbes("admin", () => db, natsUrl).ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ready", notReady: [], checks: { database: { ready: true }, nats: { ready: true } } });
  });

  it("/api/ready answers 503 naming the database and NATS when they do not answer", async () => {
    const res = await appProbes(
      "pos",
      () => nowhere,
      () => `nats://127.0.0.1:${closedPort}`,
    ).ready();
    expect(res.status).toBe(503);
    const body = (await res.json()) as { notReady: string[]; checks: Record<string, { ready: boolean; error?: string }> };
    expect(body.notReady.sort()).toEqual(["database", "nats"]);
    expect(body.checks.database!.error).toBeTruthy();
    expect(body.checks.nats!.error).toBeTruthy();
  });

  it("/api/metrics exposes procedure counts and latency, and the outbox backlog", async () => {
    // The registry is the process's own, shared with every other test file of this worker: compare
    // the counts before and after rather than expecting them to start at zero.
    const metrics = async () => {
      const res = await appProbes("web", () => db, natsUrl).metrics();
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/plain");
      return res.text();
    };
    const sample = (text: string, name: string, outcome: string) => {
      const line = text.split("\n").find((l) => l.startsWith(`${name}{procedure="product.add",type="mutation",outcome="${outcome}"} `));
      return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(" ") + 1));
    };
    const before = await metrics();
    recordProcedure("product.add", "mutation", "ok", 12);
    recordProcedure("product.add", "mutation", "BAD_REQUEST", 3);
    const text = await metrics();
    expect(sample(text, "commerce_procedure_requests_total", "ok")).toBe(sample(before, "commerce_procedure_requests_total", "ok") + 1);
    expect(sample(text, "commerce_procedure_requests_total", "BAD_REQUEST")).toBe(sample(before, "commerce_procedure_requests_total", "BAD_REQUEST") + 1);
    expect(sample(text, "commerce_procedure_duration_seconds_count", "ok")).toBe(sample(before, "commerce_procedure_duration_seconds_count", "ok") + 1);
    expect(text).toMatch(/^commerce_outbox_backlog \d+$/m);
    expect(text).toContain("# TYPE commerce_db_pool_connections gauge");
  });
});
