import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, parseConfig, passwordHashCost } from "@commerce/config";
import { hashParameters, hashSecret, verifySecret } from "./passwords";

// Test runs hash with cheap argon2id parameters (PASSWORD_HASH_COST=test, set by vitest.config.ts);
// everything else, production above all, keeps OWASP's minimum.

const secret = "Correct-horse-42";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("password hashing cost", () => {
  it("is the cheap setting in this test run (vitest.config.ts sets it)", () => {
    expect(hashParameters()).toEqual({ algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  });

  it("is OWASP's minimum argon2id unless a test run asks otherwise", async () => {
    vi.stubEnv("PASSWORD_HASH_COST", undefined);
    vi.stubEnv("NODE_ENV", "production");
    expect(hashParameters()).toEqual({ algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const stored = await hashSecret(secret);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifySecret(stored, secret)).toBe(true);
    expect(await verifySecret(stored, "Wrong-horse-42")).toBe(false);
  });

  it("is cheap argon2id in test runs, and either kind of hash verifies under either setting", async () => {
    vi.stubEnv("NODE_ENV", "test");
    vi.stubEnv("PASSWORD_HASH_COST", "standard");
    const strong = await hashSecret(secret);
    vi.stubEnv("PASSWORD_HASH_COST", "test");
    const cheap = await hashSecret(secret);
    expect(cheap).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await verifySecret(cheap, secret)).toBe(true);
    expect(await verifySecret(strong, secret)).toBe(true);
    expect(await verifySecret(cheap, "Wrong-horse-42")).toBe(false);
    expect(await verifySecret(null, secret)).toBe(false);
    vi.stubEnv("PASSWORD_HASH_COST", "standard");
    expect(await verifySecret(cheap, secret)).toBe(true);
    expect(await verifySecret(cheap, "Wrong-horse-42")).toBe(false);
  });

  it("refuses the test setting in production, when hashing and when the process starts", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("PASSWORD_HASH_COST", "test");
    expect(() => passwordHashCost()).toThrow(ConfigError);
    await expect(hashSecret(secret)).rejects.toThrow(/PASSWORD_HASH_COST is invalid/);
    const base = {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/commerce",
      NATS_URL: "nats://127.0.0.1:4222",
      PAYMENT_PROVIDER_URL: "http://127.0.0.1:4010",
      PAYMENT_PROVIDER_API_KEY: "sk_test_0123456789abcdef",
      AUTH_SECRET: "test-secret-0123456789abcdef0123456789",
    };
    expect(() => parseConfig({ ...base, NODE_ENV: "production", PASSWORD_HASH_COST: "test" })).toThrow(/^Invalid configuration: PASSWORD_HASH_COST is invalid/);
    expect(parseConfig({ ...base, NODE_ENV: "production" }).PASSWORD_HASH_COST).toBe("standard");
    expect(parseConfig({ ...base, NODE_ENV: "test", PASSWORD_HASH_COST: "test" }).PASSWORD_HASH_COST).toBe("test");
    expect(() => passwordHashCost({ PASSWORD_HASH_COST: "cheap" })).toThrow(ConfigError);
  });
});
