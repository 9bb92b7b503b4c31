"use client";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@commerce/ui/trpc";
import { FormErrorBox } from "~/components/api-errors";
import { describeError } from "@commerce/ui/errors";
import { button, describedBy, Field, inputClass } from "~/components/ui";
import { SubmitButton } from "@commerce/ui/form";

const fieldMap = { email: "email" };

export default function ForgotPasswordPage() {
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const request = useMutation(trpc.identity.requestPasswordReset.mutationOptions());
  const errors = describeError(request.error, fieldMap);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (request.isPending) return;
    request.mutate({ email });
  }

  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-gray-900">Forgot your password?</h1>
      {request.isSuccess ? (
        <div className="mt-4 space-y-4 text-sm">
          {/* The same answer whether or not the account exists. */}
          <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-emerald-900">
            If an account exists for {request.variables.email}, we have sent it a link to choose a new password. The link works once, for one hour.
          </p>
          <p>
            <Link href="/signin" className="font-medium text-indigo-600 hover:text-indigo-500 hover:underline">
              Back to sign in
            </Link>
          </p>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
          <p className="text-sm text-gray-500">Enter the email you sign in with and we&apos;ll send you a link to set a new password.</p>
          <FormErrorBox errors={errors} />
          <Field id="forgot-email" label="Email" error={errors.fields.email}>
            <input
              {...describedBy("forgot-email", errors.fields.email)}
              name="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              className={inputClass}
            />
          </Field>
          <SubmitButton pending={request.isPending} className={`${button.primary} w-full`}>
            Send reset link
          </SubmitButton>
          <p className="text-center text-sm">
            <Link href="/signin" className="font-medium text-indigo-600 hover:text-indigo-500 hover:underline">
              Back to sign in
            </Link>
          </p>
        </form>
      )}
    </>
  );
}
