"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ChangePasswordForm } from "@commerce/ui/password-change";
import { SessionList } from "@commerce/ui/session-list";
import { Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { FormErrorBox, QueryError } from "~/components/api-errors";
import { describeError } from "@commerce/ui/errors";
import { useMe, type Me } from "~/components/session";
import { roleWords } from "@commerce/ui/roles";
import { button, Card, describedBy, Field, formatDateShort, inputClass, PageHeader, SuccessNote } from "~/components/ui";
import { SubmitButton } from "@commerce/ui/form";

export default function ProfilePage() {
  const me = useMe();
  return (
    <>
      <PageHeader title="Profile" description="Your name, your password and where you are signed in." />
      {me.error ? (
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      ) : me.isPending ? (
        <Spinner label="Loading your profile…" />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-6">
            <NameForm me={me.data} />
            <Card title="Change password">
              <ChangePasswordForm buttonClassName={button.primary} idPrefix="profile" />
            </Card>
          </div>
          <Account me={me.data} />
          <div className="lg:col-span-2">
            <section aria-labelledby="devices-heading" className="space-y-3">
              <h2 id="devices-heading" className="text-sm font-semibold text-gray-900">
                Signed-in devices
              </h2>
              <SessionList label="Signed-in devices" />
            </section>
          </div>
        </div>
      )}
    </>
  );
}

function Account({ me }: { me: Me }) {
  return (
    <Card title="Account">
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-gray-500">Email</dt>
        <dd className="text-gray-900">{me.email}</dd>
        <dt className="text-gray-500">Role</dt>
        <dd className="text-gray-900">{roleWords[me.role]}</dd>
        {me.company && (
          <>
            <dt className="text-gray-500">Company</dt>
            <dd className="text-gray-900">{me.company.name}</dd>
          </>
        )}
        {me.shop && (
          <>
            <dt className="text-gray-500">Shop</dt>
            <dd className="text-gray-900">
              {me.shop.name} ({me.shop.code})
            </dd>
          </>
        )}
        {me.staffCode && (
          <>
            <dt className="text-gray-500">Staff number</dt>
            <dd className="font-mono text-gray-900">{me.staffCode}</dd>
          </>
        )}
        <dt className="text-gray-500">POS PIN</dt>
        <dd className="text-gray-900">{me.hasPin ? "Set" : "Not set"}</dd>
        <dt className="text-gray-500">Last sign-in</dt>
        <dd className="text-gray-900">{me.lastSignInAt ? formatDateShort(me.lastSignInAt) : "—"}</dd>
      </dl>
    </Card>
  );
}

function NameForm({ me }: { me: Me }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.name);
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.identity.updateProfile.mutationOptions({
      onMutate: () => setSaved(false),
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.identity.me.queryKey(), updated);
        setSaved(true);
      },
    }),
  );
  const errors = describeError(update.error, { name: "name" });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!update.isPending) update.mutate({ name });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Your name">
      <Card title="Your name">
        <div className="space-y-4">
          {saved && <SuccessNote>Name saved.</SuccessNote>}
          <FormErrorBox errors={errors} />
          <Field id="profile-name" label="Name" error={errors.fields.name}>
            <input
              {...describedBy("profile-name", errors.fields.name)}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setSaved(false);
              }}
              maxLength={120}
              autoComplete="name"
              className={inputClass}
            />
          </Field>
          <SubmitButton pending={update.isPending} className={button.primary}>
            Save name
          </SubmitButton>
        </div>
      </Card>
    </form>
  );
}
