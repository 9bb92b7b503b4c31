import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { readSessionClaims } from "./next-auth";

const secret = "unit-test-secret-0123456789abcdef0123";
const settings = { secret, secure: false };

describe("readSessionClaims", () => {
  it("skips cookies that are not valid percent-encoding instead of failing the request", async () => {
    for (const header of ["a=%ZZ", "%", "web.session-token=%E0%A4%A", "web.session-token.0=abc; web.session-token.1=%ZZ", "=;;=%"]) {
      await expect(readSessionClaims(header, "web", settings)).resolves.toBeNull();
    }
  });

  it("still reads the session beside a broken cookie", async () => {
    const token = await encode({
      secret,
      token: { sid: "s-1", uid: "u-1", role: "CUSTOMER", companyId: "c-1", shopId: null, name: "Ada", email: "ada@example.com", accessExpiresAt: 1 },
    });
    const claims = await readSessionClaims(`junk=%E0%A4%A; web.session-token=${token}; other=%`, "web", settings);
    expect(claims).toMatchObject({ sid: "s-1", uid: "u-1", role: "CUSTOMER", companyId: "c-1" });
  });
});
