import { describe, expect, it } from "vitest";
import { assignableRoles, callers, can, permissions, type Permission } from "./permissions";
import { hashSecret, passwordSchema, pinSchema, sameToken, newToken, verifySecret } from "./passwords";

describe("permission matrix", () => {
  it("gives platform management to the super admin alone", () => {
    expect(callers.filter((c) => can(c, "platform.manage"))).toEqual(["SUPER_ADMIN"]);
  });

  it("keeps the super admin out of every company's data", () => {
    const tenantPermissions = (Object.keys(permissions) as Permission[]).filter((p) => permissions[p].scope === "tenant");
    expect(tenantPermissions.filter((p) => can("SUPER_ADMIN", p))).toEqual([]);
  });

  it("lets visitors browse, fill a basket, pay for it as a guest and follow that order, and nothing else that touches a company", () => {
    expect((Object.keys(permissions) as Permission[]).filter((p) => can("VISITOR", p))).toEqual([
      "product.browse",
      "cart.use",
      "cart.checkout",
      "order.track",
      "public",
    ]);
  });

  it("lets staff sell but not refund, manage orders or read the audit log", () => {
    expect(can("STAFF", "order.place")).toBe(true);
    expect(can("STAFF", "payment.take")).toBe(true);
    for (const p of ["payment.refund", "order.manage", "audit.read", "product.manage", "staff.manage"] as const) expect(can("STAFF", p), p).toBe(false);
  });

  it("never lets anyone hand out a role above their own", () => {
    expect(assignableRoles("SHOP_MANAGER")).toEqual(["STAFF"]);
    expect(assignableRoles("STAFF")).toEqual([]);
    expect(assignableRoles("CUSTOMER")).toEqual([]);
    expect(assignableRoles("COMPANY_ADMIN")).not.toContain("SUPER_ADMIN");
  });
});

describe("secrets", () => {
  it("hashes with argon2id and verifies only the right secret", async () => {
    const hash = await hashSecret("Correct-horse-1");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifySecret(hash, "Correct-horse-1")).toBe(true);
    expect(await verifySecret(hash, "correct-horse-1")).toBe(false);
    expect(await verifySecret(null, "anything")).toBe(false);
  });

  it("states the password and PIN rules", () => {
    expect(passwordSchema.safeParse("short1").error?.issues[0]?.message).toBe("Use at least 10 characters");
    expect(passwordSchema.safeParse("onlyletterslong").error?.issues[0]?.message).toBe("Mix letters with digits or symbols");
    expect(passwordSchema.safeParse("Letters-and-1").success).toBe(true);
    expect(pinSchema.safeParse("12a4").success).toBe(false);
    expect(pinSchema.safeParse("1234").success).toBe(true);
  });

  it("stores tokens as hashes and compares them in constant time", () => {
    const { token, tokenHash } = newToken();
    expect(tokenHash).not.toContain(token);
    expect(sameToken(token, tokenHash)).toBe(true);
    expect(sameToken(`${token}x`, tokenHash)).toBe(false);
  });
});
