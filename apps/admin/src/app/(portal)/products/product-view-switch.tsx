"use client";
import Link from "next/link";
import type { ProductView } from "./use-products";

const views: { view: ProductView; label: string; href: string }[] = [
  { view: "on-sale", label: "On sale", href: "/products" },
  { view: "archived", label: "Archived", href: "/products?view=archived" },
];

/** "On sale" or "Archived": which list of products the page shows (kept in the URL). */
export function ProductViewSwitch({ current }: { current: ProductView }) {
  return (
    <nav aria-label="Product lists" className="inline-flex rounded-lg bg-gray-100 p-1 ring-1 ring-gray-200">
      {views.map((v) => {
        const active = v.view === current;
        return (
          <Link
            key={v.view}
            href={v.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-white text-gray-900 shadow-sm ring-1 ring-gray-200" : "text-gray-600 hover:text-gray-900"}`}
          >
            {v.label}
          </Link>
        );
      })}
    </nav>
  );
}
