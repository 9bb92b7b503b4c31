"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";

// Whether the basket drawer is open, shared by what opens it (the header's Basket button, the
// buy box's "Add to basket") and the frame that shows it. Moving to another page closes it.

interface BasketDrawer {
  open: boolean;
  /** Said at the top of the drawer: what the change that opened it could not do as asked. */
  notice: string | null;
  show: (notice?: string | null) => void;
  close: () => void;
}

const BasketDrawerContext = createContext<BasketDrawer | null>(null);

export function BasketDrawerProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [state, setState] = useState<{ open: boolean; notice: string | null; path: string }>({ open: false, notice: null, path: pathname });

  useEffect(() => {
    if (state.open && state.path !== pathname) setState({ open: false, notice: null, path: pathname });
  }, [pathname, state]);

  const show = useCallback((notice: string | null = null) => setState({ open: true, notice, path: pathname }), [pathname]);
  const close = useCallback(() => setState((s) => ({ ...s, open: false, notice: null })), []);
  const value = useMemo<BasketDrawer>(
    () => ({ open: state.open && state.path === pathname, notice: state.notice, show, close }),
    [state, pathname, show, close],
  );
  return <BasketDrawerContext.Provider value={value}>{children}</BasketDrawerContext.Provider>;
}

export function useBasketDrawer(): BasketDrawer {
  const drawer = useContext(BasketDrawerContext);
  if (!drawer) throw new Error("useBasketDrawer must be used inside a storefront (BasketDrawerProvider)");
  return drawer;
}
