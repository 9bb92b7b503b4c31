"use client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { RouterInputs, RouterOutputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";
import { useUrlState } from "~/components/url-state";

export type Product = RouterOutputs["product"]["getAll"]["items"][number];
export type Sort = NonNullable<RouterInputs["product"]["getAll"]["sort"]>;
/** The two lists: what is on sale (the storefront and the till sell it) and what was archived. */
export type ProductView = "on-sale" | "archived";

export const sorts: { value: Sort; label: string }[] = [
  { value: "newest", label: "Newest first" },
  { value: "name", label: "Name (A–Z)" },
  { value: "price_asc", label: "Price: low to high" },
  { value: "price_desc", label: "Price: high to low" },
];
const PAGE_SIZE = 20;

/** The products page's state, kept in its URL (view, search, category, sort, page), and its lists. */
export function useProducts() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { params, page, set } = useUrlState();
  const view: ProductView = params.get("view") === "archived" ? "archived" : "on-sale";
  const search = params.get("q") ?? "";
  const category = params.get("category") ?? "";
  const sortParam = params.get("sort");
  const sort: Sort = sorts.some((s) => s.value === sortParam) ? (sortParam as Sort) : "newest";

  // The search box updates the URL after a short pause in typing.
  const [searchText, setSearchText] = useState(search);
  useEffect(() => setSearchText((typed) => (typed.trim() === search.trim() ? typed : search)), [search]);
  useEffect(() => {
    if (searchText.trim() === search.trim()) return;
    const timer = setTimeout(() => set({ q: searchText.trim(), page: null }), 300);
    return () => clearTimeout(timer);
  }, [searchText, search, set]);

  const facets = useQuery({ ...trpc.product.facets.queryOptions(), enabled: view === "on-sale" });
  const onSale = useQuery({
    ...trpc.product.getAll.queryOptions({
      page,
      pageSize: PAGE_SIZE,
      sort,
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(category ? { category } : {}),
    }),
    placeholderData: keepPreviousData,
    enabled: view === "on-sale",
  });
  const archived = useQuery({
    ...trpc.product.archived.queryOptions({ page, pageSize: PAGE_SIZE, sort }),
    placeholderData: keepPreviousData,
    enabled: view === "archived",
  });

  const [restored, setRestored] = useState<Product | null>(null);
  const restore = useMutation(
    trpc.product.restore.mutationOptions({
      onMutate: () => setRestored(null),
      onSuccess: async (product) => {
        queryClient.setQueryData(trpc.product.get.queryKey({ id: product.id }), product);
        setRestored(product);
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
      },
    }),
  );

  return {
    view,
    filters: { search, searchText, setSearchText, category, sort, categories: facets.data?.categories },
    set,
    added: params.get("added"),
    addedId: params.get("new"),
    products: view === "archived" ? archived : onSale,
    restore,
    restored,
    dismissRestored: () => setRestored(null),
  };
}
