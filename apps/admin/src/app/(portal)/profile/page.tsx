"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { RouterOutputs } from "@commerce/api/client";
import { Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { ActionError, formErrorsOf, FormErrorBox, QueryError } from "~/components/api-errors";
import { DataTable, type Column } from "~/components/data-table";
import { roleLabels, useMe, type Me } from "~/components/session";
import { button, Card, describedBy, Field, formatDateShort, inputClass, PageHeader, Pill, SuccessNote } from "~/components/ui";

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
            <PasswordForm />
          </div>
          <Account me={me.data} />
          <div className="lg:col-span-2">
            <Devices />
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
        <dd className="text-gray-900">{roleLabels[me.role]}</dd>
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
  const errors = formErrorsOf(update.error, { name: { field: "name", label: "Name" } });

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
          <button type="submit" className={button.primary} disabled={update.isPending} aria-busy={update.isPending || undefined}>
            Save name
          </button>
        </div>
      </Card>
    </form>
  );
}

const passwordFields = {
  currentPassword: { field: "currentPassword", label: "Current password" },
  newPassword: { field: "newPassword", label: "New password" },
};

function PasswordForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation(
    trpc.identity.changePassword.mutationOptions({
      onMutate: () => setDone(null),
      onSuccess: async (r) => {
        setCurrentPassword("");
        setNewPassword("");
        setDone(
          r.otherSessionsEnded > 0
            ? `Password changed. ${r.otherSessionsEnded} other ${r.otherSessionsEnded === 1 ? "session was" : "sessions were"} signed out.`
            : "Password changed.",
        );
        await queryClient.invalidateQueries({ queryKey: trpc.identity.sessions.queryKey() });
      },
    }),
  );
  const errors = formErrorsOf(change.error, passwordFields);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!change.isPending) change.mutate({ currentPassword, newPassword });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change password">
      <Card title="Change password">
        <div className="space-y-4">
          {done && <SuccessNote>{done}</SuccessNote>}
          <FormErrorBox errors={errors} />
          <Field id="profile-current-password" label="Current password" error={errors.fields.currentPassword}>
            <input
              {...describedBy("profile-current-password", errors.fields.currentPassword)}
              type="password"
              autoComplete="current-password"
              value={currentPassword}
              onChange={(e) => setCurrentPassword(e.target.value)}
              className={inputClass}
            />
          </Field>
          <Field id="profile-new-password" label="New password" error={errors.fields.newPassword} hint="At least 10 characters, mixing letters with digits or symbols. Your other sessions are signed out.">
            <input
              {...describedBy("profile-new-password", errors.fields.newPassword, true)}
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
              className={inputClass}
            />
          </Field>
          <button type="submit" className={button.primary} disabled={change.isPending} aria-busy={change.isPending || undefined}>
            Change password
          </button>
        </div>
      </Card>
    </form>
  );
}

type Device = RouterOutputs["identity"]["sessions"][number];

function Devices() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.identity.sessions.queryOptions());
  const [done, setDone] = useState<string | null>(null);
  const end = useMutation(
    trpc.identity.endSession.mutationOptions({
      onMutate: () => setDone(null),
      onSuccess: async () => {
        setDone("Session ended. That device is signed out.");
        await queryClient.invalidateQueries({ queryKey: trpc.identity.sessions.queryKey() });
      },
    }),
  );

  const columns: Column<Device>[] = [
    { id: "app", header: "App", cell: (s) => <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-medium text-gray-700">{s.app}</span> },
    {
      id: "device",
      header: "Device",
      className: "text-xs text-gray-600",
      cell: (s) => (
        <span className="flex items-center gap-2">
          <span className="block max-w-64 truncate" title={s.userAgent ?? undefined}>
            {s.userAgent ?? "Unknown device"}
          </span>
          {s.current && <Pill tone="indigo">This device</Pill>}
        </span>
      ),
    },
    { id: "ip", header: "IP address", className: "font-mono text-xs", cell: (s) => s.ip ?? "—" },
    { id: "created", header: "Signed in", className: "whitespace-nowrap text-gray-600", cell: (s) => formatDateShort(s.createdAt) },
    { id: "lastUsed", header: "Last active", className: "whitespace-nowrap text-gray-600", cell: (s) => formatDateShort(s.lastUsedAt) },
    {
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      align: "right",
      cell: (s) =>
        s.current ? (
          <span className="text-xs text-gray-500">Use “Sign out”</span>
        ) : (
          <button
            type="button"
            className={button.small}
            disabled={end.isPending}
            aria-busy={(end.isPending && end.variables.id === s.id) || undefined}
            onClick={() => end.mutate({ id: s.id })}
          >
            End session
          </button>
        ),
    },
  ];

  return (
    <section aria-labelledby="devices-heading" className="space-y-3">
      <h2 id="devices-heading" className="text-sm font-semibold text-gray-900">
        Signed-in devices
      </h2>
      {done && <SuccessNote onDismiss={() => setDone(null)}>{done}</SuccessNote>}
      {end.error && <ActionError error={end.error} />}
      <DataTable
        caption="Signed-in devices"
        columns={columns}
        rows={sessions.data}
        rowKey={(s) => s.id}
        rowProps={(s) => ({ "data-session-id": s.id, ...(s.current ? { "data-current": "true" } : {}) })}
        loading={sessions.isPending}
        loadingLabel="Loading your sessions…"
        error={sessions.error}
        onRetry={() => void sessions.refetch()}
        empty="No open sessions."
      />
    </section>
  );
}
