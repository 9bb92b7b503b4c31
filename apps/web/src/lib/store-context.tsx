"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { usePathname, useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { storePath } from "./paths";

interface Store {
  /** The company being visited: the first segment of the URL. */
  slug: string;
  /** True while signing out from the current page, so guarded pages don't bounce to sign-in. */
  signingOut: boolean;
  signOut: () => Promise<void>;
}

const StoreContext = createContext<Store | null>(null);

export function StoreProvider({ slug, children }: { slug: string; children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const [signingOutFrom, setSigningOutFrom] = useState<string | null>(null);

  // The flag only lasts while the page where sign-out started is on screen.
  useEffect(() => {
    if (signingOutFrom !== null && pathname !== signingOutFrom) setSigningOutFrom(null);
  }, [pathname, signingOutFrom]);

  const endSession = useCallback(async () => {
    setSigningOutFrom(pathname);
    try {
      await signOut({ redirect: false });
    } finally {
      // Nothing personal stays in the cache once signed out.
      for (const key of [trpc.identity.pathKey(), trpc.order.pathKey(), trpc.payment.status.pathKey(), trpc.review.mine.pathKey(), trpc.wishlist.pathKey()]) {
        queryClient.removeQueries({ queryKey: key });
      }
      // The basket was the account's: a visitor starts with their own (empty) one.
      void queryClient.resetQueries({ queryKey: trpc.cart.pathKey() });
      router.push(storePath(slug));
    }
  }, [pathname, queryClient, router, slug, trpc]);

  const value = useMemo<Store>(
    () => ({ slug, signingOut: signingOutFrom !== null && signingOutFrom === pathname, signOut: endSession }),
    [slug, signingOutFrom, pathname, endSession],
  );
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useStore must be used inside a storefront (StoreProvider)");
  return store;
}

export const useStoreSlug = () => useStore().slug;
export const useSignOut = () => useStore().signOut;
export const useSigningOut = () => useStore().signingOut;
