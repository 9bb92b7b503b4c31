import Link from "next/link";
import { storePath, withNext } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { panel, primaryButton, secondaryButton } from "../styles";

const accountsOnly = "Orders belong to an account, so you can follow them later. Your basket is kept while you sign in.";

/** Shown to visitors instead of (or beside) the checkout form; both links come back to `next`. */
export function SignInToCheckOut({ next, intro = accountsOnly }: { next: string; intro?: string }) {
  const slug = useStoreSlug();
  return (
    <section aria-labelledby="sign-in-to-check-out" className={`space-y-4 ${panel}`}>
      <h2 id="sign-in-to-check-out" className="text-lg font-semibold">
        Sign in to check out
      </h2>
      <p className="text-sm text-gray-600">{intro}</p>
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
