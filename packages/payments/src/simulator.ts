import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { decideCharge } from "./test-cards";

// A local stand-in for a card provider's API: real HTTP, bearer API key, idempotency keys,
// refunds bounded by the captured amount, and faults on request. State lives in memory, as a
// provider's test mode would keep it for one test run.

interface Charge {
  id: string;
  amount: number;
  currency: string;
  status: "succeeded" | "failed";
  refunded: number;
}

export interface SimulatorOptions {
  apiKey: string;
  /** Fail this many upcoming requests with 503, to exercise retries. */
  failNext?: number;
}

export interface PaymentSimulator {
  server: Server;
  url: string;
  failNext(count: number): void;
  chargeCount(): number;
  close(): Promise<void>;
}

export async function startPaymentSimulator(options: SimulatorOptions, port = 0, host = "127.0.0.1"): Promise<PaymentSimulator> {
  const charges = new Map<string, Charge>();
  const idempotent = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  let failNext = options.failNext ?? 0;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, code: string, message: string) => send(res, status, { error: { code, message } });

  const handle = (path: string, body: Record<string, unknown>): { status: number; body: unknown } => {
    if (path === "/v1/charges") {
      const { amount, currency, source } = body;
      if (!Number.isSafeInteger(amount) || (amount as number) <= 0)
        return { status: 400, body: { error: { code: "invalid_amount", message: "amount must be a positive integer" } } };
      if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency))
        return { status: 400, body: { error: { code: "invalid_currency", message: "currency must be ISO 4217" } } };
      const decision = decideCharge(String(source));
      const charge: Charge = { id: `ch_${randomUUID().replaceAll("-", "")}`, amount: amount as number, currency, status: decision.status, refunded: 0 };
      charges.set(charge.id, charge);
      return decision.status === "succeeded"
        ? { status: 200, body: { id: charge.id, status: "succeeded", amount, currency, card: { brand: decision.brand, last4: decision.last4 } } }
        : {
            status: 200,
            body: { id: charge.id, status: "failed", amount, currency, failure_code: decision.failureCode, failure_message: decision.failureMessage },
          };
    }
    if (path === "/v1/refunds") {
      const charge = charges.get(String(body.charge));
      if (!charge || charge.status !== "succeeded")
        return { status: 404, body: { error: { code: "charge_not_found", message: "no captured charge with that id" } } };
      const amount = body.amount as number;
      if (!Number.isSafeInteger(amount) || amount <= 0)
        return { status: 400, body: { error: { code: "invalid_amount", message: "amount must be a positive integer" } } };
      if (charge.refunded + amount > charge.amount)
        return { status: 400, body: { error: { code: "amount_too_large", message: "refund exceeds the charge's remaining amount" } } };
      charge.refunded += amount;
      return { status: 200, body: { id: `re_${randomUUID().replaceAll("-", "")}`, charge: charge.id, amount, status: "succeeded" } };
    }
    return { status: 404, body: { error: { code: "not_found", message: `no route ${path}` } } };
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "GET" && req.url === "/health") return send(res, 200, { ok: true });
    if (req.headers.authorization !== `Bearer ${options.apiKey}`) return error(res, 401, "unauthorized", "invalid API key");
    if (req.method !== "POST") return error(res, 405, "method_not_allowed", "POST only");
    if (failNext > 0) {
      failNext--;
      return error(res, 503, "unavailable", "simulated outage");
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return error(res, 400, "invalid_json", "body is not JSON");
    }
    const key = req.headers["idempotency-key"];
    if (typeof key !== "string" || key.length < 8) return error(res, 400, "idempotency_key_required", "Idempotency-Key header of 8+ characters is required");
    const path = req.url ?? "";
    const fingerprint = `${path} ${raw}`;
    const previous = idempotent.get(key);
    if (previous) {
      if (previous.fingerprint !== fingerprint) return error(res, 409, "idempotency_key_reused", "this key was used with a different request");
      return send(res, previous.status, previous.body);
    }
    const result = handle(path, body);
    idempotent.set(key, { fingerprint, ...result });
    send(res, result.status, result.body);
  });

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    server,
    url: `http://${host}:${actualPort}`,
    failNext: (count) => {
      failNext = count;
    },
    chargeCount: () => charges.size,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
