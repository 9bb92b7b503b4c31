import Link from "next/link";
import type { RouterOutputs } from "@commerce/api/client";
import { ratingLabel } from "~/lib/review-words";
import { ColourDots } from "./colour-dots";
import { PriceRange } from "./product-price";
import { Stars } from "./reviews/stars";

type Product = RouterOutputs["product"]["getAll"]["items"][number];

export function ProductCard({ product, href }: { product: Product; href: string }) {
  const { average, count } = product.rating;
  const rated = average !== null && count > 0;
  // The link is named by what it shows (name, rating, price, colours, category, stock), so what is read
  // out contains what is seen (WCAG 2.5.3, label in name).
  return (
    <Link
      href={href}
      className="group flex h-full flex-col overflow-hidden rounded-xl border border-gray-200 bg-white shadow-sm transition hover:-translate-y-0.5 hover:shadow-md focus-visible:outline-2 focus-visible:outline-gray-900"
    >
      <div className="relative aspect-square overflow-hidden bg-gray-100">
        {/* A plain img: catalogue images are data: URLs or remote files */}
        <img
          src={product.imageUrl}
          alt={product.name}
          loading="lazy"
          className={`h-full w-full object-cover transition duration-300 group-hover:scale-105 ${product.inStock ? "" : "opacity-50 grayscale"}`}
        />
        {!product.inStock && <span className="absolute left-2 top-2 rounded-full bg-gray-900/85 px-2 py-0.5 text-xs font-semibold text-white">Sold out</span>}
      </div>
      <div className="flex grow flex-col gap-1 p-3">
        <h2 className="text-sm font-medium leading-snug text-gray-900 group-hover:underline">{product.name}</h2>
        {rated && (
          <p className="flex items-center gap-1 text-xs text-gray-600">
            <Stars value={average} label={ratingLabel(average, count)} className="text-sm" />
            <span aria-hidden="true">({count})</span>
          </p>
        )}
        <ColourDots colours={product.colours} />
        <p className="mt-auto flex items-center justify-between gap-2 text-sm">
          <PriceRange price={product.price} maxPrice={product.maxPrice} className="font-semibold" />
          <span className="text-xs capitalize text-gray-500">{product.category.replace(/-/g, " ")}</span>
        </p>
      </div>
    </Link>
  );
}

export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const base = "rounded-lg border px-4 py-2 text-sm font-medium";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 pt-2">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pageCount))} className={`${base} border-gray-300 bg-white hover:border-gray-500`}>
          Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={`${base} cursor-not-allowed border-gray-200 text-gray-400`}>
          Previous
        </span>
      )}
      <span className="text-sm text-gray-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={`${base} border-gray-300 bg-white hover:border-gray-500`}>
          Next
        </Link>
      ) : (
        <span aria-disabled="true" className={`${base} cursor-not-allowed border-gray-200 text-gray-400`}>
          Next
        </span>
      )}
    </nav>
  );
}
