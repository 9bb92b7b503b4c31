"use client";
import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { describeError } from "@commerce/ui/errors";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { primaryButton, textLink } from "../styles";
import { AuthCard } from "./auth-card";
import { Field, FormAlert, inputClass, SubmitButton, SuccessNote } from "@commerce/ui/form";

/** /<slug>/forgot-password: asks for a reset link. The answer never says whether the account exists. */
export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const slug = useStoreSlug();
  const request = useMutation(trpc.identity.requestPasswordReset.mutationOptions());
  const [email, setEmail] = useState("");
  const error = describeError(request.error, ["email"]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!request.isPending) request.mutate({ email });
  }

  return (
    <AuthCard
      title="Forgot your password?"
      intro="Enter the email of your account and we will send you a link to choose a new password."
      footer={
        <p>
          <Link href={storePath(slug, "/signin")} className={textLink}>
            Back to sign in
          </Link>
        </p>
      }
    >
      {request.isSuccess ? (
        <SuccessNote>If an account exists for that email, a reset link is on its way.</SuccessNote>
      ) : (
        <form noValidate onSubmit={submit} aria-label="Request a reset link" className="space-y-4">
          <Field id="forgot-email" label="Email" error={error?.fields.email}>
            {(aria) => (
              <input
                {...aria}
                type="email"
                autoComplete="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                disabled={request.isPending}
                className={inputClass}
              />
            )}
          </Field>
          {error?.message && <FormAlert>{error.message}</FormAlert>}
          <SubmitButton pending={request.isPending} className={primaryButton} working={"Sending…"}>
            Send reset link
          </SubmitButton>
        </form>
      )}
    </AuthCard>
  );
}
