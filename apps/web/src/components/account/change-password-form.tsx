"use client";
import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { describeError } from "~/lib/errors";
import { Field, inputClass } from "../field";
import { FormAlert, SuccessNote, Working } from "../form-status";
import { primaryButton } from "../styles";
import { AccountSection } from "./section";

const FIELDS = ["currentPassword", "newPassword"] as const;

/** Changes the password; the server signs out every other device. */
export function ChangePasswordForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const change = useMutation(
    trpc.identity.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrentPassword("");
        setNewPassword("");
        void queryClient.invalidateQueries({ queryKey: trpc.identity.sessions.queryKey() });
      },
    }),
  );
  const error = describeError(change.error, FIELDS);
  const ended = change.data?.otherSessionsEnded ?? 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!change.isPending) change.mutate({ currentPassword, newPassword });
  }

  return (
    <AccountSection id="password" title="Change password">
      <form noValidate onSubmit={submit} aria-label="Change password" className="space-y-4">
        <Field id="current-password" label="Current password" error={error?.fields.currentPassword}>
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
        <Field id="new-password" label="New password" error={error?.fields.newPassword} hint="At least 10 characters, mixing letters with digits or symbols.">
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
        {error?.message && <FormAlert>{error.message}</FormAlert>}
        {change.isSuccess && (
          <SuccessNote>
            Your password has been changed.
            {ended > 0 ? ` ${ended} other ${ended === 1 ? "device was" : "devices were"} signed out.` : ""}
          </SuccessNote>
        )}
        <div className="flex items-center gap-3">
          <button type="submit" disabled={change.isPending} aria-busy={change.isPending} className={primaryButton}>
            Change password
          </button>
          {change.isPending && <Working>Changing…</Working>}
        </div>
      </form>
    </AccountSection>
  );
}
