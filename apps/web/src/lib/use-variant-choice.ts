"use client";
import { useState } from "react";
import type { RouterOutputs } from "@commerce/api/client";
import { chooseValue, defaultVariant, valueState, type ValueState } from "./variant-choice";

type Product = RouterOutputs["product"]["get"];
export type Variant = Product["variants"][number];

/**
 * The variant picked on a product page, one option at a time. It always names one of the
 * product's variants: a value whose combination with the others does not exist moves the other
 * options to a variant that has it (see chooseValue), and a variant gone after a refresh falls
 * back to the first on offer.
 */
export function useVariantChoice(product: Product, wanted?: string | null) {
  const [chosenId, setChosenId] = useState<string | null>(wanted ?? null);
  // A product has at least one variant (the server refuses one without).
  const variant = defaultVariant(product.variants, chosenId)!;

  return {
    variant,
    /** Several variants to choose between: the picker shows (a product with one shows none). */
    choosing: product.variants.length > 1,
    /** How a value stands beside the values chosen for the other options. */
    stateOf: (option: string, value: string): ValueState => valueState(product.variants, variant.options, option, value),
    choose(option: string, value: string) {
      const next = chooseValue(product.variants, variant.options, option, value);
      if (next) setChosenId(next.id);
    },
  };
}

export type VariantChoice = ReturnType<typeof useVariantChoice>;
