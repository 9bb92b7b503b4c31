import { describe, expect, it } from "vitest";
import { scopeArgs, type TenantScope } from "./tenancy";

const company: TenantScope = { companyId: "c1", shopId: null, customerId: null };
const staff: TenantScope = { companyId: "c1", shopId: "s1", customerId: null };
const customer: TenantScope = { companyId: "c1", shopId: null, customerId: "u1" };

describe("tenant scoping of database calls", () => {
  it("adds the company to reads, keeping the caller's own filter", () => {
    expect(scopeArgs("Product", "findMany", { where: { colour: "red" } }, company)).toEqual({ where: { colour: "red", AND: [{ companyId: "c1" }] } });
    expect(scopeArgs("Product", "findUnique", { where: { id: "p1", AND: { sku: "x" } } }, company)).toEqual({
      where: { id: "p1", AND: [{ sku: "x" }, { companyId: "c1" }] },
    });
  });

  it("narrows orders to the shop for staff and to the customer for customers", () => {
    expect(scopeArgs("Order", "findFirst", {}, staff)).toEqual({ where: { AND: [{ companyId: "c1", shopId: "s1" }] } });
    expect(scopeArgs("Order", "count", {}, customer)).toEqual({ where: { AND: [{ companyId: "c1", customerId: "u1" }] } });
    expect(scopeArgs("Payment", "findMany", {}, customer)).toEqual({ where: { AND: [{ companyId: "c1", order: { customerId: "u1" } }] } });
  });

  it("scopes updates and deletes, so another company's row is simply not found", () => {
    expect(scopeArgs("Shop", "update", { where: { id: "s9" }, data: { name: "x" } }, company)).toEqual({
      where: { id: "s9", AND: [{ companyId: "c1" }] },
      data: { name: "x" },
    });
    expect(scopeArgs("User", "deleteMany", { where: {} }, staff).where).toEqual({ AND: [{ companyId: "c1", shopId: "s1" }] });
  });

  it("stamps the company (and shop or customer) on created rows, nested ones too, overriding anything given", () => {
    const args = scopeArgs(
      "Order",
      "create",
      {
        data: {
          companyId: "evil",
          total: 1,
          lines: { create: [{ productId: "p1" }, { productId: "p2" }] },
          statusChanges: { create: { toStatus: "PENDING" } },
        },
      },
      staff,
    );
    expect(args.data).toEqual({
      companyId: "c1",
      shopId: "s1",
      total: 1,
      lines: {
        create: [
          { productId: "p1", companyId: "c1" },
          { productId: "p2", companyId: "c1" },
        ],
      },
      statusChanges: { create: { toStatus: "PENDING", companyId: "c1" } },
    });
    expect(scopeArgs("Product", "createMany", { data: [{ sku: "a" }] }, company).data).toEqual([{ sku: "a", companyId: "c1" }]);
    expect(scopeArgs("Product", "upsert", { where: { id: "p" }, create: { sku: "a" }, update: {} }, company)).toEqual({
      where: { id: "p", AND: [{ companyId: "c1" }] },
      create: { sku: "a", companyId: "c1" },
      update: {},
    });
  });

  it("refuses models and operations it has no rule for, rather than letting them through", () => {
    expect(() => scopeArgs("Unknown", "findMany", {}, company)).toThrow("Model Unknown has no tenant rule");
    expect(() => scopeArgs("Product", "aggregateRaw", {}, company)).toThrow("not tenant-scoped");
  });
});
