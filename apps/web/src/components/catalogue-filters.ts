"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import type { Colour } from "@commerce/core/colours";
import { useTRPC } from "@commerce/ui/trpc";
import { storePath } from "~/lib/paths";

// The catalogue's filters live in the address (shareable, back button works); this reads them
// and runs the matching product query.

const PAGE_SIZE = 24;

export const sorts = ["newest", "price_asc", "price_desc", "name"] as const;
export type Sort = (typeof sorts)[number];
export const sortLabels: Record<Sort, string> = {
  newest: "Newest",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
  name: "Name (A–Z)",
};

/** A product tag: lowercase words joined by hyphens ("summer", "rain-ready"). */
const tagPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type Filters = {
  colour?: string | undefined;
  category?: string | undefined;
  tag?: string | undefined;
  search?: string | undefined;
  sort?: string | undefined;
  page?: string | undefined;
};

function readFilters(params: URLSearchParams) {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const sortParam = text("sort");
  const sort: Sort = sorts.includes(sortParam as Sort) ? (sortParam as Sort) : "newest";
  const pageNumber = Number.parseInt(params.get("page") ?? "1", 10);
  // A tag the API would refuse ("Summer!") is not a filter: the catalogue shows everything.
  const tagParam = text("tag")?.toLowerCase();
  return {
    colour: text("colour"),
    category: text("category"),
    tag: tagParam && tagPattern.test(tagParam) && tagParam.length <= 30 ? tagParam : undefined,
    search: text("search"),
    sort,
    page: Number.isSafeInteger(pageNumber) && pageNumber >= 1 ? pageNumber : 1,
  };
}

/** Builds a catalogue URL; the order of keys keeps links such as `/acme?colour=red` simple. */
export function catalogueHref(slug: string, filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of ["colour", "category", "tag", "search", "sort", "page"] as const) {
    const value = filters[key];
    if (!value) continue;
    if (key === "sort" && value === "newest") continue;
    if (key === "page" && value === "1") continue;
    params.set(key, value);
  }
  const query = params.toString();
  return query ? `${storePath(slug)}?${query}` : storePath(slug);
}

/** The filters in the address, the facets to choose from, and the products they select. */
export function useCatalogue() {
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const filters = readFilters(searchParams);
  const { colour, category, tag, search, sort, page } = filters;

  const facets = useQuery(trpc.product.facets.queryOptions());
  const paging = { page, pageSize: PAGE_SIZE, sort };
  const allProducts = useQuery({
    ...trpc.product.getAll.queryOptions({ ...paging, ...(category ? { category } : {}), ...(tag ? { tag } : {}), ...(search ? { search } : {}) }),
    enabled: !colour,
    placeholderData: keepPreviousData,
  });
  const colourProducts = useQuery({
    ...trpc.product.byColour.queryOptions({ ...paging, colour: (colour ?? "black") as Colour }),
    enabled: !!colour,
    placeholderData: keepPreviousData,
  });
  const products = colour ? colourProducts : allProducts;

  const sortParam = sort === "newest" ? undefined : sort;
  return { filters, facets, products, sortParam };
}
