"use client";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { messageOf } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";
import type { AddResult, Product } from "./types";

const PAGE_SIZE = 48;

/**
 * The till's product search: typed or scanned text, a category, a page of products, and what
 * happened when one was offered to the ticket (a scanned SKU is added at once).
 */
export function useProductSearch({ active, onAdd }: { active: boolean; onAdd: (product: Product) => AddResult }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const searchRef = useRef<HTMLInputElement>(null);

  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  const [category, setCategory] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

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
    if (!active) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
      if (el && (el.closest("input, textarea, select, [contenteditable='true']") || el.isContentEditable)) return;
      searchRef.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [active]);

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
    const sku = term.toUpperCase();
    try {
      let match = products.data?.items.find((p) => p.sku.toUpperCase() === sku);
      if (!match) {
        // Scanned SKUs ignore the category filter: look across the whole catalogue.
        const found = await queryClient.fetchQuery(trpc.product.getAll.queryOptions({ page: 1, pageSize: 10, sort: "name", search: term }));
        match = found.items.find((p) => p.sku.toUpperCase() === sku);
      }
      if (!match) {
        if (/^[A-Z0-9]+(-[A-Z0-9]+){2,}$/.test(sku)) setNotice({ kind: "error", text: `No product has the SKU ${sku}.` });
        return;
      }
      const result = onAdd(match);
      if (result === "added") {
        setNotice({ kind: "ok", text: `Added ${match.name} (${match.sku}).` });
        setText("");
        setSearch("");
      } else if (result === "out-of-stock") {
        setNotice({ kind: "error", text: `${match.name} is out of stock.` });
      } else if (result === "full") {
        setNotice({ kind: "error", text: "A sale can have at most 50 different products. Charge this one and start a new sale." });
      } else {
        setNotice({ kind: "error", text: `All ${match.stockQuantity} of ${match.name} in stock are already on the sale.` });
      }
    } catch (error) {
      setNotice({ kind: "error", text: messageOf(error) });
    }
  }

  function tap(p: Product) {
    const result = onAdd(p);
    setNotice(
      result === "added"
        ? { kind: "ok", text: `Added ${p.name}.` }
        : result === "full"
          ? { kind: "error", text: "A sale can have at most 50 different products. Charge this one and start a new sale." }
          : null,
    );
  }

  return { text, setText, search, setSearch, category, setCategory, page, setPage, notice, setNotice, searchRef, products, facets, onSearchKey, tap };
}
