"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { describeError } from "./errors";
import { Field, FormAlert, inputClass, SubmitButton, SuccessNote } from "./form";
import { useTRPC } from "./trpc";

const fields = ["currentPassword", "newPassword"] as const;

/** Changes the signed-in person's password; the server signs out their other sessions. */
export function ChangePasswordForm({ buttonClassName, idPrefix = "change" }: { buttonClassName: string; idPrefix?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const change = useMutation(
    trpc.identity.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrentPassword("");
        setNewPassword("");
        void queryClient.invalidateQueries(trpc.identity.sessions.queryFilter());
      },
    }),
  );
  const error = describeError(change.error, fields);
  const ended = change.data?.otherSessionsEnded ?? 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!change.isPending) change.mutate({ currentPassword, newPassword });
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Change password" className="space-y-4">
      <Field id={`${idPrefix}-current-password`} label="Current password" error={error.fields.currentPassword}>
        {(aria) => (
          <input
            {...aria}
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
            disabled={change.isPending}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}-new-password`}
        label="New password"
        error={error.fields.newPassword}
        hint="At least 10 characters, mixing letters with digits or symbols. Your other sessions are signed out."
      >
        {(aria) => (
          <input
            {...aria}
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            disabled={change.isPending}
            className={inputClass}
          />
        )}
      </Field>
      {error.message && <FormAlert>{error.message}</FormAlert>}
      {change.isSuccess && (
        <SuccessNote>
          Your password has been changed.
          {ended > 0 ? ` ${ended} other ${ended === 1 ? "session was" : "sessions were"} signed out.` : ""}
        </SuccessNote>
      )}
      <SubmitButton pending={change.isPending} className={buttonClassName} working="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}
