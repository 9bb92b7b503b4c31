import { Price } from "@commerce/ui/money";
import type { Product } from "./types";

export const categoryLabel = (c: string) => c.charAt(0).toUpperCase() + c.slice(1);

export function CategoryChip({ label, count, checked, onSelect }: { label: string; count?: number; checked: boolean; onSelect: () => void }) {
  return (
    <label
      title={count === undefined ? undefined : `${count} ${count === 1 ? "product" : "products"}`}
      className={`relative flex h-11 shrink-0 touch-manipulation items-center rounded-full border px-3.5 text-[15px] font-medium whitespace-nowrap transition-colors select-none has-focus-visible:ring-2 has-focus-visible:ring-gray-900/40 has-focus-visible:ring-offset-2 ${
        checked ? "border-gray-900 bg-gray-900 text-white" : "border-gray-300 bg-white text-gray-800 active:bg-gray-100"
      }`}
    >
      <input
        type="radio"
        name="pos-category"
        checked={checked}
        onChange={onSelect}
        className="absolute inset-0 cursor-pointer appearance-none rounded-full outline-none"
      />
      {label}
    </label>
  );
}

/** How many of a product's variants the ticket can still take: none when all are sold out or all on the sale. */
export function takeable(product: Product, inTicket: ReadonlyMap<string, number>) {
  return product.variants.filter((v) => v.stockQuantity > (inTicket.get(v.id) ?? 0)).length;
}

export function ProductTile({
  product: p,
  inTicket,
  count,
  onTap,
}: {
  product: Product;
  /** Quantity of each variant on the ticket, by variant id. */
  inTicket: ReadonlyMap<string, number>;
  /** Quantity of this product on the ticket, its variants together. */
  count: number;
  onTap: () => void;
}) {
  const outOfStock = p.stockQuantity <= 0;
  const allTaken = !outOfStock && takeable(p, inTicket) === 0;
  const several = p.variants.length > 1;
  return (
    <button
      type="button"
      onClick={onTap}
      disabled={outOfStock || allTaken}
      aria-haspopup={several ? "dialog" : undefined}
      className="relative flex h-36 w-full touch-manipulation flex-col rounded-xl border border-gray-200 bg-white p-3 text-left shadow-sm transition select-none active:scale-[0.98] active:bg-gray-50 enabled:hover:border-gray-400 disabled:cursor-not-allowed disabled:bg-gray-100 disabled:shadow-none"
    >
      <span className={`line-clamp-3 text-base leading-snug font-semibold ${outOfStock ? "text-gray-500" : "text-gray-900"}`}>{p.name}</span>
      <span className="mt-1 flex items-center gap-1.5 font-mono text-xs text-gray-500">
        <ColourDots colours={p.colours} />
        {several ? <span className="font-sans">{p.variants.length} variants</span> : p.variants[0]?.sku}
      </span>
      <span className="mt-auto flex items-end justify-between gap-2 pt-1">
        <span className={`text-lg font-bold tabular-nums ${outOfStock ? "text-gray-500" : "text-gray-900"}`}>
          {p.maxPrice.amount > p.price.amount && <span className="text-sm font-semibold">From </span>}
          <Price value={p.price} />
        </span>
        <span
          className={`rounded-md px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${
            outOfStock ? "bg-red-100 text-red-800" : p.stockQuantity <= 5 ? "bg-amber-100 text-amber-900" : "bg-gray-100 text-gray-700"
          }`}
        >
          {outOfStock ? "Out of stock" : `${p.stockQuantity} in stock`}
        </span>
      </span>
      {count > 0 && (
        <span className="absolute -top-2 -left-2 flex h-7 min-w-7 items-center justify-center rounded-full bg-emerald-600 px-2 text-sm font-bold text-white shadow">
          <span className="sr-only">, </span>
          {count}
          <span className="sr-only"> on the sale{allTaken ? ", no more in stock" : ""}</span>
        </span>
      )}
    </button>
  );
}

/** The colours a product comes in, as dots named for screen readers. */
function ColourDots({ colours }: { colours: Product["colours"] }) {
  if (colours.length === 0) return null;
  return (
    <span className="flex shrink-0 items-center gap-0.5">
      <span className="sr-only">{colours.map((c) => c.colour).join(", ")}</span>
      {colours.map((c) => (
        <span key={c.colour} aria-hidden="true" className="h-3 w-3 rounded-full border border-black/15" style={{ backgroundColor: c.swatch }} />
      ))}
    </span>
  );
}
