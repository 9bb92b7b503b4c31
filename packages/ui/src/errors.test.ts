import { describe, expect, it } from "vitest";
import { describeError, isNoAccessError, isPlanLimitError, isSignedOutError, labelled, messageOf, offlineMessage } from "./errors";
import { newIdempotencyKey } from "./ids";
import { orderActionWords, orderStatuses, orderStatusWords, statusWords } from "./order-status";

/** A tRPC client error as the API's formatter shapes it. */
const apiError = (message: string, data: Record<string, unknown>) => Object.assign(new Error(message), { data });

describe("describeError", () => {
  it("has nothing to say without an error", () => {
    expect(describeError(null)).toEqual({ message: null, fields: {}, domainCode: null, planLimit: false });
  });

  it("puts zod messages next to their fields, by path prefix, longest first", () => {
    const error = apiError("[zod json]", {
      code: "BAD_REQUEST",
      fieldErrors: { "price.amount": ["must be more than zero"], "price.currency": ["is not a currency"], name: ["Too short", "Use letters"] },
    });
    const described = describeError(error, { price: "price", "price.currency": "currency", name: "name" });
    expect(described.fields).toEqual({ price: "must be more than zero", currency: "is not a currency", name: "Too short. Use letters" });
    expect(described.message).toBe("Please correct the highlighted fields.");
  });

  it("names the problems the form has no input for, never the raw zod JSON", () => {
    const error = apiError('[{"code":"too_small"}]', { fieldErrors: { "lines.0.quantity": ["must be at least 1"] } });
    expect(describeError(error, ["email"]).message).toBe("Please check: lines.0.quantity must be at least 1");
  });

  it("puts a business rule about one field (details.field) next to it", () => {
    const error = apiError("This email is already registered", { code: "CONFLICT", details: { field: "email" } });
    expect(describeError(error, ["email"])).toMatchObject({ message: null, fields: { email: "This email is already registered" } });
    expect(describeError(error).message).toBe("This email is already registered");
  });

  it("flags a plan limit, and words a failed connection", () => {
    expect(describeError(apiError("Your plan allows 2 shops", { code: "FORBIDDEN", domainCode: "PLAN_LIMIT" })).planLimit).toBe(true);
    expect(describeError(new TypeError("Failed to fetch")).message).toBe(offlineMessage);
    expect(messageOf(new TypeError("Failed to fetch"))).toBe(offlineMessage);
  });

  it("tells signed out, no access and plan limits apart", () => {
    expect(isSignedOutError(apiError("x", { code: "UNAUTHORIZED" }))).toBe(true);
    expect(isNoAccessError(apiError("x", { code: "FORBIDDEN" }))).toBe(true);
    expect(isNoAccessError(apiError("x", { code: "FORBIDDEN", domainCode: "PLAN_LIMIT" }))).toBe(false);
    expect(isPlanLimitError(apiError("x", { code: "FORBIDDEN", domainCode: "PLAN_LIMIT" }))).toBe(true);
  });

  it("reads a field's message after its label", () => {
    expect(labelled("Name", "is required")).toBe("Name is required");
    expect(labelled("PIN", "at least 4 digits")).toBe("PIN: at least 4 digits");
    expect(labelled("Name", "Name is required")).toBe("Name is required");
  });
});

describe("order statuses in a shop's words", () => {
  it("has words and an action for every status, never the enum name", () => {
    for (const status of orderStatuses) {
      expect(orderStatusWords[status]).not.toBe(status);
      expect(orderActionWords[status]).not.toContain(status);
    }
    expect(orderStatusWords.PENDING).toBe("Awaiting payment");
    expect(orderActionWords.FULFILLED).toBe("Mark as shipped");
    expect(statusWords("refund", "SUCCEEDED")).toBe("Refunded");
    expect(statusWords("payment", "PARTIALLY_REFUNDED")).toBe("Partially refunded");
  });
});

describe("newIdempotencyKey", () => {
  it("gives a fresh v4 UUID each time", () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
