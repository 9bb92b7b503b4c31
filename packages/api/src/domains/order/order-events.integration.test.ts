import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventRecorder, handleDelivery, relayBatch, ensureConsumer } from "@commerce/events";
import type { JsMsg } from "@nats-io/jetstream";
import { createTestPlatform, createTestProduct, shopper } from "../../testing";

let t: Awaited<ReturnType<typeof createTestPlatform>>;
beforeAll(async () => { t = await createTestPlatform({ bus: true }); });
afterAll(() => t.close());

async function drain(max = 200): Promise<JsMsg[]> {
  await ensureConsumer(t.bus, eventRecorder);
  const consumer = await t.bus.js.consumers.get(t.bus.options.stream, eventRecorder.durable);
  const got: JsMsg[] = [];
  const batch = await consumer.fetch({ max_messages: max, expires: 1500 });
  for await (const m of batch) got.push(m);
  return got;
}

const recordsFor = (orderId: string, type: string) =>
  t.db.eventRecord.count({ where: { type, payload: { path: ["orderId"], equals: orderId } } });

describe("events: outbox → JetStream → recorder", () => {
  it("one placed order yields exactly one recorded order.placed, despite a retried publish and a redelivery", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 3 });
    const order = await t.caller.order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper });
    expect(await relayBatch(t.db, t.bus)).toBeGreaterThanOrEqual(2); // product.created + order.placed

    // The relay crashed after publishing but before marking the row: it publishes again.
    await t.db.outboxEvent.updateMany({ where: { type: "order.placed", payload: { path: ["data", "orderId"], equals: order.id } }, data: { publishedAt: null } });
    expect(await relayBatch(t.db, t.bus)).toBe(1);
    const stream = await t.bus.jsm.streams.info(t.bus.options.stream);
    expect(stream.state.messages).toBe(2); // the server dropped the duplicate by Nats-Msg-Id

    const first = await drain();
    for (const m of first) await handleDelivery(t.db, eventRecorder, m, t.log);
    expect(await recordsFor(order.id, "order.placed")).toBe(1);

    // A redelivery of the same event (e.g. the ack was lost) is recognised and skipped.
    const placed = first.find((m) => m.subject.endsWith("order.placed"))!;
    expect(await handleDelivery(t.db, eventRecorder, placed, t.log)).toBe("duplicate");
    expect(await recordsFor(order.id, "order.placed")).toBe(1);
  });

  it("nothing is published for a change that rolled back", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 1 });
    await relayBatch(t.db, t.bus);
    const before = (await t.bus.jsm.streams.info(t.bus.options.stream)).state.messages;
    await expect(t.caller.order.place({ lines: [{ productId: product.id, quantity: 5 }], customer: shopper })).rejects.toThrow(/Only 1/);
    expect(await relayBatch(t.db, t.bus)).toBe(0);
    expect((await t.bus.jsm.streams.info(t.bus.options.stream)).state.messages).toBe(before);
  });

  it("parks a malformed message instead of retrying it forever", async () => {
    await t.bus.js.publish(t.bus.subject("order.placed"), JSON.stringify({ nonsense: true }));
    const messages = await drain();
    const poison = messages.find((m) => m.json<{ nonsense?: boolean }>().nonsense)!;
    expect(await handleDelivery(t.db, eventRecorder, poison, t.log)).toBe("parked");
    expect(await t.db.parkedEvent.count({ where: { streamSequence: BigInt(poison.seq) } })).toBe(1);
  });
});
