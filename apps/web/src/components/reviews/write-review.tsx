"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { messageOf } from "@commerce/ui/errors";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { storePath, withNext } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { useCustomer } from "~/lib/use-customer";
import { panel, primaryButton } from "../styles";
import { ReviewCard } from "./review-card";
import { ReviewForm } from "./review-form";

/** A visitor is asked to sign in; a signed-in customer sees their review, or the form to write one. */
export function WriteReview({ productId, productSlug }: { productId: string; productSlug: string }) {
  const slug = useStoreSlug();
  const customer = useCustomer();
  if (customer.status === "loading") return null;
  if (customer.status === "error") return <ErrorBox error={customer.error} onRetry={customer.retry} />;
  if (customer.status === "signedIn") return <CustomersReview productId={productId} />;
  return (
    <div className={`space-y-3 ${panel}`}>
      <p className="text-sm text-gray-600">Bought this? Tell other shoppers what you think.</p>
      <Link href={withNext(storePath(slug, "/signin"), storePath(slug, `/products/${productSlug}`))} className={primaryButton}>
        Sign in to write a review
      </Link>
    </div>
  );
}

function CustomersReview({ productId }: { productId: string }) {
  const trpc = useTRPC();
  const mine = useQuery(trpc.review.mine.queryOptions({ productId }));
  if (mine.isPending) return <Spinner label="Checking for your review…" />;
  if (mine.error) return <ErrorBox error={{ message: messageOf(mine.error) }} onRetry={() => void mine.refetch()} />;

  const { review, canReview, verifiedPurchase } = mine.data;
  if (review) {
    return (
      <section aria-labelledby="my-review-heading" className={`space-y-3 ${panel}`}>
        <h3 id="my-review-heading" className="font-semibold">
          You reviewed this product
        </h3>
        {review.status === "HIDDEN" && <p className="text-sm text-gray-600">The shop has hidden your review, so other shoppers do not see it.</p>}
        <ReviewCard review={review} />
      </section>
    );
  }
  return canReview ? <ReviewForm productId={productId} verifiedPurchase={verifiedPurchase} /> : null;
}
