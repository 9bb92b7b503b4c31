import { describe, expect, it } from "vitest";
import { countByProduct, itemCount, MAX_LINES, MAX_QUANTITY, maxQuantity, ticketReducer, ticketTotal, toTicketItem, type TicketAction } from "./ticket-state";
import type { TicketItem, TicketLine } from "./types";

const eur = (amount: number) => ({ amount, currency: "EUR" });
const tee = { id: "tee", name: "Crew Tee" };
const item = (variantId: string, stockQuantity = 10, over: Partial<TicketItem> = {}): TicketItem => ({
  variantId,
  productId: tee.id,
  name: tee.name,
  title: variantId.toUpperCase().replace("-", " / "),
  sku: `TEE-${variantId.toUpperCase()}`,
  price: eur(1500),
  stockQuantity,
  ...over,
});
const run = (actions: TicketAction[], from: TicketLine[] = []) => actions.reduce(ticketReducer, from);

describe("ticket lines are per variant", () => {
  it("adds each variant of a product on its own line, and the same variant again to its line", () => {
    const lines = run([
      { type: "add", item: item("m-red") },
      { type: "add", item: item("l-red") },
      { type: "add", item: item("m-red") },
    ]);
    expect(lines.map((l) => [l.item.variantId, l.quantity])).toEqual([
      ["m-red", 2],
      ["l-red", 1],
    ]);
    expect(itemCount(lines)).toBe(3);
    expect(countByProduct(lines)).toEqual(new Map([["tee", 3]]));
  });

  it("changes, refreshes and removes one variant's line, leaving the others", () => {
    const start = run([
      { type: "add", item: item("m-red") },
      { type: "add", item: item("l-red") },
    ]);
    const lines = run(
      [
        { type: "increment", variantId: "m-red" },
        { type: "increment", variantId: "m-red" },
        { type: "decrement", variantId: "m-red" },
        { type: "stock", variantId: "l-red", available: 0 },
      ],
      start,
    );
    expect(lines.map((l) => [l.item.variantId, l.quantity, l.item.stockQuantity])).toEqual([
      ["m-red", 2, 10],
      ["l-red", 1, 0],
    ]);
    expect(run([{ type: "remove", variantId: "m-red" }], lines).map((l) => l.item.variantId)).toEqual(["l-red"]);
    expect(run([{ type: "clear" }], lines)).toEqual([]);
  });

  it("stays within the stock the till last saw, and a new snapshot refreshes the line", () => {
    let lines = run([
      { type: "add", item: item("m-red", 2) },
      { type: "add", item: item("m-red", 2) },
      { type: "add", item: item("m-red", 2) },
      { type: "increment", variantId: "m-red" },
    ]);
    expect(lines[0]!.quantity).toBe(2);
    lines = run([{ type: "add", item: item("m-red", 2, { price: eur(1200) }) }], lines);
    expect(lines[0]).toMatchObject({ quantity: 2, item: { price: eur(1200) } });
    expect(run([{ type: "add", item: item("sold-out", 0) }])).toEqual([]);
    expect(maxQuantity(item("lots", 5000))).toBe(MAX_QUANTITY);
    expect(maxQuantity(item("less", -3))).toBe(0);
  });

  it("takes at most 50 lines, but more of a variant already on one", () => {
    const full = run(Array.from({ length: MAX_LINES }, (_, i) => ({ type: "add" as const, item: item(`v${i}`) })));
    expect(full).toHaveLength(MAX_LINES);
    expect(run([{ type: "add", item: item("one-more") }], full)).toBe(full);
    expect(run([{ type: "add", item: item("v0") }], full)[0]!.quantity).toBe(2);
  });

  it("totals the lines, refusing to add up currencies", () => {
    expect(ticketTotal([])).toBeNull();
    const lines = run([
      { type: "add", item: item("m-red") },
      { type: "add", item: item("m-red") },
      { type: "add", item: item("l-red", 10, { price: eur(1800) }) },
    ]);
    expect(ticketTotal(lines)).toEqual(eur(4800));
    expect(ticketTotal(run([{ type: "add", item: item("usd", 10, { price: { amount: 100, currency: "USD" } }) }], lines))).toBe("mixed");
  });
});

describe("naming a variant", () => {
  it("keeps what the ticket needs of a product's variant", () => {
    const variant = { id: "v1", title: "M / red", sku: "TEE-M-RED", price: eur(1500), stockQuantity: 4 };
    expect(toTicketItem(tee, variant)).toEqual({
      variantId: "v1",
      productId: "tee",
      name: "Crew Tee",
      title: "M / red",
      sku: "TEE-M-RED",
      price: eur(1500),
      stockQuantity: 4,
    });
  });
});
