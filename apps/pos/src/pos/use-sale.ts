"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { useTRPC } from "@commerce/ui/trpc";
import { detailsOf, domainCodeOf, messageOf } from "@commerce/ui/errors";
import { useAttemptKeys } from "@commerce/ui/attempt-keys";
import { cardLabel, toReceipt } from "./sale-receipt";
import { useTicket } from "./use-ticket";
import type { Order, Payment, ReceiptData } from "./types";

export type Phase = "ticket" | "payment" | "receipt";

/** Where the sale stands, for whatever sits above the till (e.g. the sign-out button). */
export type SaleState = "idle" | "open" | "paying";

const voidReason = "Voided at the till before payment";

/**
 * A sale at the till. "Pay by card" is one request (order.sell: the order is placed, the card
 * charged, the order paid); a declined card leaves the order waiting, and the next card pays it
 * (order.pay); going back voids it (order.cancel). Each attempt has its own idempotency key,
 * kept while the same request is retried after no answer (or a busy one), new once an answer
 * came or the ticket or card changed.
 */
export function useSale() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<Phase>("ticket");
  const [alert, setAlert] = useState<string | null>(null);
  const ticket = useTicket(useCallback(() => setAlert(null), []));
  // Bumped on every new sale so the product browser starts clean (no leftover search or filter).
  const [saleSerial, setSaleSerial] = useState(0);

  const attempts = useAttemptKeys();
  /** The order a declined card left waiting for another. */
  const [order, setOrder] = useState<Order | null>(null);
  const [cardToken, setCardToken] = useState<string | null>(null);
  const [decline, setDecline] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<ReceiptData | null>(null);
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const [voiding, setVoiding] = useState(false);

  const sell = useMutation(trpc.order.sell.mutationOptions());
  const payOrder = useMutation(trpc.order.pay.mutationOptions());
  const cancel = useMutation(trpc.order.cancel.mutationOptions());

  const refreshStock = useCallback(() => void queryClient.invalidateQueries(trpc.product.pathFilter()), [queryClient, trpc]);

  function forgetOrder() {
    setOrder(null);
    attempts.reset();
  }

  function resetSale() {
    ticket.dispatch({ type: "clear" });
    forgetOrder();
    setDecline(null);
    setReceipt(null);
    setAlert(null);
    setCardToken(null);
    setPhase("ticket");
  }

  function showReceipt(data: ReceiptData) {
    setReceipt(data);
    setDecline(null);
    setAlert(null);
    setPhase("receipt");
    refreshStock();
  }

  /** Charges the card: sells the ticket, or pays the order a declined card left waiting. */
  async function pay() {
    if (inFlight.current || !cardToken || ticket.lines.length === 0) return;
    inFlight.current = true;
    setBusy(true);
    setAlert(null);
    setDecline(null);
    const waiting = order;
    try {
      if (waiting) {
        const payment = await payOrder.mutateAsync({ orderId: waiting.id, cardToken, idempotencyKey: attempts.keyFor(`pay:${waiting.id}:${cardToken}`) });
        settled(waiting, payment);
      } else {
        const lines = ticket.lines.map((l) => ({ variantId: l.item.variantId, quantity: l.quantity }));
        const sale = await sell.mutateAsync({ lines, cardToken, idempotencyKey: attempts.keyFor(JSON.stringify({ lines, cardToken })) });
        refreshStock();
        settled(sale.order, sale.payment);
      }
    } catch (error) {
      attempts.settle(error);
      await refused(error, waiting);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  function settled(sold: Order, payment: Payment) {
    if (payment.status === "SUCCEEDED") {
      attempts.settle();
      showReceipt(toReceipt(sold, cardLabel(payment.card), payment.createdAt));
    } else if (payment.status === "FAILED") {
      // A decline is the answer: the next card gets a new key, for the same order.
      attempts.settle();
      setOrder(sold);
      setDecline(payment.failureMessage ?? "The card was declined.");
    } else {
      // Not settled yet: the same request, with the same key, asks again.
      setAlert("The payment is still being processed. Tap Pay by card again to check it.");
    }
  }

  async function refused(error: unknown, waiting: Order | null) {
    const code = domainCodeOf(error);
    if (code === "OUT_OF_STOCK") {
      const { variantId, available } = detailsOf(error);
      if (typeof variantId === "string" && typeof available === "number") ticket.dispatch({ type: "stock", variantId, available });
      refreshStock();
      setAlert(`${messageOf(error)}. Go back to the sale to change it.`);
    } else if (code === "INVALID_STATE" && waiting) {
      await recoverOrder(waiting.id, messageOf(error));
    } else {
      setAlert(messageOf(error));
    }
  }

  /** The order moved on without us (paid on a lost response, or voided elsewhere): find out where it stands. */
  async function recoverOrder(orderId: string, fallback: string | null): Promise<"paid" | "cancelled" | "pending" | null> {
    try {
      const fresh = await queryClient.fetchQuery({ ...trpc.order.get.queryOptions({ id: orderId }), staleTime: 0 });
      const paid = fresh.payments.find((p) => p.status === "SUCCEEDED");
      if (fresh.status === "PAID" && paid) {
        attempts.reset();
        showReceipt(toReceipt(fresh, paid.card ?? "Card", paid.createdAt));
        return "paid";
      }
      if (fresh.status === "CANCELLED") {
        forgetOrder();
        setAlert(`Order #${fresh.number} was voided. Tap Pay by card to place the sale again.`);
        return "cancelled";
      }
      setOrder(fresh);
      if (fallback) setAlert(fallback);
      return "pending";
    } catch (error) {
      setAlert(messageOf(error));
      return null;
    }
  }

  /** Back to the ticket; an order left waiting is voided first (its stock returns). */
  async function backToSale() {
    if (inFlight.current) return;
    inFlight.current = true;
    setVoiding(true);
    await leaveForTicket().finally(() => {
      inFlight.current = false;
      setVoiding(false);
    });
  }

  async function leaveForTicket() {
    setAlert(null);
    setDecline(null);
    const waiting = order;
    if (waiting) {
      // A payment whose answer never came may have gone through: a paid sale gets its receipt, not a refund.
      const standing = attempts.unanswered ? await recoverOrder(waiting.id, null) : "pending";
      if (standing === "cancelled") setPhase("ticket");
      if (standing !== "pending") return;
      try {
        await cancel.mutateAsync({ id: waiting.id, reason: voidReason });
      } catch (error) {
        if (domainCodeOf(error) === "INVALID_STATE") await recoverOrder(waiting.id, messageOf(error));
        else setAlert(`Could not void order #${waiting.number}: ${messageOf(error)}`);
        return;
      }
      refreshStock();
    }
    forgetOrder();
    setPhase("ticket");
  }

  const sale: SaleState = phase === "payment" ? "paying" : phase === "ticket" && ticket.lines.length > 0 ? "open" : "idle";

  return {
    ticket,
    phase,
    sale,
    saleSerial,
    alert,
    order,
    cardToken,
    setCardToken,
    decline,
    receipt,
    busy,
    voiding,
    resetSale,
    startPayment: () => {
      setAlert(null);
      setPhase("payment");
    },
    newSale: () => {
      resetSale();
      setSaleSerial((n) => n + 1);
    },
    pay: () => void pay(),
    backToSale: () => void backToSale(),
  };
}
