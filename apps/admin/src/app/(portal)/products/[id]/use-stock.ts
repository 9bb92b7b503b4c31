"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { describeError } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";
import { variantName } from "../product-words";
import type { EditableProduct } from "./use-edit-product";
import type { StockReason } from "./stock-words";

const PAGE_SIZE = 20;

/** "change": a signed difference (+5 received, −2 damaged); "counted": the quantity found. */
export type StockMode = "change" | "counted";
export type StockField = "variant" | "quantity" | "reason" | "note";
export interface StockForm {
  mode: StockMode;
  quantity: string;
  reason: StockReason;
  note: string;
}

/** Where the server's refusals land: either kind of quantity under the one quantity input. */
const serverFields = { variantId: "variant", change: "quantity", countedQuantity: "quantity", reason: "reason", note: "note" } as const;
const fieldOrder: StockField[] = ["variant", "quantity", "reason", "note"];
const blank: StockForm = { mode: "change", quantity: "", reason: "RECEIVED", note: "" };

/** A product's stock adjustments, newest first, a page at a time ("Load more" follows the cursor). */
export function useStockHistory(productId: string) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.product.stockHistory.infiniteQueryOptions({ id: productId, limit: PAGE_SIZE }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
}

/** A typed whole number ("5", "+5", "-2", "−2"), or what keeps it from being one. */
function readWholeNumber(text: string): { value: number; error?: undefined } | { value?: undefined; error: string } {
  const typed = text.trim().replace(/^[−–]/, "-");
  if (!typed) return { error: "is required" };
  if (!/^[+-]?\d+$/.test(typed)) return { error: "must be a whole number, e.g. 5 or -2" };
  return { value: Number(typed) };
}

/**
 * The "Adjust stock" form: which variant (a product sold in one needs no choice), a change or a
 * count, a reason and a note. What is allowed (not zero, not below nothing, a note for a
 * correction) is the server's to say; its answer lands by field.
 */
export function useAdjustStock(product: EditableProduct) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<StockForm>(blank);
  const [chosenId, setVariantId] = useState(product.variants[0]?.id ?? "");
  const variant = product.variants.find((v) => v.id === chosenId) ?? product.variants[0];
  const [errors, setErrors] = useState<Partial<Record<StockField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function show(fields: Partial<Record<StockField, string>>, message: string | null = null) {
    setErrors(fields);
    setFormError(message);
    const first = fieldOrder.find((f) => fields[f]);
    if (first) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`#stock-${first}`)?.focus());
  }

  const adjust = useMutation(
    trpc.product.adjustStock.mutationOptions({
      onSuccess: async (adjustment) => {
        setForm((f) => ({ ...f, quantity: "", note: "" }));
        const now = adjustment.after.toLocaleString("en-GB");
        setDone(product.variants.length > 1 ? `Stock of ${variantName({ title: adjustment.variantTitle })} is now ${now}.` : `Stock is now ${now}.`);
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
      },
      onError: (error) => {
        const described = describeError(error, serverFields);
        show(described.fields, described.message);
      },
    }),
  );

  function update<K extends keyof StockForm>(key: K, value: StockForm[K]) {
    setForm((f) => ({ ...f, [key]: value }));
    setDone(null);
    const field = key === "mode" ? "quantity" : (key as StockField);
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  }

  /** A count usually has "Stock count" as its reason; the person can still pick another. */
  function setMode(mode: StockMode) {
    update("mode", mode);
    setForm((f) => ({ ...f, reason: mode === "counted" ? "COUNTED" : f.reason === "COUNTED" ? "RECEIVED" : f.reason }));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (adjust.isPending || !variant) return;
    setDone(null);
    const read = readWholeNumber(form.quantity);
    if (read.error !== undefined) return show({ quantity: read.error });
    show({});
    const note = form.note.trim();
    adjust.mutate({
      variantId: variant.id,
      reason: form.reason,
      ...(form.mode === "change" ? { change: read.value } : { countedQuantity: read.value }),
      ...(note ? { note } : {}),
    });
  }

  function chooseVariant(id: string) {
    setVariantId(id);
    setDone(null);
    if (errors.variant) setErrors(({ variant: _, ...rest }) => rest);
  }

  return {
    variant,
    chooseVariant,
    form,
    errors,
    formError,
    done,
    dismissDone: () => setDone(null),
    pending: adjust.isPending,
    formRef,
    update,
    setMode,
    onSubmit,
  };
}
