import { describe, expect, it } from "vitest";
import { orderPath, safeNext, storePath, withNext } from "./paths";

const id = "0192f1c2-7d3e-7000-8000-000000000001";
const key = "aB3_-xYz0123456789aB3_-xYz012345";

describe("orderPath", () => {
  it("is the order's page, with a guest's key when there is one", () => {
    expect(orderPath("acme", id)).toBe(`/acme/orders/${id}`);
    expect(orderPath("acme", id, null)).toBe(`/acme/orders/${id}`);
    expect(orderPath("acme", id, key)).toBe(`/acme/orders/${id}?key=${key}`);
  });

  it("keeps the key through sign-in or registration and back (?next=)", () => {
    const back = orderPath("acme", id, key);
    for (const page of ["/signin", "/register"]) {
      const href = withNext(storePath("acme", page), back);
      const next = new URLSearchParams(href.split("?")[1]).get("next");
      expect(safeNext(next, "acme")).toBe(back);
    }
  });
});
