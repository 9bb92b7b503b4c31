"use client";
import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { signOut, useSession } from "next-auth/react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { describeError } from "@commerce/ui/errors";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { primaryButton, textLink } from "../styles";
import { AuthCard } from "./auth-card";
import { Field, FormAlert, inputClass, SubmitButton, SuccessNote } from "@commerce/ui/form";

/** /<slug>/reset-password?token=…: the emailed link. Sets a new password; every session ends. */
export function ResetPasswordForm() {
  const trpc = useTRPC();
  const slug = useStoreSlug();
  const token = useSearchParams().get("token") ?? "";
  const session = useSession();
  const reset = useMutation(
    trpc.identity.resetPassword.mutationOptions({
      // The server ended every session of the account, this browser's too if it was signed in.
      onSuccess: () => void (session.status === "authenticated" ? signOut({ redirect: false }) : undefined),
    }),
  );
  const [password, setPassword] = useState("");
  const error = describeError(reset.error, ["password", "token"]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reset.isPending) reset.mutate({ token, password });
  }

  const askAgain = (text: string) => (
    <Link href={storePath(slug, "/forgot-password")} className="font-medium underline">
      {text}
    </Link>
  );

  return (
    <AuthCard title="Reset your password">
      {reset.isSuccess ? (
        <SuccessNote>
          Your password has been set.{" "}
          <Link href={storePath(slug, "/signin")} className={textLink}>
            Sign in with your new password
          </Link>
        </SuccessNote>
      ) : !token ? (
        <FormAlert>This reset link is incomplete. Open the link from the email again, or {askAgain("ask for a new link")}.</FormAlert>
      ) : (
        <form noValidate onSubmit={submit} aria-label="Reset your password" className="space-y-4">
          <Field id="reset-password" label="New password" error={error?.fields.password} hint="At least 10 characters, mixing letters with digits or symbols.">
            {(aria) => (
              <input
                {...aria}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                disabled={reset.isPending}
                className={inputClass}
              />
            )}
          </Field>
          {error?.fields.token ? (
            <FormAlert>This link has expired or was already used. {askAgain("Ask for a new link")}.</FormAlert>
          ) : (
            error?.message && <FormAlert>{error.message}</FormAlert>
          )}
          <SubmitButton pending={reset.isPending} className={primaryButton} working={"Saving…"}>
            Set password
          </SubmitButton>
        </form>
      )}
    </AuthCard>
  );
}
