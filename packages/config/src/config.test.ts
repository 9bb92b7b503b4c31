import { describe, expect, it } from "vitest";
import { parseConfig } from "./index";

const good = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/commerce",
  NATS_URL: "nats://127.0.0.1:4222",
  PAYMENT_PROVIDER_URL: "http://127.0.0.1:4010",
  PAYMENT_PROVIDER_API_KEY: "sk_test_0123456789abcdef",
  AUTH_SECRET: "test-secret-0123456789abcdef0123456789",
};

describe("configuration", () => {
  it("accepts a complete configuration and fills defaults", () => {
    const cfg = parseConfig(good);
    expect(cfg.EVENTS_STREAM).toBe("COMMERCE");
    expect(cfg.WEB_PORT).toBe(3000);
  });

  it("names a missing value in one line", () => {
    const { DATABASE_URL: _omit, ...rest } = good;
    expect(() => parseConfig(rest)).toThrow(/^Invalid configuration: DATABASE_URL is missing$/);
  });

  it("names every malformed value", () => {
    const error = (() => {
      try {
        parseConfig({ ...good, NATS_URL: "http://x", WEB_PORT: "99999" });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toContain("NATS_URL is invalid");
    expect(error).toContain("WEB_PORT is invalid");
    expect(error).not.toContain("\n");
  });

  it("reads trusted proxies as addresses and CIDR ranges, naming an entry it cannot read", () => {
    const cfg = parseConfig({ ...good, TRUSTED_PROXIES: "10.0.0.0/8, 192.168.1.10, fd00::/8" });
    expect(cfg.TRUSTED_PROXIES.check("10.1.2.3")).toBe(true);
    expect(cfg.TRUSTED_PROXIES.check("192.168.1.11")).toBe(false);
    expect(parseConfig(good).TRUSTED_PROXIES.check("127.0.0.1")).toBe(false);
    expect(() => parseConfig({ ...good, TRUSTED_PROXIES: "10.0.0.0/8, proxy.local" })).toThrow(
      /TRUSTED_PROXIES is invalid \("proxy\.local" is not an IP address or CIDR range/,
    );
  });
});
