"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { describeError } from "./errors";
import { Field, FormAlert, touchInputClass } from "./form";
import { useTRPC } from "./trpc";

const fields = ["currentPin", "newPin"] as const;

/** Changes the signed-in staff member's own till PIN (a manager sets a forgotten one in the portal). */
export function ChangePinForm({ hasPin }: { hasPin: boolean }) {
  const trpc = useTRPC();
  const changePin = useMutation(trpc.identity.changePin.mutationOptions());
  const [currentPin, setCurrentPin] = useState("");
  const [newPin, setNewPin] = useState("");
  const error = describeError(changePin.error, fields);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (changePin.isPending) return;
    changePin.mutate(
      { currentPin, newPin },
      {
        onSuccess: () => {
          setCurrentPin("");
          setNewPin("");
        },
      },
    );
  }

  // Typing again clears the last answer, so an old error or "changed" does not linger.
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    if (!changePin.isIdle) changePin.reset();
  };
  const pinInput = `${touchInputClass} font-mono tracking-[0.3em]`;
  const fieldErrors = [error.fields.currentPin, error.fields.newPin].filter(Boolean);

  return (
    <>
      {!hasPin && <p className="mb-3 text-sm text-amber-800">This account has no PIN yet; ask your manager to set one.</p>}
      <form onSubmit={submit} noValidate aria-label="Change PIN" className="space-y-4">
        <Field id="current-pin" label="Current PIN" error={error.fields.currentPin} touch>
          {(aria) => (
            <input
              {...aria}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={currentPin}
              onChange={(e) => edit(setCurrentPin)(e.target.value)}
              className={pinInput}
            />
          )}
        </Field>
        <Field id="new-pin" label="New PIN" error={error.fields.newPin} touch>
          {(aria) => (
            <input
              {...aria}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={newPin}
              onChange={(e) => edit(setNewPin)(e.target.value)}
              className={pinInput}
            />
          )}
        </Field>
        {fieldErrors.length > 0 && (
          <p role="alert" className="sr-only">
            {fieldErrors.join(". ")}
          </p>
        )}
        {error.message && !fieldErrors.length && <FormAlert>{error.message}</FormAlert>}
        {changePin.isSuccess && (
          <p role="status" className="rounded-xl bg-emerald-50 p-3 text-sm font-medium text-emerald-900">
            Your PIN has been changed. Use the new one next time you sign in.
          </p>
        )}
        <button
          type="submit"
          disabled={changePin.isPending}
          aria-busy={changePin.isPending || undefined}
          className="h-14 w-full rounded-2xl bg-gray-900 text-lg font-bold text-white active:bg-gray-700 disabled:opacity-50"
        >
          Change PIN
        </button>
      </form>
    </>
  );
}
