import { describe, expect, it } from "vitest";
import { AttemptKeys, isUnsettled } from "./attempt-keys";

const answered = (code: string, domainCode: string | null = null) => Object.assign(new Error("no"), { data: { code, domainCode } });

describe("AttemptKeys", () => {
  it("keeps the key while the same request is retried after no answer, and renews it after an answer", () => {
    const keys = new AttemptKeys();
    const first = keys.keyFor("order-1|card-4242");
    keys.settle(new TypeError("Failed to fetch"));
    expect(keys.keyFor("order-1|card-4242")).toBe(first);
    keys.settle(answered("SERVICE_UNAVAILABLE"));
    expect(keys.keyFor("order-1|card-4242")).toBe(first);
    keys.settle(answered("BAD_REQUEST", "CARD_DECLINED"));
    expect(keys.keyFor("order-1|card-4242")).not.toBe(first);
  });

  it("gives a changed request a new key", () => {
    const keys = new AttemptKeys();
    const first = keys.keyFor("a");
    expect(keys.keyFor("b")).not.toBe(first);
  });

  it("treats a refusal as the answer, and no answer or a busy server as still open", () => {
    expect(isUnsettled(new TypeError("Failed to fetch"))).toBe(true);
    expect(isUnsettled(answered("TOO_MANY_REQUESTS"))).toBe(true);
    expect(isUnsettled(answered("CONFLICT", "OUT_OF_STOCK"))).toBe(false);
  });
});
