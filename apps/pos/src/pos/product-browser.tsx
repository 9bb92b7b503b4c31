"use client";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { colourSwatches } from "@commerce/core/colours";
import { Price } from "@commerce/ui/money";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { messageOf } from "./errors";
import type { Product } from "./types";

const PAGE_SIZE = 48;

const categoryLabel = (c: string) => c.charAt(0).toUpperCase() + c.slice(1);

/** What happened when a product was offered to the ticket. */
export type AddResult = "added" | "out-of-stock" | "limit" | "full";

export function ProductBrowser({
  active,
  inTicket,
  onAdd,
}: {
  /** False while the till is taking payment or showing a receipt. */
  active: boolean;
  /** Quantity of each product already on the ticket, by id. */
  inTicket: ReadonlyMap<string, number>;
  onAdd: (product: Product) => AddResult;
}) {
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

  const data = products.data;

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="space-y-3 border-b border-gray-200 bg-white px-5 pt-4 pb-3">
        <div className="flex items-center gap-3">
          <div className="relative flex-1">
            <label htmlFor="pos-search" className="sr-only">
              Search products
            </label>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute top-1/2 left-4 h-5 w-5 -translate-y-1/2 text-gray-400" fill="currentColor">
              <path fillRule="evenodd" d="M9 3.5a5.5 5.5 0 1 0 3.36 9.86l3.64 3.64a.75.75 0 1 0 1.06-1.06l-3.64-3.64A5.5 5.5 0 0 0 9 3.5ZM5 9a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z" clipRule="evenodd" />
            </svg>
            <input
              ref={searchRef}
              id="pos-search"
              type="search"
              inputMode="search"
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="off"
              spellCheck={false}
              maxLength={100}
              enterKeyHint="search"
              placeholder="Search by name, or scan / type a SKU and press Enter"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setNotice(null);
              }}
              onKeyDown={onSearchKey}
              className="h-14 w-full rounded-xl border border-gray-300 bg-gray-50 pr-4 pl-12 text-lg outline-none placeholder:text-gray-400 focus:border-gray-900 focus:bg-white focus:ring-2 focus:ring-gray-900/10"
            />
          </div>
          {text && (
            <button
              type="button"
              onClick={() => {
                setText("");
                setSearch("");
                setNotice(null);
                searchRef.current?.focus();
              }}
              className="h-14 rounded-xl border border-gray-300 bg-white px-5 text-base font-medium text-gray-700 active:bg-gray-100"
            >
              Clear search
            </button>
          )}
        </div>

        {/* One category at a time: a radio group drawn as chips (arrow keys move between them). */}
        <div role="radiogroup" aria-label="Category" className="flex flex-wrap gap-1.5">
          <CategoryChip label="All" checked={category === null} onSelect={() => setCategory(null)} />
          {facets.data?.categories.map((c) => (
            <CategoryChip key={c.category} label={categoryLabel(c.category)} count={c.count} checked={category === c.category} onSelect={() => setCategory(c.category)} />
          ))}
          {facets.isPending && <span className="self-center px-2 text-sm text-gray-500">Loading categories…</span>}
          {facets.error && (
            <button type="button" onClick={() => void facets.refetch()} className="h-11 px-2 text-sm text-red-700 underline">
              Categories unavailable — retry
            </button>
          )}
        </div>
      </div>

      <div className="relative min-h-0 flex-1">
        <div className="h-full overflow-y-auto px-5 py-4" aria-busy={products.isFetching}>
          {products.isPending ? (
            <Spinner label="Loading products…" />
          ) : products.error && !data ? (
            <ErrorBox error={{ message: messageOf(products.error) }} onRetry={() => void products.refetch()} />
          ) : data && data.items.length === 0 ? (
            <Empty>{search ? `No products match “${search}”${category ? ` in ${categoryLabel(category)}` : ""}.` : "No products in this category."}</Empty>
          ) : data ? (
            <>
              {products.error && (
                <div className="mb-3">
                  <ErrorBox error={{ message: `Could not refresh products: ${messageOf(products.error)}` }} onRetry={() => void products.refetch()} />
                </div>
              )}
              <ul className={`grid grid-cols-[repeat(auto-fill,minmax(11.5rem,1fr))] gap-3 transition-opacity ${products.isPlaceholderData ? "opacity-60" : ""}`}>
                {data.items.map((p) => (
                  <li key={p.id}>
                    <ProductTile product={p} inTicket={inTicket.get(p.id) ?? 0} onTap={() => tap(p)} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        {/* Scan feedback floats over the grid so tiles never move under a finger. */}
        <div className="pointer-events-none absolute inset-x-0 bottom-3 flex justify-center px-5">
          {notice?.kind === "error" ? (
            <p role="alert" className="pointer-events-auto rounded-xl border border-red-300 bg-red-50 px-4 py-2.5 text-base font-medium text-red-800 shadow-lg">
              {notice.text}
            </p>
          ) : (
            <p role="status" className={notice ? "rounded-xl bg-gray-900 px-4 py-2.5 text-base font-medium text-white shadow-lg" : "sr-only"}>
              {notice?.text ?? ""}
            </p>
          )}
        </div>
      </div>

      {data && data.total > 0 && (
        <nav aria-label="Product pages" className="flex items-center justify-between gap-3 border-t border-gray-200 bg-white px-5 py-3">
          <button
            type="button"
            disabled={page <= 1}
            onClick={() => setPage((p) => Math.max(1, p - 1))}
            className="h-12 min-w-32 rounded-xl border border-gray-300 bg-white px-4 text-base font-medium active:bg-gray-100 disabled:opacity-40"
          >
            <span aria-hidden="true">‹</span> Previous
          </button>
          <p className="text-sm text-gray-600">
            Page {data.page} of {data.pageCount} · {data.total} {data.total === 1 ? "product" : "products"}
            {products.isPlaceholderData && <span className="ml-2 text-gray-400">Updating…</span>}
          </p>
          <button
            type="button"
            disabled={page >= data.pageCount}
            onClick={() => setPage((p) => p + 1)}
            className="h-12 min-w-32 rounded-xl border border-gray-300 bg-white px-4 text-base font-medium active:bg-gray-100 disabled:opacity-40"
          >
            Next <span aria-hidden="true">›</span>
          </button>
        </nav>
      )}
    </div>
  );
}

function CategoryChip({ label, count, checked, onSelect }: { label: string; count?: number; checked: boolean; onSelect: () => void }) {
  return (
    <label
      title={count === undefined ? undefined : `${count} ${count === 1 ? "product" : "products"}`}
      className={`relative flex h-11 shrink-0 touch-manipulation items-center rounded-full border px-3.5 text-[15px] font-medium whitespace-nowrap transition-colors select-none has-focus-visible:ring-2 has-focus-visible:ring-gray-900/40 has-focus-visible:ring-offset-2 ${
        checked ? "border-gray-900 bg-gray-900 text-white" : "border-gray-300 bg-white text-gray-800 active:bg-gray-100"
      }`}
    >
      <input type="radio" name="pos-category" checked={checked} onChange={onSelect} className="absolute inset-0 cursor-pointer appearance-none rounded-full outline-none" />
      {label}
    </label>
  );
}

function ProductTile({ product: p, inTicket, onTap }: { product: Product; inTicket: number; onTap: () => void }) {
  const outOfStock = p.stockQuantity <= 0;
  const allTaken = !outOfStock && inTicket >= p.stockQuantity;
  const swatch = colourSwatches[p.colour as keyof typeof colourSwatches] ?? "#9ca3af";
  return (
    <button
      type="button"
      onClick={onTap}
      disabled={outOfStock || allTaken}
      className="relative flex h-36 w-full touch-manipulation flex-col rounded-xl border border-gray-200 bg-white p-3 text-left shadow-sm transition select-none active:scale-[0.98] active:bg-gray-50 enabled:hover:border-gray-400 disabled:cursor-not-allowed disabled:bg-gray-100 disabled:shadow-none"
    >
      <span className={`line-clamp-3 text-base leading-snug font-semibold ${outOfStock ? "text-gray-500" : "text-gray-900"}`}>{p.name}</span>
      <span className="mt-1 flex items-center gap-1.5 font-mono text-xs text-gray-500">
        <span aria-hidden="true" className="h-3 w-3 shrink-0 rounded-full border border-black/15" style={{ backgroundColor: swatch }} />
        {p.sku}
      </span>
      <span className="mt-auto flex items-end justify-between gap-2 pt-1">
        <Price value={p.price} className={`text-lg font-bold tabular-nums ${outOfStock ? "text-gray-500" : "text-gray-900"}`} />
        <span
          className={`rounded-md px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${
            outOfStock ? "bg-red-100 text-red-800" : p.stockQuantity <= 5 ? "bg-amber-100 text-amber-900" : "bg-gray-100 text-gray-700"
          }`}
        >
          {outOfStock ? "Out of stock" : `${p.stockQuantity} in stock`}
        </span>
      </span>
      {inTicket > 0 && (
        <span className="absolute -top-2 -left-2 flex h-7 min-w-7 items-center justify-center rounded-full bg-emerald-600 px-2 text-sm font-bold text-white shadow">
          <span className="sr-only">, </span>
          {inTicket}
          <span className="sr-only"> on the sale{allTaken ? ", no more in stock" : ""}</span>
        </span>
      )}
    </button>
  );
}
