"use client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import type { RouterInputs, RouterOutputs } from "@commerce/api/client";
import { toDecimalString } from "@commerce/core/money";
import { describeError } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";
import { useUrlState } from "~/components/url-state";
import { problemsOf, readCount, readPrice, useFocusFirstError } from "../product-form";
import { variantName } from "@commerce/core/names";
import { sorts, type Product, type Sort } from "../use-products";

export type BulkField = "price" | "compareAtPrice" | "stock";
type Change = RouterInputs["product"]["bulkUpdateVariants"]["changes"][number];
export type BulkResult = RouterOutputs["product"]["bulkUpdateVariants"];

/** A row of the grid: one variant, with its product (named on the product's first row). */
export interface BulkRow {
  product: Product;
  variant: Product["variants"][number];
  first: boolean;
  /** "Crew Tee (M / red)": what its inputs are labelled with. */
  name: string;
}

const PAGE_SIZE = 100;
const MAX_CHANGES = 500;
export const bulkFields: BulkField[] = ["price", "compareAtPrice", "stock"];
export const errorKey = (variantId: string, field: BulkField | "row") => `${variantId}:${field}`;

/** A cell as saved, the way its input shows it. */
function saved({ variant: v }: BulkRow, field: BulkField): string {
  if (field === "price") return toDecimalString(v.price);
  if (field === "compareAtPrice") return v.compareAtPrice ? toDecimalString(v.compareAtPrice) : "";
  return String(v.stockQuantity);
}

/** What a row's typed cells change (null for nothing), and what is wrong with them. */
function changeOf(row: BulkRow, typed: Partial<Record<BulkField, string>>) {
  const v = row.variant;
  const change: Change = { variantId: v.id };
  const price = typed.price === undefined ? null : readPrice(typed.price, v.price.currency);
  if (price?.price && price.price.amount !== v.price.amount) change.price = price.price;
  const compareText = typed.compareAtPrice?.trim();
  const compare = compareText ? readPrice(compareText, v.price.currency, "Compare-at price") : null;
  if (compareText === "" && v.compareAtPrice) change.compareAtPrice = null;
  else if (compare?.price && compare.price.amount !== v.compareAtPrice?.amount) change.compareAtPrice = compare.price;
  const stock = typed.stock === undefined ? null : readCount(typed.stock);
  if (stock?.count !== undefined && stock.count !== v.stockQuantity) change.stockQuantity = stock.count;
  const problems = problemsOf<BulkField>({ price: price?.error, compareAtPrice: compare?.error, stock: stock?.error });
  return { change: Object.keys(change).length > 1 ? change : null, problems };
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** "2 prices changed and 1 stock count recorded." */
export function resultWords({ priced, stockAdjusted }: BulkResult): string {
  if (!priced && !stockAdjusted) return "Nothing needed changing: the variants already had these values.";
  return `Saved: ${plural(priced, "price", "prices")} changed and ${plural(stockAdjusted, "stock count", "stock counts")} recorded.`;
}

/**
 * The bulk edit of prices, compare-at prices and stock: the variants of a page of products (its
 * filters in the URL), cells typed over, and one save that sends only the changed cells.
 */
export function useBulkEdit() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { params, page, set } = useUrlState();
  const search = params.get("q")?.trim() ?? "";
  const category = params.get("category") ?? "";
  const sortParam = params.get("sort");
  const sort: Sort = sorts.some((s) => s.value === sortParam) ? (sortParam as Sort) : "newest";
  const products = useQuery({
    ...trpc.product.getAll.queryOptions({ page, pageSize: PAGE_SIZE, sort, ...(search ? { search } : {}), ...(category ? { category } : {}) }),
    placeholderData: keepPreviousData,
  });
  const rows: BulkRow[] | undefined = products.data?.items.flatMap((p) =>
    p.variants.map((variant, i) => ({ product: p, variant, first: i === 0, name: variantName(p.name, variant.title) })),
  );

  const [typed, setTyped] = useState<Record<string, Partial<Record<BulkField, string>>>>({});
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { ref: formRef, focusFirstError } = useFocusFirstError<HTMLFormElement>();
  // The variants in the order last sent, for the server's paths (changes.3.price).
  const sent = useRef<string[]>([]);

  const value = (row: BulkRow, field: BulkField) => typed[row.variant.id]?.[field] ?? saved(row, field);
  const differs = (row: BulkRow, field: BulkField) => {
    const text = typed[row.variant.id]?.[field];
    return text !== undefined && text.trim() !== saved(row, field);
  };
  const edited = rows?.filter((row) => bulkFields.some((f) => differs(row, f))) ?? [];
  const changedCells = edited.reduce((n, row) => n + bulkFields.filter((f) => differs(row, f)).length, 0);

  const save = useMutation(
    trpc.product.bulkUpdateVariants.mutationOptions({
      onSuccess: async (result) => {
        // The saved values come back with the refetch; the typed ones go once they are there.
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
        setTyped({});
        setNote("");
        setDone(resultWords(result));
      },
      onError: (error) => {
        const paths: Record<string, string> = { note: "note" };
        sent.current.forEach((id, i) => {
          paths[`changes.${i}`] = errorKey(id, "row");
          paths[`changes.${i}.price`] = errorKey(id, "price");
          paths[`changes.${i}.compareAtPrice`] = errorKey(id, "compareAtPrice");
          paths[`changes.${i}.stockQuantity`] = errorKey(id, "stock");
        });
        const described = describeError(error, paths);
        setErrors(described.fields);
        setFormError(described.message);
        focusFirstError();
      },
    }),
  );

  function edit(row: BulkRow, field: BulkField, text: string) {
    setTyped((t) => ({ ...t, [row.variant.id]: { ...t[row.variant.id], [field]: text } }));
    setDone(null);
    const keys = [errorKey(row.variant.id, field), errorKey(row.variant.id, "row")];
    if (keys.some((key) => errors[key])) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !keys.includes(key))));
  }

  function discard() {
    setTyped({});
    setErrors({});
    setFormError(null);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setDone(null);
    const found: Record<string, string> = {};
    const changes: Change[] = [];
    for (const row of edited) {
      const { change, problems } = changeOf(row, typed[row.variant.id] ?? {});
      for (const [field, message] of Object.entries(problems)) found[errorKey(row.variant.id, field as BulkField)] = message;
      if (change) changes.push(change);
    }
    setErrors(found);
    if (Object.keys(found).length) {
      setFormError("Please correct the highlighted cells.");
      return focusFirstError();
    }
    if (!changes.length) return setFormError("Nothing to save: no price, compare-at price or stock was changed.");
    if (changes.length > MAX_CHANGES) return setFormError(`At most ${MAX_CHANGES} variants can be saved at once; you changed ${changes.length}.`);
    setFormError(null);
    sent.current = changes.map((c) => c.variantId);
    save.mutate({ changes, ...(note.trim() ? { note: note.trim() } : {}) });
  }

  return {
    filters: { search, category },
    clearFilters: () => set({ q: null, category: null, page: null }),
    products,
    rows,
    value,
    differs,
    edit,
    errors,
    formError,
    done,
    dismissDone: () => setDone(null),
    note,
    setNote,
    editedCount: edited.length,
    changedCells,
    dirty: changedCells > 0,
    saving: save.isPending,
    discard,
    onSubmit,
    formRef,
    onPage: (next: number) => set({ page: next === 1 ? null : next }),
  };
}

export type BulkEdit = ReturnType<typeof useBulkEdit>;
