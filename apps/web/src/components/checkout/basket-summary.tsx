import Link from "next/link";
import { Price } from "@commerce/ui/money";
import type { RouterOutputs } from "@commerce/api/client";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import type { Variant } from "~/lib/use-variant-choice";
import { panel } from "../styles";

type Product = RouterOutputs["product"]["get"];

/** What is being bought: the product and its variant ("M / red"), the unit price and the quantity asked for. */
export function BasketSummary({ product, variant, quantity }: { product: Product; variant: Variant; quantity: string }) {
  const slug = useStoreSlug();
  return (
    <section aria-labelledby="basket-heading" className={panel}>
      <h2 id="basket-heading" className="mb-3 text-sm font-semibold uppercase tracking-wide text-gray-500">
        Your basket
      </h2>
      <div className="flex gap-4">
        {/* A plain img: catalogue images are data: URLs or remote files */}
        <img src={product.imageUrl} alt="" className="h-20 w-20 shrink-0 rounded-lg border border-gray-100 object-cover" />
        <div className="space-y-1 text-sm">
          <p>
            <Link href={storePath(slug, `/products/${product.slug}`)} className="font-medium text-gray-900 hover:underline">
              {product.name}
            </Link>
            {variant.title && <span className="text-gray-600"> — {variant.title}</span>}
          </p>
          <p className="text-gray-600">
            <Price value={variant.price} /> each · Quantity {quantity || "1"}
          </p>
          <p className="font-mono text-xs text-gray-500">{variant.sku}</p>
          {!variant.inStock && <p className="font-medium text-red-700">Out of stock</p>}
        </div>
      </div>
    </section>
  );
}
