"use client";
import Link from "next/link";
import type { Column } from "~/components/data-table";
import { button, formatDateShort } from "~/components/ui";
import { priceRange, skuOrCount } from "./product-words";
import type { Product } from "./use-products";

/** The catalogue table: image, name (to its edit page), SKU or how many variants, colours, category, price or range, total stock. */
export const productColumns: Column<Product>[] = [
  {
    id: "image",
    header: <span className="sr-only">Image</span>,
    className: "w-16 min-w-16",
    cell: (p) =>
      p.imageUrl ? (
        // A plain img: catalogue images are inline data: URLs
        <img src={p.imageUrl} alt="" width={40} height={40} loading="lazy" className="h-10 w-10 max-w-none rounded-md object-cover ring-1 ring-gray-200" />
      ) : (
        <div className="h-10 w-10 shrink-0 rounded-md bg-gray-100 ring-1 ring-gray-200" />
      ),
  },
  {
    id: "name",
    header: "Name",
    cell: (p) => (
      <>
        <Link href={`/products/${p.id}`} className="font-medium text-indigo-600 hover:text-indigo-500 hover:underline">
          {p.name}
        </Link>
        <div className="max-w-xs truncate text-xs text-gray-500">{p.description}</div>
      </>
    ),
  },
  {
    id: "sku",
    header: "SKU",
    className: "font-mono text-xs whitespace-nowrap text-gray-700",
    cell: (p) => (p.variants.length === 1 ? p.variants[0]!.sku : <span className="font-sans text-sm text-gray-600">{skuOrCount(p)}</span>),
  },
  {
    id: "colour",
    header: "Colours",
    className: "whitespace-nowrap",
    cell: (p) =>
      p.colours.length === 0 ? (
        <span className="text-gray-400">—</span>
      ) : (
        <span className="inline-flex items-center gap-2">
          <span className="inline-flex gap-1" aria-hidden="true">
            {p.colours.map((c) => (
              <span key={c.colour} title={c.colour} className="h-4 w-4 rounded-full ring-1 ring-black/10" style={{ backgroundColor: c.swatch }} />
            ))}
          </span>
          {p.colours.length === 1 ? (
            p.colours[0]!.colour
          ) : (
            <span className="text-gray-600">
              {p.colours.length} colours<span className="sr-only">: {p.colours.map((c) => c.colour).join(", ")}</span>
            </span>
          )}
        </span>
      ),
  },
  { id: "category", header: "Category", className: "whitespace-nowrap text-gray-700", cell: (p) => p.category },
  { id: "price", header: "Price", align: "right", cell: (p) => priceRange(p) },
  {
    id: "stock",
    header: "Stock",
    align: "right",
    cell: (p) =>
      p.inStock ? (
        p.stockQuantity.toLocaleString("en-GB")
      ) : (
        <span className="inline-flex items-center gap-2">
          <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-700">Out of stock</span>0
        </span>
      ),
  },
];

/** Archived products: image, name, SKU (or variants) and price, when each was archived, and a Restore button. */
export function archivedColumns({
  onRestore,
  restoringId,
  busy,
}: {
  onRestore: (p: Product) => void;
  restoringId: string | undefined;
  busy: boolean;
}): Column<Product>[] {
  return [
    ...productColumns.filter((c) => ["image", "name", "sku", "price"].includes(c.id)),
    {
      id: "archived",
      header: "Archived",
      className: "whitespace-nowrap text-gray-600",
      cell: (p) => (p.archivedAt ? <time dateTime={new Date(p.archivedAt).toISOString()}>{formatDateShort(p.archivedAt)}</time> : "—"),
    },
    {
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      align: "right",
      cell: (p) => (
        <button
          type="button"
          className={button.small}
          onClick={() => onRestore(p)}
          disabled={busy}
          aria-busy={restoringId === p.id || undefined}
          aria-label={`Restore ${p.name}`}
        >
          {restoringId === p.id && (
            <span aria-hidden="true" className="h-3 w-3 motion-safe:animate-spin rounded-full border-2 border-current/30 border-t-current" />
          )}
          Restore
        </button>
      ),
    },
  ];
}
