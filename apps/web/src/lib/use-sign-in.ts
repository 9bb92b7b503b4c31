"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useQueryClient } from "@tanstack/react-query";
import { useStoreSlug } from "./store-context";

/**
 * Signs a customer in to this storefront, refreshes what the cache holds and goes to `next`.
 * Resolves to null on success, or to the server's message (shown as is) on failure.
 */
export function useSignIn() {
  const slug = useStoreSlug();
  const router = useRouter();
  const queryClient = useQueryClient();

  return async function signInAndGo({ email, password, next }: { email: string; password: string; next: string }): Promise<string | null> {
    let result: Awaited<ReturnType<typeof signIn>>;
    try {
      result = await signIn("password", { redirect: false, company: slug, email: email.trim(), password });
    } catch {
      // next-auth's client can't read a refusal it doesn't expect (e.g. too many attempts).
      return "We could not sign you in just now. Wait a minute and try again.";
    }
    if (!result?.ok || result.error) {
      const error = result?.error;
      return !error || error === "CredentialsSignin" ? "Wrong email or password" : error;
    }
    await queryClient.invalidateQueries();
    router.push(next);
    return null;
  };
}
