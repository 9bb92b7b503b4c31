"use client";
import { useCallback, useMemo, useReducer } from "react";
import { countByProduct, MAX_LINES, maxQuantity, ticketReducer, ticketTotal, toTicketItem, type TicketAction } from "./ticket-state";
import type { AddResult, Product, Variant } from "./types";

/** The ticket being rung up, a line per variant. `onEdit` runs on every change the person makes to it. */
export function useTicket(onEdit: () => void) {
  const [lines, dispatch] = useReducer(ticketReducer, []);

  const edit = useCallback(
    (action: TicketAction) => {
      onEdit();
      dispatch(action);
    },
    [onEdit],
  );

  /** Quantity of each variant on the ticket, by variant id. */
  const inTicket = useMemo(() => new Map(lines.map((l) => [l.item.variantId, l.quantity])), [lines]);
  /** Quantity of each product on the ticket, its variants together, by product id. */
  const perProduct = useMemo(() => countByProduct(lines), [lines]);

  const add = useCallback(
    (product: Product, variant: Variant): AddResult => {
      if (variant.stockQuantity <= 0) return "out-of-stock";
      const had = inTicket.get(variant.id) ?? 0;
      const item = toTicketItem(product, variant);
      if (had >= maxQuantity(item)) {
        dispatch({ type: "add", item }); // refreshes the line's stock snapshot only
        return "limit";
      }
      if (had === 0 && lines.length >= MAX_LINES) return "full";
      edit({ type: "add", item });
      return "added";
    },
    [inTicket, lines.length, edit],
  );

  return { lines, total: ticketTotal(lines), inTicket, perProduct, add, edit, dispatch };
}
