import { describe, expect, it } from "vitest";
import { clientIp } from "./next-auth";

describe("clientIp", () => {
  it("takes the entry the last trusted proxy appended, not what the client wrote on the left", () => {
    expect(clientIp("203.0.113.7")).toBe("203.0.113.7");
    // A client sending its own X-Forwarded-For through one proxy cannot choose its address.
    expect(clientIp("1.2.3.4, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp("1.2.3.4, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("copes with missing, empty and short headers", () => {
    expect(clientIp(null)).toBe("unknown");
    expect(clientIp(" , ")).toBe("unknown");
    expect(clientIp("203.0.113.7", 3)).toBe("203.0.113.7");
  });
});
