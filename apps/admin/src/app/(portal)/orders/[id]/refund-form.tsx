"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { parseDecimal, toDecimalString, type Money } from "@commerce/core/money";
import { messageOf } from "@commerce/ui/errors";
import { newIdempotencyKey } from "@commerce/ui/ids";
import { formatMoney, Price } from "@commerce/ui/money";
import { ErrorBox } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { button, describedBy, Field, inputClass } from "~/components/ui";
import { useInvalidateOrder } from "./use-order";
import { SubmitButton } from "@commerce/ui/form";

export function RefundForm({ paymentId, refundable, onRefunded }: { paymentId: string; refundable: Money; onRefunded: (message: string) => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateOrder();
  const [amount, setAmount] = useState(() => toDecimalString(refundable));
  const [reason, setReason] = useState("");
  const [amountError, setAmountError] = useState<string | undefined>();
  const refund = useMutation(
    trpc.payment.refund.mutationOptions({
      onSuccess: async (done) => {
        onRefunded(`Refunded ${formatMoney({ amount: done.amount, currency: done.currency })}`);
        await invalidate();
      },
    }),
  );
  const amountId = `refund-amount-${paymentId}`;
  const reasonId = `refund-reason-${paymentId}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (refund.isPending) return;
    let money: Money;
    try {
      money = parseDecimal(amount, refundable.currency);
    } catch (error) {
      setAmountError(messageOf(error));
      return;
    }
    if (money.amount <= 0) {
      setAmountError("Refund amount must be more than zero");
      return;
    }
    setAmountError(undefined);
    onRefunded("");
    // A fresh key per attempt: a retried click is a new request, the provider dedupes a replayed one.
    refund.mutate({ paymentId, amount: money.amount, ...(reason.trim() ? { reason: reason.trim() } : {}), idempotencyKey: newIdempotencyKey() });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="rounded-md bg-gray-50 p-3 ring-1 ring-gray-200" aria-label="Refund payment">
      <p className="mb-3 text-xs text-gray-600">
        Up to <Price value={refundable} className="font-semibold text-gray-900" /> can still be refunded.
      </p>
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-start">
        <Field id={amountId} label="Refund amount" error={amountError}>
          <div className="relative">
            <input
              {...describedBy(amountId, amountError)}
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              autoComplete="off"
              className={`${inputClass} pr-12 tabular-nums`}
            />
            <span aria-hidden="true" className="pointer-events-none absolute top-2 right-3 text-xs leading-5 text-gray-500">
              {refundable.currency}
            </span>
          </div>
        </Field>
        <Field id={reasonId} label="Reason">
          <input
            id={reasonId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={500}
            placeholder="e.g. damaged in transit"
            className={inputClass}
          />
        </Field>
        <div className="sm:pt-7">
          <SubmitButton pending={refund.isPending} className={button.secondary}>
            Refund
          </SubmitButton>
        </div>
      </div>
      {refund.error && (
        <div className="mt-3">
          <ErrorBox error={refund.error} />
        </div>
      )}
    </form>
  );
}
