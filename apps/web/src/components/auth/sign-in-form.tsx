"use client";
import { useEffect, useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { Spinner } from "@commerce/ui/states";
import { safeNext, storePath, withNext } from "~/lib/paths";
import { useCustomer } from "~/lib/use-customer";
import { useSignIn } from "~/lib/use-sign-in";
import { useStoreSlug } from "~/lib/store-context";
import { primaryButton, textLink } from "../styles";
import { AuthCard } from "./auth-card";
import { Field, FormAlert, inputClass, SubmitButton } from "@commerce/ui/form";

/** /<slug>/signin?next=…: email and password; back to `next` (or the shop) once signed in. */
export function SignInForm() {
  const slug = useStoreSlug();
  const router = useRouter();
  const next = safeNext(useSearchParams().get("next"), slug);
  const customer = useCustomer();
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Already signed in here (e.g. a second tab): nothing to do on this page.
  const alreadyIn = customer.status === "signedIn" && !busy;
  useEffect(() => {
    if (alreadyIn) router.replace(next);
  }, [alreadyIn, next, router]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const problem = await signIn({ email, password, next });
    if (problem) {
      setError(problem);
      setBusy(false);
    }
  }

  if (alreadyIn) return <Spinner label="You are signed in. Taking you back…" />;

  return (
    <AuthCard
      title="Sign in"
      intro="Sign in to check out and follow your orders."
      footer={
        <p>
          New here?{" "}
          <Link href={withNext(storePath(slug, "/register"), next === storePath(slug) ? null : next)} className={textLink}>
            Create an account
          </Link>
        </p>
      }
    >
      <form noValidate onSubmit={submit} aria-label="Sign in" className="space-y-4">
        <Field id="signin-email" label="Email">
          {(aria) => (
            <input
              {...aria}
              type="email"
              name="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="signin-password" label="Password">
          {(aria) => (
            <input
              {...aria}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <FormAlert>{error}</FormAlert>
        <SubmitButton pending={busy} className={primaryButton} working={"Signing in…"}>
          Sign in
        </SubmitButton>
        <p>
          <Link href={storePath(slug, "/forgot-password")} className="text-sm text-gray-600 underline underline-offset-4 hover:text-gray-900">
            Forgot your password?
          </Link>
        </p>
      </form>
    </AuthCard>
  );
}
