"use client";
import { useQueryClient } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Ends the session (server-side row included), forgets everything cached for this person, goes to /signin. */
export function useSignOut() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      await signOut({ redirect: false });
    } catch {
      setPending(false);
      setError("Could not sign out: the server did not answer. Check the connection and try again.");
      return;
    }
    queryClient.clear();
    router.replace("/signin");
  }

  return { signOut: run, pending, error };
}
