"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { ErrorBox } from "@commerce/ui/states";
import { titleCase } from "~/lib/format";
import { useStoreSlug } from "~/lib/store-context";
import { catalogueHref, sortLabels, sorts, type Filters, type useCatalogue } from "./catalogue-filters";

type Catalogue = ReturnType<typeof useCatalogue>;

/** Colour swatches, search, category and sort; each choice is a new address. */
export function CatalogueFilters({
  filters,
  facets,
  sortParam,
}: {
  filters: Catalogue["filters"];
  facets: Catalogue["facets"];
  sortParam: string | undefined;
}) {
  const slug = useStoreSlug();
  const router = useRouter();
  const { colour, category, tag, search, sort } = filters;
  const go = (next: Filters) => router.push(catalogueHref(slug, next));
  return (
    <section aria-label="Filters" className="space-y-4 rounded-xl border border-gray-200 bg-white p-4 shadow-sm">
      <div>
        <p id="colour-filter-label" className="mb-2 text-xs font-semibold uppercase tracking-wide text-gray-500">
          Colour
        </p>
        <nav aria-labelledby="colour-filter-label" className="flex flex-wrap items-center gap-2">
          <Link
            href={catalogueHref(slug, { sort: sortParam })}
            aria-current={!colour ? "true" : undefined}
            className={`rounded-full border px-3 py-1 text-sm transition ${
              !colour ? "border-gray-900 bg-gray-900 text-white" : "border-gray-300 bg-white text-gray-700 hover:border-gray-500"
            }`}
          >
            All colours
          </Link>
          {facets.data?.colours.map((c) => {
            const selected = colour === c.colour;
            return (
              <Link
                key={c.colour}
                href={catalogueHref(slug, { colour: c.colour, sort: sortParam })}
                aria-label={c.colour}
                aria-current={selected ? "true" : undefined}
                title={`${titleCase(c.colour)} (${c.count})`}
                className={`grid h-8 w-8 place-items-center rounded-full transition ${
                  selected ? "ring-2 ring-gray-900 ring-offset-2" : "hover:ring-2 hover:ring-gray-300 hover:ring-offset-1"
                }`}
              >
                <span className="h-7 w-7 rounded-full border border-black/15" style={{ backgroundColor: c.swatch }} />
              </Link>
            );
          })}
        </nav>
        <ErrorBox error={facets.error} onRetry={() => void facets.refetch()} />
      </div>

      <div className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <form
          role="search"
          key={`${search ?? ""}|${category ?? ""}`}
          onSubmit={(event) => {
            event.preventDefault();
            const value = String(new FormData(event.currentTarget).get("search") ?? "").trim();
            go({ category, tag, search: value || undefined, sort: sortParam });
          }}
          className="flex gap-2"
        >
          <label className="grow">
            <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-gray-500">Search</span>
            <input
              type="search"
              name="search"
              defaultValue={search ?? ""}
              maxLength={100}
              placeholder="Name or SKU"
              className="w-full rounded-lg border border-gray-300 px-3 py-2 text-sm focus:border-gray-900 focus:outline-none focus:ring-1 focus:ring-gray-900"
            />
          </label>
          <button type="submit" className="self-end rounded-lg bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700">
            Search
          </button>
        </form>

        <label>
          <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-gray-500">Category</span>
          <select
            value={category ?? ""}
            onChange={(event) => go({ category: event.target.value || undefined, tag, search, sort: sortParam })}
            className="w-full rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm sm:w-48"
          >
            <option value="">All categories</option>
            {facets.data?.categories.map((c) => (
              <option key={c.category} value={c.category}>
                {titleCase(c.category)} ({c.count})
              </option>
            ))}
            {category && facets.data && !facets.data.categories.some((c) => c.category === category) && <option value={category}>{titleCase(category)}</option>}
          </select>
        </label>

        <label>
          <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-gray-500">Sort</span>
          <select
            value={sort}
            onChange={(event) => go({ colour, category, tag, search, sort: event.target.value })}
            className="w-full rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm sm:w-48"
          >
            {sorts.map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {colour && <p className="text-xs text-gray-500">Showing every {colour} product; choosing a category or searching clears the colour.</p>}
    </section>
  );
}
