"use client";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";

// Who is signed in, as the server says (identity.me), and where each role starts.

export type Me = RouterOutputs["identity"]["me"];
export type Role = Me["role"];

export function useMe() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.identity.me.queryOptions(), staleTime: 60_000 });
}

/** Each role's first page after signing in, and where "/" leads. */
export function homeOf(role: Role): string {
  if (role === "SUPER_ADMIN") return "/companies";
  if (role === "SHOP_MANAGER") return "/orders";
  if (role === "COMPANY_ADMIN") return "/products";
  return "/profile";
}

/** A `next` parameter, when it is a path on this site (never another origin) and not an auth page. */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (/^\/(signin|forgot-password|reset-password|api)(\/|\?|$)/.test(next)) return null;
  return next;
}

export function signInUrl(next?: string) {
  const target = safeNext(next);
  return target && target !== "/" ? `/signin?${new URLSearchParams({ next: target }).toString()}` : "/signin";
}
