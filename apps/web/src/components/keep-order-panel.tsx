import Link from "next/link";
import { storePath, withNext } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { panel, primaryButton, secondaryButton } from "./styles";

/**
 * For a guest following their order by its link: an account keeps it. Both links come back to
 * `next` (the order's page with its key), where the order can then be added to the account.
 */
export function KeepOrderPanel({ next }: { next: string }) {
  const slug = useStoreSlug();
  return (
    <section aria-labelledby="keep-order-heading" className={`space-y-3 ${panel}`}>
      <h2 id="keep-order-heading" className="text-lg font-semibold">
        Keep this order in an account
      </h2>
      <p className="text-sm text-gray-600">
        You placed this order as a guest, and this page&apos;s link is the way back to it. Create an account or sign in, then add the order to your account to
        follow it with your other orders.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href={withNext(storePath(slug, "/register"), next)} className={primaryButton}>
          Create an account
        </Link>
        <Link href={withNext(storePath(slug, "/signin"), next)} className={secondaryButton}>
          Sign in
        </Link>
      </div>
    </section>
  );
}
