import { describe, expect, it } from "vitest";
import { assertTransition, canTransition, nextStatuses, returnsStockOnCancel, type OrderStatus } from "./order-status";

const all: OrderStatus[] = ["PENDING", "PAID", "FULFILLED", "DELIVERED", "CANCELLED"];

describe("order state machine", () => {
  it("allows exactly the documented moves", () => {
    const allowed = all.flatMap((from) => all.filter((to) => canTransition(from, to)).map((to) => `${from}->${to}`));
    expect(allowed.sort()).toEqual(["FULFILLED->DELIVERED", "PAID->CANCELLED", "PAID->FULFILLED", "PENDING->CANCELLED", "PENDING->PAID"].sort());
  });

  it("refuses an invalid move with a message that says what is possible", () => {
    expect(() => assertTransition("DELIVERED", "PAID", 1042, "payment")).toThrow("Order #1042 is DELIVERED and cannot become PAID (DELIVERED is final)");
    expect(() => assertTransition("PENDING", "FULFILLED", undefined, "payment")).toThrow(
      "The order is PENDING and cannot become FULFILLED (it can become PAID or CANCELLED)",
    );
    expect(() => assertTransition("PENDING", "FULFILLED")).toThrow("The order is PENDING and cannot become FULFILLED (it can become CANCELLED)");
    expect(() => assertTransition("FULFILLED", "CANCELLED")).toThrow(expect.objectContaining({ code: "INVALID_STATE" }));
  });

  it("lets only a captured payment make an order PAID, never a person", () => {
    expect(() => assertTransition("PENDING", "PAID", 1001)).toThrow("Order #1001 becomes PAID only when a payment is captured");
    expect(() => assertTransition("PENDING", "PAID", 1001, "person")).toThrow(expect.objectContaining({ code: "INVALID_STATE" }));
    expect(() => assertTransition("PENDING", "PAID", 1001, "payment")).not.toThrow();
    // The portal offers only what a person may do.
    expect(nextStatuses("PENDING")).toEqual(["CANCELLED"]);
    expect(nextStatuses("PAID")).toEqual(["FULFILLED", "CANCELLED"]);
  });

  it("treats DELIVERED and CANCELLED as final", () => {
    expect(nextStatuses("DELIVERED")).toEqual([]);
    expect(nextStatuses("CANCELLED")).toEqual([]);
  });

  it("returns stock on cancel only before fulfilment", () => {
    expect(returnsStockOnCancel("PENDING")).toBe(true);
    expect(returnsStockOnCancel("PAID")).toBe(true);
    expect(returnsStockOnCancel("FULFILLED")).toBe(false);
  });
});
