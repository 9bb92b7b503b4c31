import { describe, expect, it } from "vitest";
import { parseTrustedProxies } from "@commerce/config";
import { addressBucket, clientAddress, peerAddressHeader } from "./client-address";

const headers = (peer: string | null, forwardedFor?: string) => (name: string) =>
  name === peerAddressHeader ? peer : name === "x-forwarded-for" ? (forwardedFor ?? null) : null;

describe("clientAddress", () => {
  it("with no trusted proxies, the peer is the client whatever X-Forwarded-For says", () => {
    const none = parseTrustedProxies("");
    expect(clientAddress(headers("203.0.113.7"), none)).toBe("203.0.113.7");
    expect(clientAddress(headers("203.0.113.7", "1.2.3.4"), none)).toBe("203.0.113.7");
    expect(clientAddress(headers("::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8"), none)).toBe("203.0.113.7");
  });

  it("behind trusted proxies, takes the first untrusted entry from the right", () => {
    const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.10");
    // One proxy: the client's own left-hand entries are ignored.
    expect(clientAddress(headers("10.0.0.2", "1.2.3.4, 203.0.113.7"), proxies)).toBe("203.0.113.7");
    // Two proxies in a chain.
    expect(clientAddress(headers("10.0.0.2", "1.2.3.4, 203.0.113.7, 192.168.1.10"), proxies)).toBe("203.0.113.7");
    // A proxy that adds nothing: the proxy itself.
    expect(clientAddress(headers("10.0.0.2"), proxies)).toBe("10.0.0.2");
    // A garbled entry stops the walk at the last address a trusted proxy vouched for.
    expect(clientAddress(headers("10.0.0.2", "1.2.3.4, not-an-ip, 192.168.1.10"), proxies)).toBe("192.168.1.10");
  });

  it("an untrusted peer's X-Forwarded-For is never read", () => {
    const proxies = parseTrustedProxies("10.0.0.0/8");
    expect(clientAddress(headers("198.51.100.9", "10.0.0.5"), proxies)).toBe("198.51.100.9");
  });

  it("understands IPv6 ranges", () => {
    const proxies = parseTrustedProxies("fd00::/8");
    expect(clientAddress(headers("fd00::1", "2001:db8::7"), proxies)).toBe("2001:db8::7");
  });

  it("no peer (not served by the apps' server) is 'unknown'", () => {
    expect(clientAddress(headers(null, "1.2.3.4"), parseTrustedProxies(""))).toBe("unknown");
    expect(clientAddress(headers("garbage"), parseTrustedProxies(""))).toBe("unknown");
  });
});

describe("parseTrustedProxies", () => {
  it("names the entry it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, 10.0.0.0/33")).toThrow('"10.0.0.0/33" is not an IP address or CIDR range');
    expect(() => parseTrustedProxies("proxy.local")).toThrow('"proxy.local"');
    expect(() => parseTrustedProxies("10.0.0.1/x")).toThrow('"10.0.0.1/x"');
  });
});

describe("addressBucket", () => {
  it("counts an IPv4 address on its own and an IPv6 client per /64, however it spells the address", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8:0001:0002::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("unknown")).toBe("unknown");
  });
});
