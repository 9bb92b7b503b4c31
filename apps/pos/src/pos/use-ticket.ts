"use client";
import { useCallback, useMemo, useReducer } from "react";
import { MAX_LINES, maxQuantity, ticketReducer, ticketTotal, toTicketProduct, type TicketAction } from "./ticket-state";
import type { AddResult, Product } from "./types";

/** The ticket being rung up. `onEdit` runs on every change the person makes to it. */
export function useTicket(onEdit: () => void) {
  const [lines, dispatch] = useReducer(ticketReducer, []);

  const edit = useCallback(
    (action: TicketAction) => {
      onEdit();
      dispatch(action);
    },
    [onEdit],
  );

  const inTicket = useMemo(() => new Map(lines.map((l) => [l.product.id, l.quantity])), [lines]);

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

  return { lines, total: ticketTotal(lines), inTicket, add, edit, dispatch };
}
