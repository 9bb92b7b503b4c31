import { describe, expect, it } from "vitest";
import { placeOrderInput } from "./domains/order/order.schemas";
import { addProductInput } from "./domains/product/product.schemas";
import { fieldErrorsByPath } from "./trpc";

describe("field errors sent to forms", () => {
  it("are keyed by the full path of the field, so nested inputs can show their own message", () => {
    const order = placeOrderInput.safeParse({ lines: [{ productId: "nope", quantity: 0 }], customer: { name: "", email: "x" } });
    const byPath = fieldErrorsByPath(order.error!);
    expect(Object.keys(byPath).sort()).toEqual(["customer.email", "customer.name", "lines.0.productId", "lines.0.quantity"]);
    expect(byPath["customer.email"]).toEqual(["must be an email address"]);

    const product = addProductInput.safeParse({
      name: "Jacket",
      description: "A proper description.",
      price: { amount: 1.5, currency: "EUR" },
      colour: "red",
      category: "jackets",
      sku: "JKT-001",
      stockQuantity: 1,
    });
    expect(fieldErrorsByPath(product.error!)).toEqual({ "price.amount": ["must be a whole number of minor units (e.g. cents)"] });
  });
});
