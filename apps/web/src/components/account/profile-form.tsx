"use client";
import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { describeError } from "@commerce/ui/errors";
import type { Me } from "~/lib/use-customer";
import { primaryButton } from "../styles";
import { AccountSection } from "./section";
import { Field, FormAlert, inputClass, SubmitButton, SuccessNote } from "@commerce/ui/form";

export function ProfileForm({ me }: { me: Me }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.name);
  const update = useMutation(
    trpc.identity.updateProfile.mutationOptions({
      onSuccess: (fresh) => queryClient.setQueryData(trpc.identity.me.queryKey(), fresh),
    }),
  );
  const error = describeError(update.error, ["name"]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!update.isPending) update.mutate({ name });
  }

  return (
    <AccountSection id="profile" title="Profile">
      <form noValidate onSubmit={submit} aria-label="Profile" className="space-y-4">
        <Field id="profile-name" label="Name" error={error?.fields.name}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              autoComplete="name"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                if (update.isSuccess) update.reset();
              }}
              disabled={update.isPending}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="profile-email" label="Email" hint="The email you sign in with.">
          {(aria) => <input {...aria} type="email" value={me.email} readOnly className={inputClass} />}
        </Field>
        {error?.message && <FormAlert>{error.message}</FormAlert>}
        {update.isSuccess && <SuccessNote>Saved.</SuccessNote>}
        <SubmitButton pending={update.isPending} className={primaryButton} working={"Saving…"}>
          Save
        </SubmitButton>
      </form>
    </AccountSection>
  );
}
