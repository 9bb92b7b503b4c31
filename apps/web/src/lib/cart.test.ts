import { describe, expect, it } from "vitest";
import {
  basketButtonLabel,
  checkoutSignature,
  decreasedQuantity,
  itemsWord,
  lineMaximum,
  lineName,
  lineProblem,
  notReadyReason,
  withoutNotice,
  type CartLine,
  type CartView,
} from "./cart";

const eur = (amount: number) => ({ amount, currency: "EUR" });

function line(overrides: Partial<CartLine> = {}): CartLine {
  return {
    variantId: "0192f1c2-7d3e-7000-8000-000000000001",
    productId: "0192f1c2-7d3e-7000-8000-0000000000aa",
    productName: "Crew Tee",
    productSlug: "crew-tee",
    variantTitle: "M / red",
    sku: "TEE-M-RED",
    imageUrl: "https://example.test/tee.png",
    quantity: 2,
    unitPrice: eur(1500),
    lineTotal: eur(3000),
    previousPrice: null,
    available: 10,
    problem: null,
    message: null,
    ...overrides,
  };
}

function cart(lines: CartLine[], overrides: Partial<CartView> = {}): CartView {
  const pricesMoved = lines.some((l) => l.previousPrice !== null);
  return {
    lines,
    count: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: eur(lines.reduce((n, l) => n + l.lineTotal.amount, 0)),
    pricesMoved,
    ready: lines.length > 0 && !pricesMoved && lines.every((l) => l.problem === null),
    notice: null,
    ...overrides,
  };
}

describe("basket words", () => {
  it("counts items and names the header button", () => {
    expect(itemsWord(1)).toBe("1 item");
    expect(itemsWord(0)).toBe("0 items");
    expect(basketButtonLabel(3)).toBe("Basket, 3 items");
    expect(basketButtonLabel(1)).toBe("Basket, 1 item");
    expect(basketButtonLabel(null)).toBe("Basket");
  });

  it("names a line by its product and variant", () => {
    expect(lineName(line())).toBe("Crew Tee (M / red)");
    expect(lineName(line({ variantTitle: "" }))).toBe("Crew Tee");
  });

  it("says what is wrong with a line, preferring the server's words", () => {
    expect(lineProblem(line())).toBeNull();
    expect(lineProblem(line({ problem: "sold_out", message: "Crew Tee (M / red) is sold out" }))).toBe("Crew Tee (M / red) is sold out");
    expect(lineProblem(line({ problem: "no_longer_sold" }))).toBe("Crew Tee (M / red) is no longer sold");
    expect(lineProblem(line({ problem: "short", available: 1 }))).toBe("Only 1 of Crew Tee (M / red) left: lower the quantity to check out");
  });

  it("holds the stepper to the stock and the most a line takes", () => {
    expect(lineMaximum(line({ available: 3 }))).toBe(3);
    expect(lineMaximum(line({ available: 500 }))).toBe(100);
    expect(lineMaximum(line({ available: 0 }))).toBe(0);
  });

  it("decreases by one, or down to the stock when a line asks for more than there is", () => {
    expect(decreasedQuantity(line({ quantity: 3 }))).toBe(2);
    expect(decreasedQuantity(line({ quantity: 1 }))).toBe(1);
    expect(decreasedQuantity(line({ quantity: 5, available: 2 }))).toBe(2);
    expect(decreasedQuantity(line({ quantity: 3, available: 0 }))).toBe(2);
  });
});

describe("notReadyReason", () => {
  it("is null for a basket that can be paid for", () => {
    expect(notReadyReason(cart([line()]))).toBeNull();
  });

  it("explains an empty basket, problems and moved prices", () => {
    expect(notReadyReason(cart([]))).toBe("Your basket is empty.");
    expect(notReadyReason(cart([line({ problem: "sold_out" })]))).toBe("One item needs your attention before you check out.");
    expect(notReadyReason(cart([line({ problem: "sold_out" }), line({ problem: "short" })]))).toBe("2 items need your attention before you check out.");
    expect(notReadyReason(cart([line({ previousPrice: eur(1200) })]))).toMatch(/prices changed/i);
  });
});

describe("checkoutSignature", () => {
  const request = { name: "Grace Shopper", cardToken: "tok_visa" };

  it("is the same for the same basket, name and card (a retry of one attempt)", () => {
    expect(checkoutSignature(cart([line()]), request)).toBe(checkoutSignature(cart([line()]), { ...request }));
  });

  it("changes when the basket, a price, the name or the card changes", () => {
    const base = checkoutSignature(cart([line()]), request);
    expect(checkoutSignature(cart([line({ quantity: 3, lineTotal: eur(4500) })]), request)).not.toBe(base);
    expect(checkoutSignature(cart([line({ unitPrice: eur(1400), lineTotal: eur(2800) })]), request)).not.toBe(base);
    expect(checkoutSignature(cart([line(), line({ variantId: "0192f1c2-7d3e-7000-8000-000000000002" })]), request)).not.toBe(base);
    expect(checkoutSignature(cart([line()]), { ...request, name: "Grace" })).not.toBe(base);
    expect(checkoutSignature(cart([line()]), { ...request, cardToken: "tok_declined" })).not.toBe(base);
  });

  it("changes when a guest's email changes", () => {
    const guest = { ...request, email: "grace@example.com" };
    expect(checkoutSignature(cart([line()]), guest)).toBe(checkoutSignature(cart([line()]), { ...guest }));
    expect(checkoutSignature(cart([line()]), guest)).not.toBe(checkoutSignature(cart([line()]), request));
    expect(checkoutSignature(cart([line()]), { ...guest, email: "ada@example.com" })).not.toBe(checkoutSignature(cart([line()]), guest));
  });
});

describe("withoutNotice", () => {
  it("drops a change's notice and keeps the rest", () => {
    const noticed = cart([line()], { notice: "Only 3 of Crew Tee (M / red) in stock: your basket has 3" });
    expect(withoutNotice(noticed)).toEqual({ ...noticed, notice: null });
    const quiet = cart([line()]);
    expect(withoutNotice(quiet)).toBe(quiet);
  });
});
