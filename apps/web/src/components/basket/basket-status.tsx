"use client";
import type { ReactNode } from "react";
import Link from "next/link";
import { Empty, ErrorBox, Spinner } from "@commerce/ui/states";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import type { useBasket } from "~/lib/use-basket";
import { textLink } from "../styles";

// What the basket's drawer and its page show around the lines: the same words in both.

/** What the last change could not do as asked (a quantity held to the stock). */
export function BasketNotice({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} role="status" className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
      {children}
    </p>
  );
}

/**
 * Stands in for the lines while the basket loads, when it could not be read, or when it is empty
 * (with the way back to the shop); nothing once there are lines to show.
 */
export function BasketPlaceholder({ basket, onBrowse }: { basket: ReturnType<typeof useBasket>; onBrowse?: () => void }) {
  const slug = useStoreSlug();
  if (basket.isPending) return <Spinner label="Loading your basket…" />;
  if (!basket.data) return <ErrorBox error={basket.error} onRetry={() => void basket.refetch()} />;
  if (basket.data.lines.length > 0) return null;
  return (
    <Empty>
      Your basket is empty.{" "}
      <Link href={storePath(slug)} onClick={onBrowse} className={textLink}>
        Browse the shop
      </Link>
    </Empty>
  );
}
