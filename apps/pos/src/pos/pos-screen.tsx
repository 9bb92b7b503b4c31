"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useReducer, useRef, useState, type ReactNode } from "react";
import { useTRPC } from "@commerce/ui/trpc";
import { detailsOf, domainCodeOf, messageOf } from "@commerce/ui/errors";
import { newIdempotencyKey } from "@commerce/ui/ids";
import { PaymentPanel } from "./payment-panel";
import { ProductBrowser, type AddResult } from "./product-browser";
import { Receipt } from "./receipt";
import { Ticket } from "./ticket";
import { MAX_LINES, maxQuantity, ticketReducer, ticketTotal, toTicketProduct, type TicketAction } from "./ticket-state";
import type { Order, Payment, Product, ReceiptData } from "./types";

type Phase = "ticket" | "payment" | "receipt";

/** Where the sale stands, for whatever sits above the till (e.g. the sign-out button). */
export type SaleState = "idle" | "open" | "paying";

const WALK_IN = "Walk-in customer";

const brandName = (brand: string | null | undefined) =>
  !brand ? "Card" : ({ visa: "Visa", mastercard: "Mastercard", amex: "American Express" } as Record<string, string>)[brand.toLowerCase()] ?? brand.charAt(0).toUpperCase() + brand.slice(1);

function toReceipt(order: Order, card: string, paidAt: Date): ReceiptData {
  return {
    orderId: order.id,
    orderNumber: order.number,
    lines: order.lines.map((l) => ({ id: l.id, name: l.productName, sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal })),
    total: order.total,
    card,
    paidAt,
  };
}

