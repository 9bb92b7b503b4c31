// Every storefront URL lives under its company's slug: /<slug>/...

/** `/<slug>` plus a path that starts with "/" (or nothing, for the catalogue). */
export function storePath(slug: string, path = ""): string {
  return `/${slug}${path}`;
}

/** Adds `?next=` (the page to come back to) to a storefront path. */
export function withNext(path: string, next: string | null | undefined): string {
  return next ? `${path}?${new URLSearchParams({ next })}` : path;
}

/**
 * An order's page. A guest's order carries the key of its link (`?key=`): with it, the order can
 * be followed signed out, and claimed into an account after signing in.
 */
export function orderPath(slug: string, orderId: string, key?: string | null): string {
  const path = storePath(slug, `/orders/${orderId}`);
  return key ? `${path}?${new URLSearchParams({ key })}` : path;
}

const authPages = ["/signin", "/register", "/forgot-password", "/reset-password"];

/**
 * The `next` return path, if it is a page of this storefront; otherwise the catalogue. Only
 * same-store paths are followed, so a crafted link can't send a shopper to another site, and
 * the sign-in pages never come back to themselves.
 */
export function safeNext(next: string | null | undefined, slug: string): string {
  const home = storePath(slug);
  if (!next || !next.startsWith(home) || next.includes("\\")) return home;
  const rest = next.slice(home.length);
  if (rest !== "" && !/^[/?#]/.test(rest)) return home;
  const path = rest.split(/[?#]/)[0] ?? "";
  if (authPages.some((p) => path === p || path.startsWith(`${p}/`))) return home;
  return next;
}

/** The current page (path and query), to return to after signing in. */
export function currentLocation(): string {
  return typeof window === "undefined" ? "" : `${window.location.pathname}${window.location.search}`;
}
