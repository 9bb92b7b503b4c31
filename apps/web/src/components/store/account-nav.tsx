"use client";
import { useState } from "react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { storePath, withNext } from "~/lib/paths";
import { useCustomer } from "~/lib/use-customer";
import { useSignOut, useStoreSlug } from "~/lib/store-context";
import { HeartIcon, SignOutIcon, UserIcon } from "../icons";
import { headerButton } from "../styles";

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
      <nav aria-label="Your account" className="flex shrink-0 items-center gap-2">
        <span className="hidden max-w-48 truncate text-sm text-gray-600 lg:inline">{customer.me.name}</span>
        {/* On a phone each is an icon: its words stay for screen readers (and tests), so the names do not change. */}
        <Link href={storePath(slug, "/wishlist")} className={headerButton("secondary", "snug")}>
          <HeartIcon className="h-5 w-5 sm:h-4 sm:w-4" />
          <span className="sr-only sm:not-sr-only">Wishlist</span>
        </Link>
        <Link href={storePath(slug, "/account")} className={headerButton("secondary")}>
          <UserIcon className="h-5 w-5 sm:hidden" />
          <span className="sr-only sm:not-sr-only">Account</span>
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
          className={headerButton("primary")}
        >
          <SignOutIcon className="h-5 w-5 sm:hidden" />
          <span className="sr-only sm:not-sr-only">Sign out</span>
        </button>
      </nav>
    );
  }
  // After signing in, come back here (unless "here" is one of the sign-in pages).
  const onAuthPage = /\/(signin|register|forgot-password|reset-password)$/.test(pathname);
  const here = search ? `${pathname}?${search}` : pathname;
  const next = onAuthPage || here === storePath(slug) ? null : here;
  return (
    <nav aria-label="Your account" className="flex shrink-0 items-center gap-2">
      <Link href={withNext(storePath(slug, "/signin"), next)} className={headerButton("secondary")}>
        <UserIcon className="h-5 w-5 sm:hidden" />
        <span className="sr-only sm:not-sr-only">Sign in</span>
      </Link>
      {/* Words even on a phone: an icon for "Register" would be a guess. */}
      <Link href={withNext(storePath(slug, "/register"), next)} className={headerButton("primary", "words")}>
        Register
      </Link>
    </nav>
  );
}

export function AccountNavPlaceholder() {
  return <span className="h-10 w-24 shrink-0 rounded-lg bg-gray-100 motion-safe:animate-pulse sm:h-9 sm:w-36" aria-hidden="true" />;
}
