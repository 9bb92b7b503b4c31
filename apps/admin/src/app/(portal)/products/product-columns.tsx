"use client";
import { colourSwatches } from "@commerce/core/colours";
import type { RouterOutputs } from "@commerce/api/client";
import { Price } from "@commerce/ui/money";
import type { Column } from "~/components/data-table";

type Product = RouterOutputs["product"]["getAll"]["items"][number];

/** The catalogue table: image, name and SKU, category, colour, price, stock. */
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
        <div className="font-medium text-gray-900">{p.name}</div>
        <div className="max-w-xs truncate text-xs text-gray-500">{p.description}</div>
      </>
    ),
  },
  { id: "sku", header: "SKU", className: "font-mono text-xs whitespace-nowrap text-gray-700", cell: (p) => p.sku },
  {
    id: "colour",
    header: "Colour",
    className: "whitespace-nowrap",
    cell: (p) => (
      <span className="inline-flex items-center gap-2">
        <span
          aria-hidden="true"
          className="h-4 w-4 rounded-full ring-1 ring-black/10"
          style={{ backgroundColor: colourSwatches[p.colour as keyof typeof colourSwatches] ?? "#9ca3af" }}
        />
        {p.colour}
      </span>
    ),
  },
  { id: "category", header: "Category", className: "whitespace-nowrap text-gray-700", cell: (p) => p.category },
  { id: "price", header: "Price", align: "right", cell: (p) => <Price value={p.price} /> },
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
