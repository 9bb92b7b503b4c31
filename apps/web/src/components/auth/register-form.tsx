"use client";
import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { describeError } from "@commerce/ui/errors";
import { safeNext, storePath, withNext } from "~/lib/paths";
import { useSignIn } from "~/lib/use-sign-in";
import { useStoreSlug } from "~/lib/store-context";
import { primaryButton, textLink } from "../styles";
import { AuthCard } from "./auth-card";
import { Field, FormAlert, inputClass, SubmitButton } from "@commerce/ui/form";

const FIELDS = ["name", "email", "password"] as const;

/** /<slug>/register?next=…: creates a customer of this shop, signs them in and goes on to `next`. */
export function RegisterForm() {
  const trpc = useTRPC();
  const slug = useStoreSlug();
  const next = safeNext(useSearchParams().get("next"), slug);
  const register = useMutation(trpc.identity.register.mutationOptions());
  const signIn = useSignIn();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [signInProblem, setSignInProblem] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);

  const error = describeError(register.error, FIELDS);
  const busy = register.isPending || signingIn;
  const signInHref = withNext(storePath(slug, "/signin"), next === storePath(slug) ? null : next);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSignInProblem(null);
    try {
      await register.mutateAsync({ name, email, password });
    } catch {
      return; // shown from register.error
    }
    setSigningIn(true);
    const problem = await signIn({ email, password, next });
    if (problem) {
      setSignInProblem(problem);
      setSigningIn(false);
    }
  }

  return (
    <AuthCard
      title="Create an account"
      intro="An account lets you check out and follow your orders in this shop."
      footer={
        <p>
          Already have an account?{" "}
          <Link href={signInHref} className={textLink}>
            Sign in
          </Link>
        </p>
      }
    >
      <form noValidate onSubmit={submit} aria-label="Create an account" className="space-y-4">
        <Field id="register-name" label="Name" error={error?.fields.name}>
          {(aria) => (
            <input {...aria} type="text" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} disabled={busy} className={inputClass} />
          )}
        </Field>
        <Field id="register-email" label="Email" error={error?.fields.email}>
          {(aria) => (
            <input
              {...aria}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              disabled={busy}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="register-password" label="Password" error={error?.fields.password} hint="At least 10 characters, mixing letters with digits or symbols.">
          {(aria) => (
            <input
              {...aria}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              disabled={busy}
              className={inputClass}
            />
          )}
        </Field>
        {error?.message && <FormAlert>{error.message}</FormAlert>}
        {signInProblem && (
          <FormAlert>
            Your account was created, but signing in failed: {signInProblem}{" "}
            <Link href={signInHref} className="font-medium underline">
              Sign in
            </Link>
          </FormAlert>
        )}
        <SubmitButton pending={busy} className={primaryButton} working={signingIn ? "Signing you in…" : "Creating your account…"}>
          Create account
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
