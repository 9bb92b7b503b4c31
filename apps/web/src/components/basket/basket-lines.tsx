"use client";
import Link from "next/link";
import { Price } from "@commerce/ui/money";
import { decreasedQuantity, lineMaximum, lineName, lineProblem, type CartLine } from "~/lib/cart";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import type { BasketActions } from "~/lib/use-basket";
import { QuantityStepper } from "./quantity-stepper";

/**
 * The basket's lines with their controls: in the drawer (compact) and on the basket page (with
 * SKUs and bigger pictures). `onRemoved` is told after a line went, to move the focus it had.
 */
export function BasketLines({
  lines,
  actions,
  compact = false,
  onRemoved,
}: {
  lines: readonly CartLine[];
  actions: BasketActions;
  compact?: boolean;
  onRemoved?: () => void;
}) {
  return (
    <ul aria-label="Items in your basket" aria-busy={actions.busy || undefined} className="divide-y divide-gray-100">
      {lines.map((line) => (
        <BasketLineItem
          key={line.variantId}
          line={line}
          compact={compact}
          onQuantity={(quantity) => void actions.setQuantity(line.variantId, quantity)}
          onRemove={async () => {
            if (await actions.remove(line.variantId)) onRemoved?.();
          }}
        />
      ))}
    </ul>
  );
}

function BasketLineItem({
  line,
  compact,
  onQuantity,
  onRemove,
}: {
  line: CartLine;
  compact: boolean;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
}) {
  const slug = useStoreSlug();
  const name = lineName(line);
  const problem = lineProblem(line);
  const most = lineMaximum(line);
  return (
    <li className="flex gap-3 py-4 sm:gap-4">
      {/* A plain img: catalogue images are data: URLs or remote files */}
      <img
        src={line.imageUrl}
        alt=""
        className={`${compact ? "h-16 w-16" : "h-20 w-20 sm:h-28 sm:w-28"} shrink-0 rounded-lg border border-gray-100 object-cover ${line.problem ? "opacity-60 grayscale" : ""}`}
      />
      <div className="min-w-0 grow space-y-2">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <Link href={storePath(slug, `/products/${line.productSlug}`)} className="font-medium text-gray-900 hover:underline">
              {line.productName}
            </Link>
            {line.variantTitle && <p className="text-sm text-gray-600">{line.variantTitle}</p>}
            {!compact && <p className="font-mono text-xs text-gray-500">{line.sku}</p>}
          </div>
          <Price value={line.lineTotal} className="shrink-0 font-semibold tabular-nums" />
        </div>
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-gray-600">
          <span>
            <Price value={line.unitPrice} /> each
          </span>
          {line.previousPrice && (
            <>
              <s className="text-gray-500">
                <span className="sr-only">was </span>
                <Price value={line.previousPrice} />
              </s>
              <span className="text-xs font-semibold text-amber-800">Price changed</span>
            </>
          )}
        </p>
        {problem && <p className="text-sm font-medium text-red-700">{problem}</p>}
        <div className="flex items-center justify-between gap-3">
          <QuantityStepper
            name={name}
            quantity={line.quantity}
            canDecrease={line.quantity > 1}
            canIncrease={line.quantity < most}
            onDecrease={() => onQuantity(decreasedQuantity(line))}
            onIncrease={() => onQuantity(line.quantity + 1)}
          />
          <button
            type="button"
            aria-label={`Remove ${name}`}
            onClick={onRemove}
            className="text-sm font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900"
          >
            Remove
          </button>
        </div>
      </div>
    </li>
  );
}
