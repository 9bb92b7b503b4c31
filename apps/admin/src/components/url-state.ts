"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/** Reads and writes a page's filters in its query string, so a view can be linked and reloaded. */
export function useUrlState() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();

  const set = useCallback(
    (changes: Record<string, string | number | null | undefined>) => {
      const next = new URLSearchParams(filtersOnly(params));
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === "") next.delete(key);
        else next.set(key, String(value));
      }
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );

  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  return { params, page, set };
}

/** Drops one-off flags (like a success banner) when the filters change. */
function filtersOnly(params: URLSearchParams): string {
  const next = new URLSearchParams(params.toString());
  next.delete("added");
  next.delete("new");
  return next.toString();
}
