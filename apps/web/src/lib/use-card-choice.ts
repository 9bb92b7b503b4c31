"use client";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";

/** The payment provider's test cards and the one chosen (the first until the shopper picks another). */
export function useCardChoice() {
  const trpc = useTRPC();
  const cards = useQuery(trpc.payment.testCards.queryOptions());
  const [chosen, setChosen] = useState<string>();
  return { cards, cardToken: chosen ?? cards.data?.[0]?.token, choose: setChosen };
}

export type CardChoiceState = ReturnType<typeof useCardChoice>;
