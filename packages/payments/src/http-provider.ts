import {
  ProviderRejectedError,
  ProviderUnavailableError,
  type ChargeRequest,
  type ChargeResult,
  type PaymentProvider,
  type RefundRequest,
  type RefundResult,
} from "./provider";

/**
 * Adapter for the card provider's HTTP API (the local simulator speaks the same protocol).
 * Every call carries an Idempotency-Key, so a retry after a timeout never charges twice.
 */
export class HttpCardProvider implements PaymentProvider {
  readonly name = "card";
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly options: { retries?: number; timeoutMs?: number } = {},
  ) {}

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const body = await this.post("/v1/charges", request.idempotencyKey, {
      amount: request.amount,
      currency: request.currency,
      source: request.cardToken,
      reference: request.reference,
    });
    if (body.status === "succeeded") {
      return { status: "succeeded", providerPaymentId: body.id, cardBrand: body.card.brand, cardLast4: body.card.last4 };
    }
    return { status: "failed", providerPaymentId: body.id, failureCode: body.failure_code, failureMessage: body.failure_message };
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    const body = await this.post("/v1/refunds", request.idempotencyKey, { charge: request.providerPaymentId, amount: request.amount });
    return { providerRefundId: body.id };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private async post(path: string, idempotencyKey: string, payload: unknown): Promise<any> {
    const retries = this.options.retries ?? 2;
    let lastError: unknown;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      try {
        const response = await fetch(new URL(path, this.baseUrl), {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${this.apiKey}`, "idempotency-key": idempotencyKey },
          body: JSON.stringify(payload),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        });
        const body = await response.json().catch(() => ({}));
        if (response.ok) return body;
        if (response.status >= 500 || response.status === 429) {
          lastError = new ProviderUnavailableError(`provider answered ${response.status}`);
          continue;
        }
        throw new ProviderRejectedError(response.status, body?.error?.code ?? "unknown", body?.error?.message ?? `HTTP ${response.status}`);
      } catch (error) {
        if (error instanceof ProviderRejectedError) throw error;
        lastError = error instanceof ProviderUnavailableError ? error : new ProviderUnavailableError(`provider unreachable: ${String(error)}`);
      }
    }
    throw lastError;
  }
}
