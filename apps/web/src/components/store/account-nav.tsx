"use client";
import { useState } from "react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { storePath, withNext } from "~/lib/paths";
import { useCustomer } from "~/lib/use-customer";
import { useSignOut, useStoreSlug } from "~/lib/store-context";
import { HeartIcon } from "../icons";
import { primaryButton, secondaryButton } from "../styles";

/** "Sign in" / "Register" for visitors; "Wishlist" / "Account" / "Sign out" for a signed-in customer. */
export function AccountNav() {
  const slug = useStoreSlug();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const customer = useCustomer();
  const signOut = useSignOut();
  const [leaving, setLeaving] = useState(false);

  if (customer.status === "loading") return <AccountNavPlaceholder />;
  if (customer.status === "signedIn") {
    return (
      <nav aria-label="Your account" className="flex items-center gap-2">
        <span className="hidden text-sm text-gray-600 sm:inline">{customer.me.name}</span>
        <Link href={storePath(slug, "/wishlist")} className={`${secondaryButton} gap-2 px-3`}>
          <HeartIcon className="h-4 w-4" />
          {/* Only the heart on a phone: the name stays for screen readers. */}
          <span className="sr-only sm:not-sr-only">Wishlist</span>
        </Link>
        <Link href={storePath(slug, "/account")} className={secondaryButton}>
          Account
        </Link>
        <button
          type="button"
          disabled={leaving}
          onClick={async () => {
            setLeaving(true);
            try {
              await signOut();
            } finally {
              setLeaving(false);
            }
          }}
          className={primaryButton}
        >
          Sign out
        </button>
      </nav>
    );
  }
  // After signing in, come back here (unless "here" is one of the sign-in pages).
  const onAuthPage = /\/(signin|register|forgot-password|reset-password)$/.test(pathname);
  const here = search ? `${pathname}?${search}` : pathname;
  const next = onAuthPage || here === storePath(slug) ? null : here;
  return (
    <nav aria-label="Your account" className="flex items-center gap-2">
      <Link href={withNext(storePath(slug, "/signin"), next)} className={secondaryButton}>
        Sign in
      </Link>
      <Link href={withNext(storePath(slug, "/register"), next)} className={primaryButton}>
        Register
      </Link>
    </nav>
  );
}

export function AccountNavPlaceholder() {
  return <span className="h-8 w-36 motion-safe:animate-pulse rounded-lg bg-gray-100" aria-hidden="true" />;
}
