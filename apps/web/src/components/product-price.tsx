import { Price, type Money } from "@commerce/ui/money";

/** A product's price in a listing: "From €15.00" when its variants cost different amounts. */
export function PriceRange({ price, maxPrice, className }: { price: Money; maxPrice: Money; className?: string }) {
  return (
    <span className={className}>
      {maxPrice.amount > price.amount && "From "}
      <Price value={price} />
    </span>
  );
}

/** A variant's price, with the price it was (its compare-at price) struck through beside it when it has one. */
export function VariantPrice({ price, compareAtPrice }: { price: Money; compareAtPrice: Money | null }) {
  return (
    <p className="flex items-baseline gap-3">
      <Price value={price} className="text-2xl font-semibold" />
      {compareAtPrice && (
        <s className="text-lg text-gray-500">
          <span className="sr-only">Was </span>
          <Price value={compareAtPrice} />
        </s>
      )}
    </p>
  );
}
