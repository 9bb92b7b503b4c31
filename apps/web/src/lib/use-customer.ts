"use client";
import { useSession } from "next-auth/react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import type { RouterOutputs } from "@commerce/api/client";
import { isSignedOutError } from "@commerce/ui/errors";
import { useStoreSlug } from "./store-context";

export type Me = RouterOutputs["identity"]["me"];

export type CustomerState =
  { status: "loading" } | { status: "signedIn"; me: Me } | { status: "signedOut" } | { status: "error"; error: { message: string }; retry: () => void };

/**
 * Whether a customer of this storefront is signed in. The browser's session says someone is;
 * identity.me says who, and whether the server still honours it here (a customer of another
 * company, or an ended session, is a visitor on this storefront).
 */
export function useCustomer(): CustomerState {
  const slug = useStoreSlug();
  const trpc = useTRPC();
  const session = useSession();
  const authenticated = session.status === "authenticated";
  const me = useQuery({ ...trpc.identity.me.queryOptions(), enabled: authenticated });

  if (session.status === "loading") return { status: "loading" };
  if (!authenticated) return { status: "signedOut" };
  if (me.error) {
    if (isSignedOutError(me.error) || errorIsForbidden(me.error)) return { status: "signedOut" };
    if (!me.data) return { status: "error", error: me.error, retry: () => void me.refetch() };
  }
  if (!me.data) return { status: "loading" };
  return me.data.role === "CUSTOMER" && me.data.company?.slug === slug ? { status: "signedIn", me: me.data } : { status: "signedOut" };
}

function errorIsForbidden(error: { data?: { code?: string } | null }) {
  return error.data?.code === "FORBIDDEN";
}
