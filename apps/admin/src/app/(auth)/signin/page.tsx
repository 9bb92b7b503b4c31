"use client";
import { useQueryClient } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { Suspense, useState, type FormEvent } from "react";
import { Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { homeOf, safeNext } from "~/components/session";
import { button, inputClass } from "~/components/ui";
import { SubmitButton } from "@commerce/ui/form";

export default function SignInPage() {
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-gray-900">Sign in</h1>
      <p className="mt-1 text-sm text-gray-500">For company admins, shop managers and platform staff.</p>
      <Suspense fallback={<Spinner />}>
        <SignInForm />
      </Suspense>
    </>
  );
}

function SignInForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const params = useSearchParams();
  const next = safeNext(params.get("next"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  // next-auth puts the server's message in ?error= when it redirects here itself (no script).
  const [error, setError] = useState<string | null>(() => {
    const e = params.get("error");
    return e && e !== "undefined" ? e : null;
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    let res: Awaited<ReturnType<typeof signIn>>;
    try {
      res = await signIn("password", { redirect: false, email, password });
    } catch {
      // A 429 from the sign-in rate limit, or no answer at all, has no next-auth body to read.
      setError("Too many sign-in attempts from this address, or the server could not be reached. Wait a minute and try again.");
      setBusy(false);
      return;
    }
    if (!res || res.error || !res.ok) {
      // The server's own words: wrong password, attempts left, or locked until when.
      setError(res?.error ?? "Sign-in failed. Try again.");
      setBusy(false);
      return;
    }
    // Whatever was cached belonged to whoever was signed in before.
    queryClient.clear();
    let target = next;
    if (!target) {
      try {
        const me = await queryClient.fetchQuery(trpc.identity.me.queryOptions());
        target = homeOf(me.role);
      } catch {
        target = "/"; // the home page finds the role itself, or shows why it can't
      }
    }
    router.replace(target);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="mt-6 space-y-4">
      {error && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </div>
      )}
      <div>
        <label htmlFor="signin-email" className="block text-sm font-medium text-gray-900">
          Email
        </label>
        <input
          id="signin-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          className={`${inputClass} mt-1.5`}
        />
      </div>
      <div>
        <label htmlFor="signin-password" className="block text-sm font-medium text-gray-900">
          Password
        </label>
        <input
          id="signin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className={`${inputClass} mt-1.5`}
        />
      </div>
      <SubmitButton pending={busy} className={`${button.primary} w-full`}>
        Sign in
      </SubmitButton>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-indigo-600 hover:text-indigo-500 hover:underline">
          Forgot your password?
        </Link>
      </p>
    </form>
  );
}
