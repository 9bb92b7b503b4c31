import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { eventSubjects, eventTypes, parseEvent, parseRecordedData } from "./catalogue";

const companyId = randomUUID();
const placed = (data: Record<string, unknown>, outerCompany: unknown = companyId) => ({
  id: randomUUID(),
  type: "payment.succeeded",
  occurredAt: new Date().toISOString(),
  companyId: outerCompany,
  data: { paymentId: randomUUID(), orderId: randomUUID(), amount: { amount: 2500, currency: "EUR" }, provider: "test", ...data },
});

describe("event catalogue", () => {
  it("gives the stream one subject per catalogued event type, under the prefix", () => {
    expect(eventSubjects("t1.")).toEqual(eventTypes.map((t) => `t1.${t}`));
    expect(eventSubjects("")).toContain("order.placed");
  });

  it("requires the company in every event's data, the same as the envelope's", () => {
    expect(parseEvent(placed({ companyId })).data.companyId).toBe(companyId);
    expect(() => parseEvent(placed({}))).toThrow();
    expect(() => parseEvent(placed({ companyId: randomUUID() }))).toThrow(/names company/);
    expect(() => parseEvent(placed({ companyId }, null))).toThrow();
  });

  it("checks a publisher's data without the company, which the relay adds", () => {
    const data = { paymentId: randomUUID(), orderId: randomUUID(), amount: { amount: 1, currency: "EUR" }, provider: "test" };
    expect(parseRecordedData("payment.succeeded", data)).toEqual(data);
    expect(() => parseRecordedData("payment.succeeded", { ...data, amount: { amount: 1.5, currency: "EUR" } })).toThrow();
  });
});
