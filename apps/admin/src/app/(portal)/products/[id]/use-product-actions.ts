"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { describeError } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";
import type { EditableProduct } from "./use-edit-product";

/** Which step is open under the header: none, "are you sure?" for archiving, or the copy's SKU. */
export type ActionStep = "none" | "confirm-archive" | "duplicate";

/** Archive (after a confirm step), restore, and duplicate under a new SKU, then open the copy. */
export function useProductActions(product: EditableProduct) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [step, setStep] = useState<ActionStep>("none");
  const [done, setDone] = useState<string | null>(null);
  const [sku, setSku] = useState("");
  const [skuError, setSkuError] = useState<string | undefined>();

  async function changed(updated: EditableProduct, text: string) {
    queryClient.setQueryData(trpc.product.get.queryKey({ id: updated.id }), updated);
    setStep("none");
    setDone(text);
    await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
  }

  const archive = useMutation(
    trpc.product.archive.mutationOptions({
      onSuccess: (p) => changed(p, `Archived ${p.name}.`),
    }),
  );
  const restore = useMutation(trpc.product.restore.mutationOptions({ onSuccess: (p) => changed(p, `Restored: ${p.name} is on sale again.`) }));
  const duplicate = useMutation(
    trpc.product.duplicate.mutationOptions({
      onSuccess: async (copy) => {
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
        router.push(`/products/${copy.id}?${new URLSearchParams({ copied: product.name }).toString()}`);
      },
      onError: (error) => setSkuError(describeError(error, { sku: "sku" }).fields.sku),
    }),
  );
  const duplicateError = describeError(duplicate.error, { sku: "sku" });
  const pending = archive.isPending || restore.isPending || duplicate.isPending;

  function open(next: ActionStep) {
    setDone(null);
    archive.reset();
    duplicate.reset();
    setSkuError(undefined);
    setStep(next);
  }

  function submitDuplicate(event: FormEvent) {
    event.preventDefault();
    if (duplicate.isPending) return;
    if (!sku.trim()) return setSkuError("is required: the copy needs an SKU of its own");
    setSkuError(undefined);
    duplicate.mutate({ id: product.id, sku: sku.trim() });
  }

  return {
    step,
    done,
    dismissDone: () => setDone(null),
    pending,
    askToArchive: () => open("confirm-archive"),
    archive: () => archive.mutate({ id: product.id }),
    archiving: archive,
    restore: () => {
      setDone(null);
      restore.mutate({ id: product.id });
    },
    restoring: restore,
    startDuplicate: () => open("duplicate"),
    duplicate: {
      sku,
      setSku: (value: string) => {
        setSku(value);
        setSkuError(undefined);
      },
      skuError,
      error: duplicateError,
      pending: duplicate.isPending,
      submit: submitDuplicate,
    },
    close: () => setStep("none"),
  };
}
