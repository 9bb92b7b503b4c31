import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { HttpCardProvider } from "./http-provider";
import { ProviderRejectedError, ProviderUnavailableError } from "./provider";
import { startPaymentSimulator, type PaymentSimulator } from "./simulator";
import { decideCharge } from "./test-cards";

const apiKey = "sk_test_unit_key_0000000001";
let sim: PaymentSimulator;
let provider: HttpCardProvider;

beforeAll(async () => {
  sim = await startPaymentSimulator({ apiKey });
  provider = new HttpCardProvider(sim.url, apiKey, { retries: 2 });
});
afterAll(() => sim.close());

const charge = (cardToken: string, idempotencyKey = randomUUID(), amount = 1999) =>
  provider.charge({ amount, currency: "EUR", cardToken, idempotencyKey, reference: "order-1" });

describe("test card provider", () => {
  it("decides by test token", () => {
    expect(decideCharge("tok_visa")).toMatchObject({ status: "succeeded", last4: "4242" });
    expect(decideCharge("tok_chargeDeclined")).toMatchObject({ status: "failed", failureCode: "card_declined" });
    expect(decideCharge("tok_chargeDeclinedInsufficientFunds")).toMatchObject({ failureCode: "insufficient_funds" });
    expect(decideCharge("tok_unknown")).toMatchObject({ failureCode: "invalid_token" });
  });

  it("charges a good card over HTTP", async () => {
    expect(await charge("tok_visa")).toMatchObject({ status: "succeeded", cardBrand: "visa", cardLast4: "4242" });
  });

  it("reports declines and insufficient funds as failed charges", async () => {
    expect(await charge("tok_chargeDeclined")).toMatchObject({ status: "failed", failureCode: "card_declined", failureMessage: "The card was declined." });
    expect(await charge("tok_chargeDeclinedInsufficientFunds")).toMatchObject({ status: "failed", failureCode: "insufficient_funds" });
  });

  it("never charges twice for one idempotency key", async () => {
    const key = randomUUID();
    const before = sim.chargeCount();
    const first = await charge("tok_visa", key);
    const again = await charge("tok_visa", key);
    expect(again).toEqual(first);
    expect(sim.chargeCount()).toBe(before + 1);
  });

  it("refuses a key reused for a different request", async () => {
    const key = randomUUID();
    await charge("tok_visa", key, 1000);
    await expect(charge("tok_visa", key, 2000)).rejects.toBeInstanceOf(ProviderRejectedError);
  });

  it("retries through a short outage with the same key, then gives up on a long one", async () => {
    sim.failNext(2);
    expect(await charge("tok_visa")).toMatchObject({ status: "succeeded" });
    sim.failNext(5);
    await expect(charge("tok_visa")).rejects.toBeInstanceOf(ProviderUnavailableError);
    sim.failNext(0);
  });

  it("refunds up to the captured amount and no more", async () => {
    const paid = await charge("tok_visa", randomUUID(), 1000);
    if (paid.status !== "succeeded") throw new Error("expected success");
    await provider.refund({ providerPaymentId: paid.providerPaymentId, amount: 600, idempotencyKey: randomUUID() });
    await expect(provider.refund({ providerPaymentId: paid.providerPaymentId, amount: 500, idempotencyKey: randomUUID() })).rejects.toThrow(/exceeds/);
  });

  it("rejects a wrong API key", async () => {
    const bad = new HttpCardProvider(sim.url, "sk_test_wrong_key_00000000");
    await expect(bad.charge({ amount: 100, currency: "EUR", cardToken: "tok_visa", idempotencyKey: randomUUID(), reference: "x" })).rejects.toMatchObject({
      status: 401,
    });
  });
});