export function PosScreen({ header }: { header?: (sale: SaleState) => ReactNode } = {}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const [lines, dispatch] = useReducer(ticketReducer, []);
  const [phase, setPhase] = useState<Phase>("ticket");
  const [alert, setAlert] = useState<string | null>(null);
  // Bumped on every new sale so the product browser starts clean (no leftover search or filter).
  const [saleSerial, setSaleSerial] = useState(0);

  // One key per ticket: a retried order.place for the same ticket gets back the same order.
  const placeKey = useRef<string | null>(null);
  const [order, setOrder] = useState<Order | null>(null);
  const [cardToken, setCardToken] = useState<string | null>(null);
  // A charge whose outcome we never heard (network/provider error) is retried with its own key.
  const pendingCharge = useRef<{ key: string; orderId: string; cardToken: string } | null>(null);
  const [decline, setDecline] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<ReceiptData | null>(null);
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);

  const placeOrder = useMutation(trpc.order.place.mutationOptions());
  const processPayment = useMutation(trpc.payment.process.mutationOptions());
  const voidOrder = useMutation(trpc.order.updateStatus.mutationOptions());

  const refreshStock = useCallback(() => void queryClient.invalidateQueries(trpc.product.pathFilter()), [queryClient, trpc]);

  /** Any change to the ticket's contents makes it a different sale, with a new key. */
  const edit = useCallback((action: TicketAction) => {
    placeKey.current = null;
    setAlert(null);
    dispatch(action);
  }, []);

  const inTicket = useMemo(() => new Map(lines.map((l) => [l.product.id, l.quantity])), [lines]);
  const total = ticketTotal(lines);

  const add = useCallback(
    (p: Product): AddResult => {
      if (p.stockQuantity <= 0) return "out-of-stock";
      const had = inTicket.get(p.id) ?? 0;
      const product = toTicketProduct(p);
      if (had >= maxQuantity(product)) {
        dispatch({ type: "add", product }); // refreshes the line's stock snapshot only
        return "limit";
      }
      if (had === 0 && lines.length >= MAX_LINES) return "full";
      edit({ type: "add", product });
      return "added";
    },
    [inTicket, lines.length, edit],
  );

  function resetSale() {
    dispatch({ type: "clear" });
    placeKey.current = null;
    pendingCharge.current = null;
    setOrder(null);
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

  async function pay() {
    if (inFlight.current || !cardToken || lines.length === 0) return;
    inFlight.current = true;
    setBusy(true);
    setAlert(null);
    setDecline(null);
    try {
      let placed = order;
      if (!placed) {
        placeKey.current ??= newIdempotencyKey();
        placed = await placeOrder.mutateAsync({
          lines: lines.map((l) => ({ productId: l.product.id, quantity: l.quantity })),
          customer: { name: WALK_IN },
          channel: "POS",
          idempotencyKey: placeKey.current,
        });
        setOrder(placed);
        refreshStock();
      }

      const retry = pendingCharge.current;
      const key = retry && retry.orderId === placed.id && retry.cardToken === cardToken ? retry.key : newIdempotencyKey();
      pendingCharge.current = { key, orderId: placed.id, cardToken };
      const payment: Payment = await processPayment.mutateAsync({ orderId: placed.id, cardToken, idempotencyKey: key });

      if (payment.status === "SUCCEEDED") {
        pendingCharge.current = null;
        const card = payment.card ? `${brandName(payment.card.brand)} •••• ${payment.card.last4}` : "Card";
        showReceipt(toReceipt(placed, card, payment.createdAt));
      } else if (payment.status === "FAILED") {
        // A decline is final for that attempt: the next card gets a new key, same order.
        pendingCharge.current = null;
        setDecline(payment.failureMessage ?? "The card was declined.");
      } else {
        setAlert("The payment is still being processed. Tap Pay by card again to check it.");
      }
    } catch (error) {
      const code = domainCodeOf(error);
      if (code === "OUT_OF_STOCK") {
        const { productId, available } = detailsOf(error);
        if (typeof productId === "string" && typeof available === "number") dispatch({ type: "stock", productId, available });
        refreshStock();
        setAlert(`${messageOf(error)}. Go back to the sale to change it.`);
      } else if (code === "INVALID_STATE" && order) {
        await recoverOrder(order.id, messageOf(error));
      } else {
        setAlert(messageOf(error));
      }
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  /** The order moved on without us (paid on a lost response, or voided elsewhere): find out where it stands. */
  async function recoverOrder(orderId: string, fallback: string) {
    try {
      const fresh = await queryClient.fetchQuery({ ...trpc.order.get.queryOptions({ id: orderId }), staleTime: 0 });
      const paid = fresh.payments.find((p) => p.status === "SUCCEEDED");
      if (fresh.status === "PAID" && paid) {
        showReceipt(toReceipt(fresh, paid.card ?? "Card", paid.createdAt));
        return;
      }
      if (fresh.status === "CANCELLED") {
        setOrder(null);
        placeKey.current = null;
        pendingCharge.current = null;
        setAlert(`Order #${fresh.number} was voided. Tap Pay by card to place the sale again.`);
        return;
      }
      setOrder(fresh);
      setAlert(fallback);
    } catch (error) {
      setAlert(messageOf(error));
    }
  }

  async function backToSale() {
    setAlert(null);
    setDecline(null);
    if (order) {
      try {
        await voidOrder.mutateAsync({ id: order.id, status: "CANCELLED", reason: "Voided at the till before payment" });
      } catch (error) {
        if (domainCodeOf(error) === "INVALID_STATE") await recoverOrder(order.id, messageOf(error));
        else setAlert(`Could not void order #${order.number}: ${messageOf(error)}`);
        return;
      }
      refreshStock();
    }
    setOrder(null);
    placeKey.current = null;
    pendingCharge.current = null;
    setPhase("ticket");
  }

  const locked = phase !== "ticket";
  const sale: SaleState = phase === "payment" ? "paying" : phase === "ticket" && lines.length > 0 ? "open" : "idle";

  return (
    <div className="flex h-dvh flex-col overflow-hidden bg-gray-100 print:block print:h-auto print:overflow-visible print:bg-white">
      {header?.(sale)}
      <div className="flex min-h-0 flex-1 print:block">
        <main aria-label="Products" inert={locked} className={`flex min-w-0 flex-1 flex-col transition-opacity print:hidden ${locked ? "opacity-50" : ""}`}>
          <ProductBrowser key={saleSerial} active={!locked} inTicket={inTicket} onAdd={add} />
        </main>

        <aside aria-label="Till" className="flex w-[420px] shrink-0 flex-col border-l border-gray-200 bg-white shadow-xl print:w-auto print:border-0 print:shadow-none">
          {phase === "ticket" && (
            <>
              {alert && (
                <div role="alert" className="mx-5 mt-4 rounded-xl border border-red-300 bg-red-50 p-3 text-sm text-red-900">
                  {alert}
                </div>
              )}
              <Ticket
                lines={lines}
                onIncrement={(productId) => edit({ type: "increment", productId })}
                onDecrement={(productId) => edit({ type: "decrement", productId })}
                onRemove={(productId) => edit({ type: "remove", productId })}
                onClear={resetSale}
                onCharge={() => {
                  setAlert(null);
                  setPhase("payment");
                }}
              />
            </>
          )}
          {phase === "payment" && total && total !== "mixed" && (
            <PaymentPanel
              lines={lines}
              displayTotal={total}
              order={order}
              cardToken={cardToken}
              onCardChange={setCardToken}
              busy={busy}
              voiding={voidOrder.isPending}
              decline={decline}
              error={alert}
              onPay={() => void pay()}
              onBack={() => void backToSale()}
            />
          )}
          {phase === "receipt" && receipt && (
            <Receipt
              receipt={receipt}
              onNewSale={() => {
                resetSale();
                setSaleSerial((n) => n + 1);
              }}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
