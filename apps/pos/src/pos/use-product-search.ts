"use client";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { messageOf } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";
import { codeKind, exactMatches } from "./scan-match";
import { variantName } from "@commerce/core/names";
import type { AddResult, Product, Variant } from "./types";

const PAGE_SIZE = 48;

/**
 * The till's product search: typed or scanned text, a category, a page of products, the product
 * whose variants are being chosen between, and what happened when a variant was offered to the
 * ticket (a scanned SKU or barcode naming one variant is added at once).
 */
export function useProductSearch({ active, onAdd }: { active: boolean; onAdd: (product: Product, variant: Variant) => AddResult }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const searchRef = useRef<HTMLInputElement>(null);

  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  const [category, setCategory] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [choosing, setChoosing] = useState<Product | null>(null);

  // Typing filters after a short pause; Enter (or a barcode scanner's Enter) acts at once.
  useEffect(() => {
    const t = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(t);
  }, [text]);
  useEffect(() => setPage(1), [search, category]);

  // Confirmations fade on their own; problems stay until the next keystroke or tap.
  useEffect(() => {
    if (notice?.kind !== "ok") return;
    const t = setTimeout(() => setNotice(null), 2500);
    return () => clearTimeout(t);
  }, [notice]);

  // A USB/Bluetooth barcode scanner types like a keyboard: send stray keystrokes to the search box,
  // without focusing it up front (that would pop up the on-screen keyboard on a tablet).
  useEffect(() => {
    if (!active || choosing) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
      if (el && (el.closest("input, textarea, select, [contenteditable='true']") || el.isContentEditable)) return;
      searchRef.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [active, choosing]);

  const input = { page, pageSize: PAGE_SIZE, sort: "name" as const, ...(category ? { category } : {}), ...(search ? { search } : {}) };
  const products = useQuery({ ...trpc.product.getAll.queryOptions(input), placeholderData: keepPreviousData, refetchInterval: 30_000 });
  const facets = useQuery(trpc.product.facets.queryOptions());

  async function onSearchKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Escape") {
      setText("");
      setSearch("");
      return;
    }
    if (e.key !== "Enter") return;
    e.preventDefault();
    const term = text.trim();
    setSearch(term);
    if (!term) return;
    try {
      let matches = exactMatches(products.data?.items ?? [], term);
      if (matches.length === 0) {
        // Scanned codes ignore the category filter: the server looks across the whole catalogue (name, SKU, barcode).
        const found = await queryClient.fetchQuery(trpc.product.getAll.queryOptions({ page: 1, pageSize: 10, sort: "name", search: term }));
        matches = exactMatches(found.items, term);
      }
      const kind = codeKind(term);
      if (matches.length === 0) {
        if (kind) setNotice({ kind: "error", text: `No product has the ${kind === "sku" ? `SKU ${term.toUpperCase()}` : `barcode ${term}`}.` });
        return;
      }
      if (matches.length > 1) {
        // A shop's own barcodes may repeat: the grid shows what has it, and a tap picks one.
        setNotice({ kind: "error", text: `${matches.length} variants have the code ${term}. Tap the one to add.` });
        return;
      }
      const { product, variant } = matches[0]!;
      if (offer(product, variant, true) === "added") {
        setText("");
        setSearch("");
      }
    } catch (error) {
      setNotice({ kind: "error", text: messageOf(error) });
    }
  }

  /** Offers a variant to the ticket and says what came of it; a scan says more, as nothing on screen shows it. */
  function offer(product: Product, variant: Variant, scanned = false): AddResult {
    const result = onAdd(product, variant);
    setNotice(noticeFor(result, variantName(product.name, variant.title), variant, scanned));
    return result;
  }

  /** A tapped product: one variant goes on the ticket at once; several open the chooser. */
  function tap(p: Product) {
    if (p.variants.length > 1) {
      setNotice(null);
      setChoosing(p);
    } else if (p.variants[0]) {
      offer(p, p.variants[0]);
    }
  }

  /** The variant picked in the chooser, which closes. */
  function pick(product: Product, variant: Variant) {
    setChoosing(null);
    offer(product, variant);
  }

  // The product whose variants are being chosen between, as the grid shows it now (its stock refreshes).
  const chooser = choosing && (products.data?.items.find((p) => p.id === choosing.id) ?? choosing);

  return {
    text,
    setText,
    search,
    setSearch,
    category,
    setCategory,
    page,
    setPage,
    notice,
    setNotice,
    searchRef,
    products,
    facets,
    onSearchKey,
    tap,
    chooser,
    pick,
    closeChooser: () => setChoosing(null),
  };
}

type Notice = { kind: "ok" | "error"; text: string };

/** What the till says after offering a variant: a tapped tile shows the rest itself (disabled when there is no more). */
function noticeFor(result: AddResult, label: string, variant: Pick<Variant, "sku" | "stockQuantity">, scanned: boolean): Notice | null {
  switch (result) {
    case "added":
      return { kind: "ok", text: scanned ? `Added ${label} (${variant.sku}).` : `Added ${label}.` };
    case "full":
      return { kind: "error", text: "A sale can have at most 50 different items. Charge this one and start a new sale." };
    case "out-of-stock":
      return scanned ? { kind: "error", text: `${label} is out of stock.` } : null;
    case "limit":
      return scanned ? { kind: "error", text: `All ${variant.stockQuantity} of ${label} in stock are already on the sale.` } : null;
  }
}
