import Link from "next/link";
import { storePath, withNext } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { panel, primaryButton, secondaryButton } from "../styles";

/** Shown instead of the checkout form to visitors; both links come back here with the basket. */
export function SignInToCheckOut({ next }: { next: string }) {
  const slug = useStoreSlug();
  return (
    <section aria-labelledby="sign-in-to-check-out" className={`space-y-4 ${panel}`}>
      <h2 id="sign-in-to-check-out" className="text-lg font-semibold">
        Sign in to check out
      </h2>
      <p className="text-sm text-gray-600">Orders belong to an account, so you can follow them later. Your basket is kept while you sign in.</p>
      <div className="flex flex-wrap gap-3">
        <Link href={withNext(storePath(slug, "/signin"), next)} className={primaryButton}>
          Sign in
        </Link>
        <Link href={withNext(storePath(slug, "/register"), next)} className={secondaryButton}>
          Create an account
        </Link>
      </div>
    </section>
  );
}
