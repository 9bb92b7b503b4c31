import { z } from "zod";
// What the platform needs from a card payment provider. Adapters speak the provider's wire
// protocol; services only see this.

export type FailureCode = "card_declined" | "insufficient_funds" | "expired_card" | "invalid_token";

export interface ChargeRequest {
  amount: number; // minor units
  currency: string;
  cardToken: string;
  idempotencyKey: string;
  reference: string; // our order id
}

export type ChargeResult =
  | { status: "succeeded"; providerPaymentId: string; cardBrand: string; cardLast4: string }
  | { status: "failed"; providerPaymentId: string; failureCode: FailureCode; failureMessage: string };

export interface RefundRequest {
  providerPaymentId: string;
  amount: number;
  idempotencyKey: string;
}

export interface RefundResult {
  providerRefundId: string;
}

export interface PaymentProvider {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  refund(request: RefundRequest): Promise<RefundResult>;
}

/** The provider could not be reached or answered with a fault: safe to retry with the same key. */
export class ProviderUnavailableError extends Error {
  override name = "ProviderUnavailableError";
}

/** The provider refused the request itself (not the card): a bug or a bad request, not retryable. */
export class ProviderRejectedError extends Error {
  override name = "ProviderRejectedError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A card token as a client sends it (the provider's, or a test card's): what every payment input takes. */
export const cardTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{3,100}$/, "is not a card token");
