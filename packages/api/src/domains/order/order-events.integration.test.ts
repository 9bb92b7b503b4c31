import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleDelivery, relayBatch, ensureConsumer } from "@commerce/events";
import { eventRecorder } from "@commerce/worker/consumers";
import type { JsMsg } from "@nats-io/jetstream";
import type { Prisma } from "@commerce/db";
import { createTestPlatform, createTestProduct, shopper } from "../../testing";

let t: Awaited<ReturnType<typeof createTestPlatform>>;
beforeAll(async () => {
  t = await createTestPlatform({ bus: true });
});
afterAll(() => t.close());

/**
 * Everything waiting for the recorder on this file's stream. Other files (the fuzzer above all)
 * fill the shared outbox, so the relay may have put thousands of their events before ours:
 * fetch batches until one comes back empty (bounded).
 */
async function drain(): Promise<JsMsg[]> {
  await ensureConsumer(t.bus, eventRecorder);
  const consumer = await t.bus.js.consumers.get(t.bus.options.stream, eventRecorder.durable);
  const got: JsMsg[] = [];
  for (let i = 0; i < 200; i++) {
    const before = got.length;
    const batch = await consumer.fetch({ max_messages: 500, expires: 1000 });
    for await (const m of batch) got.push(m);
    if (got.length === before) break;
  }
  return got;
}

/** Relays batches until this test's event is out: other files' events may fill the first batches. */
async function relayUntilPublished(ours: Prisma.OutboxEventWhereInput) {
  const pending = () => t.db.outboxEvent.count({ where: { ...ours, publishedAt: null } });
  for (let i = 0; i < 100 && (await pending()) > 0; i++) await relayBatch(t.db, t.bus, 1_000);
  expect(await pending()).toBe(0);
}

const recordsFor = (orderId: string, type: string) => t.db.eventRecord.count({ where: { type, payload: { path: ["orderId"], equals: orderId } } });

describe("events: outbox → JetStream → recorder", () => {
  // Other test files share the database, so the relay also carries their events: every
  // assertion here picks out this test's own order.
  it("one placed order yields exactly one recorded order.placed, despite a retried publish and a redelivery", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 3 });
    const order = await t.caller.order.place({ lines: [{ productId: product.id, quantity: 1 }], customer: shopper });
    const ours = { type: "order.placed", payload: { path: ["data", "orderId"], equals: order.id } };
    await relayUntilPublished(ours);

    // The relay crashed after publishing but before marking the row: it publishes again.
    await t.db.outboxEvent.updateMany({ where: ours, data: { publishedAt: null } });
    await relayUntilPublished(ours);

    const delivered = await drain();
    const placed = delivered.filter((m) => m.subject.endsWith("order.placed") && m.json<{ data: { orderId: string } }>().data.orderId === order.id);
    expect(placed).toHaveLength(1); // JetStream dropped the second publish by Nats-Msg-Id
    // Ours go through the recorder; the other files' events are acknowledged and left alone.
    for (const m of delivered) {
      if (placed.includes(m)) await handleDelivery(t.db, eventRecorder, m, t.log);
      else m.ack();
    }
    expect(await recordsFor(order.id, "order.placed")).toBe(1);

    // A redelivery of the same event (e.g. the ack was lost) is recognised and skipped.
    expect(await handleDelivery(t.db, eventRecorder, placed[0]!, t.log)).toBe("duplicate");
    expect(await recordsFor(order.id, "order.placed")).toBe(1);
  });

  it("a publish repeated with the same event id is not stored twice", async () => {
    const id = crypto.randomUUID();
    const first = await t.bus.js.publish(t.bus.subject("order.placed"), "{}", { msgID: id });
    const again = await t.bus.js.publish(t.bus.subject("order.placed"), "{}", { msgID: id });
    expect(first.duplicate).toBe(false);
    expect(again).toMatchObject({ duplicate: true, seq: first.seq });
  });

  it("nothing is recorded in the outbox for a change that rolled back", async () => {
    const product = await createTestProduct(t.caller, { stockQuantity: 1 });
    await expect(t.caller.order.place({ lines: [{ productId: product.id, quantity: 5 }], customer: shopper })).rejects.toThrow(/Only 1/);
    const [{ count }] = await t.db.$queryRaw<[{ count: bigint }]>`
      SELECT count(*) FROM outbox_event WHERE type = 'order.placed' AND payload::text LIKE ${"%" + product.id + "%"}`;
    expect(Number(count)).toBe(0);
  });

  it("parks a malformed message instead of retrying it forever", async () => {
    await t.bus.js.publish(t.bus.subject("order.placed"), JSON.stringify({ nonsense: true }));
    const messages = await drain();
    const poison = messages.find((m) => m.json<{ nonsense?: boolean }>().nonsense)!;
    expect(await handleDelivery(t.db, eventRecorder, poison, t.log)).toBe("parked");
    expect(await t.db.parkedEvent.count({ where: { streamSequence: BigInt(poison.seq) } })).toBe(1);
  });
});
