"use client";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Suspense, useState, type FormEvent } from "react";
import { Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { FormErrorBox } from "~/components/api-errors";
import { describeError, fieldErrorsOf } from "@commerce/ui/errors";
import { button, describedBy, Field, inputClass } from "~/components/ui";
import { SubmitButton } from "@commerce/ui/form";

// Both a password reset and an invitation land here with a one-time token.

const fieldMap = { password: "password", token: "token" };

export default function ResetPasswordPage() {
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-gray-900">Choose your password</h1>
      <Suspense fallback={<Spinner />}>
        <ResetForm />
      </Suspense>
    </>
  );
}

function ResetForm() {
  const trpc = useTRPC();
  const token = useSearchParams().get("token") ?? "";
  const [password, setPassword] = useState("");
  const reset = useMutation(trpc.identity.resetPassword.mutationOptions());
  const errors = describeError(reset.error, fieldMap);
  // A bad, used or expired link is reported against "token": nothing in the form can fix it.
  const tokenError =
    errors.fields.token &&
    (fieldErrorsOf(reset.error).token ? "This link is incomplete or not valid; copy the whole link from the email." : errors.fields.token);

  if (!token) {
    return (
      <div className="mt-4 space-y-4 text-sm">
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          This page needs the link from your email. Open the link you received, or ask for a new one.
        </p>
        <Link href="/forgot-password" className="font-medium text-indigo-600 hover:text-indigo-500 hover:underline">
          Ask for a new link
        </Link>
      </div>
    );
  }

  if (reset.isSuccess) {
    return (
      <div className="mt-4 space-y-4 text-sm">
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-emerald-900">
          Your password is set. Sign in with it now.
        </p>
        <Link href="/signin" className={`${button.primary} w-full`}>
          Sign in
        </Link>
      </div>
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (reset.isPending) return;
    reset.mutate({ token, password });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <p className="text-sm text-gray-500">At least 10 characters, mixing letters with digits or symbols.</p>
      {tokenError ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          <p>{tokenError}</p>
          <Link href="/forgot-password" className="mt-1 inline-block font-medium underline hover:no-underline">
            Get a new link
          </Link>
        </div>
      ) : (
        <FormErrorBox errors={errors} />
      )}
      <Field id="reset-password" label="New password" error={errors.fields.password}>
        <input
          {...describedBy("reset-password", errors.fields.password)}
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className={inputClass}
        />
      </Field>
      <SubmitButton pending={reset.isPending} className={`${button.primary} w-full`}>
        Set password
      </SubmitButton>
      <p className="text-center text-sm">
        <Link href="/signin" className="font-medium text-indigo-600 hover:text-indigo-500 hover:underline">
          Back to sign in
        </Link>
      </p>
    </form>
  );
}
