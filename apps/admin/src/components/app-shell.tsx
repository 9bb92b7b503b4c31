"use client";
import { useQueryClient } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ErrorBox } from "@commerce/ui/states";
import { isSignedOutError, messageOf } from "@commerce/ui/errors";
import { MainNav } from "./nav";
import { signInUrl, useMe } from "./session";
import { roleWords } from "@commerce/ui/roles";
import { button } from "./ui";

/**
 * The signed-in frame: navigation for the caller's role, who is signed in, and "Sign out".
 * Any call answered UNAUTHORIZED means the session has ended: we go to the sign-in page and
 * come back here afterwards.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const me = useMe();
  const router = useRouter();
  const queryClient = useQueryClient();
  const leaving = useRef(false);
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);

  useEffect(() => {
    const check = (error: unknown) => {
      if (leaving.current || !isSignedOutError(error)) return;
      leaving.current = true;
      router.replace(signInUrl(window.location.pathname + window.location.search));
    };
    const queries = queryClient.getQueryCache();
    const mutations = queryClient.getMutationCache();
    for (const q of queries.getAll()) if (q.state.status === "error") check(q.state.error);
    const offQueries = queries.subscribe((e) => {
      if (e.type === "updated" && e.action.type === "error") check(e.action.error);
    });
    const offMutations = mutations.subscribe((e) => {
      if (e.type === "updated" && e.action.type === "error") check(e.action.error);
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [queryClient, router]);

  async function onSignOut() {
    if (signingOut) return;
    setSigningOut(true);
    setSignOutError(null);
    leaving.current = true;
    try {
      await signOut({ redirect: false });
      router.replace("/signin");
      queryClient.clear();
    } catch {
      leaving.current = false;
      setSigningOut(false);
      setSignOutError("Could not sign out: the server did not answer. Try again.");
    }
  }

  const user = me.data;
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <aside className="bg-gray-900 text-white md:sticky md:top-0 md:h-screen md:w-56 md:shrink-0">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 md:block md:px-4 md:py-5">
          <Link href="/" className="flex items-center gap-2 text-base font-semibold tracking-tight whitespace-nowrap">
            <span
              aria-hidden="true"
              className="grid h-7 w-7 place-items-center rounded-md bg-indigo-500 text-sm font-bold"
              style={user?.company?.brandColour ? { backgroundColor: user.company.brandColour } : undefined}
            >
              C
            </span>
            Commerce Admin
          </Link>
          <div className="max-w-full overflow-x-auto md:mt-6">
            {user ? (
              <MainNav role={user.role} />
            ) : (
              <div aria-hidden="true" className="flex gap-2 md:flex-col">
                {[0, 1, 2].map((i) => (
                  <span key={i} className="h-8 w-24 motion-safe:animate-pulse rounded-md bg-gray-800 md:w-full" />
                ))}
              </div>
            )}
          </div>
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="border-b border-gray-200 bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6 lg:px-8">
            <div className="min-w-0">
              {user ? (
                <p className="truncate text-sm font-semibold text-gray-900" data-testid="company-name">
                  {user.company?.name ?? "Platform administration"}
                </p>
              ) : (
                <span aria-hidden="true" className="block h-4 w-40 motion-safe:animate-pulse rounded bg-gray-200" />
              )}
            </div>
            <div className="flex items-center gap-3">
              {user && (
                <p className="text-right text-sm leading-tight">
                  <span className="block font-medium text-gray-900" data-testid="user-name">
                    {user.name}
                  </span>
                  <span className="block text-xs text-gray-500" data-testid="user-role">
                    {roleWords[user.role]}
                    {user.shop ? ` · ${user.shop.name}` : ""}
                  </span>
                </p>
              )}
              <button type="button" onClick={() => void onSignOut()} className={button.secondary} disabled={signingOut} aria-busy={signingOut || undefined}>
                Sign out
              </button>
            </div>
          </div>
        </header>
        <main className="min-w-0 flex-1">
          <div className="mx-auto max-w-7xl space-y-4 px-4 py-6 sm:px-6 lg:px-8">
            {signOutError && <ErrorBox error={{ message: signOutError }} />}
            {me.error && !isSignedOutError(me.error) && (
              <ErrorBox error={{ message: `Could not load your account: ${messageOf(me.error)}` }} onRetry={() => void me.refetch()} />
            )}
            <div>{children}</div>
          </div>
        </main>
      </div>
    </div>
  );
}
