"use client";
import Link from "next/link";
import { ErrorBox } from "@commerce/ui/states";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";

/** What a shopper sees when a page's main query fails: "not found", or the error with a retry. */
export function LoadFailure({
  notFound,
  what,
  hint,
  error,
  onRetry,
}: {
  notFound: boolean;
  what: string;
  hint: string;
  error: { message: string };
  onRetry: () => void;
}) {
  const slug = useStoreSlug();
  return (
    <div className="mx-auto max-w-lg space-y-4 py-12 text-center">
      {notFound ? (
        <>
          <h1 className="text-2xl font-semibold">{what} not found</h1>
          <p className="text-gray-600">{hint}</p>
        </>
      ) : (
        <ErrorBox error={error} onRetry={onRetry} />
      )}
      <Link href={storePath(slug)} className="inline-block font-medium text-gray-900 underline">
        Back to the shop
      </Link>
    </div>
  );
}
