"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { assignableRoles, can } from "@commerce/auth/permissions";
import type { RouterInputs, RouterOutputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";
import { ActionError, formErrorsOf, FormErrorBox } from "~/components/api-errors";
import { DataTable, detailsIdOf, type Column } from "~/components/data-table";
import { roleLabels, useMe, type Role } from "~/components/session";
import { button, Card, describedBy, Field, FormActions, formatDateShort, inputClass, PageHeader, Pill, SuccessNote } from "~/components/ui";

type Member = RouterOutputs["staff"]["list"][number];
type Shop = RouterOutputs["shop"]["list"][number];
type StaffRole = RouterInputs["staff"]["invite"]["role"];
type Panel = { id: string; kind: "edit" | "pin" | "sessions" } | null;

export default function StaffPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const staff = useQuery(trpc.staff.list.queryOptions());
  const shops = useQuery(trpc.shop.list.queryOptions());
  const role = me.data?.role;
  // The permission matrix says which roles the caller may give and whether they may end sessions.
  const giveable = (role ? assignableRoles(role) : []) as StaffRole[];
  const canRevoke = !!role && can(role, "session.revoke");
  const [inviting, setInviting] = useState(false);
  const [panel, setPanel] = useState<Panel>(null);
  const [done, setDone] = useState<string | null>(null);

  const setActive = useMutation(
    trpc.staff.update.mutationOptions({
      onMutate: () => setDone(null),
      onSuccess: async (m) => {
        setDone(m.active ? `${m.name} can sign in again.` : `${m.name} is deactivated and has been signed out everywhere.`);
        await queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
      },
    }),
  );

  const toggle = (id: string, kind: NonNullable<Panel>["kind"]) => {
    setDone(null);
    setPanel((p) => (p?.id === id && p.kind === kind ? null : { id, kind }));
  };

  const columns: Column<Member>[] = [
    {
      id: "name",
      header: "Name and email",
      cell: (m) => (
        <div>
          <div className="font-medium whitespace-nowrap text-gray-900">
            {m.name}
            {m.id === me.data?.id && <span className="ml-1 text-xs font-normal text-gray-500">(you)</span>}
          </div>
          <div className="text-xs text-gray-500">{m.email}</div>
        </div>
      ),
    },
    { id: "role", header: "Role", cell: (m) => roleLabels[m.role as Role] ?? m.role },
    {
      id: "shop",
      header: "Shop",
      className: "text-gray-700",
      cell: (m) =>
        m.shop ? (
          <div>
            <div>{m.shop.name}</div>
            <div className="font-mono text-xs text-gray-500">{m.shop.code}</div>
          </div>
        ) : (
          "—"
        ),
    },
    { id: "staffCode", header: "Staff number", headerClassName: "whitespace-normal!", className: "font-mono text-xs", cell: (m) => m.staffCode ?? "—" },
    { id: "active", header: "Active", cell: (m) => (m.active ? <Pill tone="green">Active</Pill> : <Pill tone="gray">Inactive</Pill>) },
    { id: "locked", header: "Locked", cell: (m) => (m.locked ? <Pill tone="red">Locked</Pill> : <span className="text-gray-500">No</span>) },
    { id: "pin", header: "Has PIN", headerClassName: "whitespace-normal!", cell: (m) => (m.hasPin ? "Yes" : <span className="text-gray-500">No</span>) },
    { id: "lastSignIn", header: "Last sign-in", headerClassName: "whitespace-normal!", className: "min-w-28 text-gray-600", cell: (m) => (m.lastSignInAt ? formatDateShort(m.lastSignInAt) : "Never") },
    {
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      align: "right",
      cell: (m) => {
        const manageable = giveable.includes(m.role as StaffRole);
        const self = m.id === me.data?.id;
        const panelButton = (kind: NonNullable<Panel>["kind"], label: string) => (
          <button type="button" className={button.small} aria-expanded={panel?.id === m.id && panel.kind === kind} aria-controls={detailsIdOf(m.id)} onClick={() => toggle(m.id, kind)}>
            {label}
          </button>
        );
        return (
          <div className="ml-auto grid w-max grid-cols-[auto_auto] gap-1">
            {manageable && !self && panelButton("edit", "Edit")}
            {manageable && !self && (
              <button
                type="button"
                className={m.active ? button.smallDanger : button.small}
                disabled={setActive.isPending}
                aria-busy={(setActive.isPending && setActive.variables.id === m.id) || undefined}
                onClick={() => {
                  if (m.active && !window.confirm(`Deactivate ${m.name}? They are signed out at once and cannot sign in again.`)) return;
                  setActive.mutate({ id: m.id, active: !m.active });
                }}
              >
                {m.active ? "Deactivate" : "Reactivate"}
              </button>
            )}
            {manageable && panelButton("pin", "Set PIN")}
            {canRevoke && panelButton("sessions", "Sessions")}
          </div>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title="Staff"
        description={role === "SHOP_MANAGER" ? "The team of your shop." : "Everyone who works for your company, in the back office and at the tills."}
        actions={
          giveable.length > 0 && (
            <button
              type="button"
              className={button.primary}
              aria-expanded={inviting}
              aria-controls="invite-member"
              onClick={() => {
                setDone(null);
                setInviting((o) => !o);
              }}
            >
              <span aria-hidden="true">+</span> Invite
            </button>
          )
        }
      />
      <div className="space-y-4">
        {done && <SuccessNote onDismiss={() => setDone(null)}>{done}</SuccessNote>}
        {inviting && (
          <InviteForm
            roles={giveable}
            shops={shops.data ?? []}
            onCancel={() => setInviting(false)}
            onInvited={(message) => {
              setInviting(false);
              setDone(message);
            }}
          />
        )}
        {setActive.error && <ActionError error={setActive.error} />}
        <DataTable
          caption="Team members"
          dense
          columns={columns}
          rows={staff.data}
          rowKey={(m) => m.id}
          rowProps={(m) => ({ "data-user-id": m.id, "data-email": m.email })}
          loading={staff.isPending}
          loadingLabel="Loading the team…"
          error={staff.error}
          onRetry={() => void staff.refetch()}
          empty="No team members yet. Invite the first one."
          details={(m) => {
            if (panel?.id !== m.id) return null;
            const close = () => setPanel(null);
            const finish = (message: string) => {
              setPanel(null);
              setDone(message);
            };
            if (panel.kind === "edit") return <EditPanel member={m} roles={giveable} shops={shops.data ?? []} onCancel={close} onSaved={finish} />;
            if (panel.kind === "pin") return <PinPanel member={m} onCancel={close} onSaved={finish} />;
            return <SessionsPanel member={m} onClose={close} />;
          }}
        />
      </div>
    </>
  );
}

/** Which shop a team member works in; company admins work in all of them. */
function ShopSelect({ id, error, hasHint = false, companyWide, shops, value, onChange }: {
  id: string;
  error: string | undefined;
  hasHint?: boolean;
  companyWide: boolean;
  shops: Shop[];
  value: string;
  onChange: (shopId: string) => void;
}) {
  return (
    <select
      {...describedBy(id, error, hasHint)}
      value={companyWide ? "" : value}
      disabled={companyWide}
      onChange={(e) => onChange(e.target.value)}
      className={`${inputClass} disabled:opacity-50`}
    >
      <option value="">{companyWide ? "All shops" : "Choose a shop"}</option>
      {shops.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name} ({s.code}){s.active ? "" : " — inactive"}
        </option>
      ))}
    </select>
  );
}

const inviteFieldMap = {
  name: { field: "name", label: "Name" },
  email: { field: "email", label: "Email" },
  role: { field: "role", label: "Role" },
  shopId: { field: "shopId", label: "Shop" },
  staffCode: { field: "staffCode", label: "Staff number" },
};

function InviteForm({ roles, shops, onCancel, onInvited }: { roles: StaffRole[]; shops: Shop[]; onCancel: () => void; onInvited: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<StaffRole>(roles.includes("STAFF") ? "STAFF" : roles[0]!);
  const [shopId, setShopId] = useState(shops.length === 1 ? shops[0]!.id : "");
  const [staffCode, setStaffCode] = useState("");
  const invite = useMutation(
    trpc.staff.invite.mutationOptions({
      onSuccess: async (member) => {
        await queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
        onInvited(`Invited ${member.name}. An email with a link to set a password is on its way to ${member.email}.`);
      },
    }),
  );
  const errors = formErrorsOf(invite.error, inviteFieldMap);
  const companyWide = role === "COMPANY_ADMIN";

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (invite.isPending) return;
    invite.mutate({ name, email, role, shopId: companyWide || !shopId ? null : shopId, ...(staffCode.trim() ? { staffCode: staffCode.trim() } : {}) });
  }

  return (
    <form id="invite-member" onSubmit={onSubmit} noValidate aria-label="Invite a team member">
      <Card title="Invite a team member">
        <div className="space-y-5">
          <p className="text-sm text-gray-500">They receive an email with a link to choose their password (valid for 72 hours).</p>
          <FormErrorBox errors={errors} showPlanLink={roles.includes("COMPANY_ADMIN")} />
          <div className="grid gap-5 sm:grid-cols-2">
            <Field id="invite-name" label="Name" error={errors.fields.name}>
              <input {...describedBy("invite-name", errors.fields.name)} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} autoComplete="off" className={inputClass} />
            </Field>
            <Field id="invite-email" label="Email" error={errors.fields.email}>
              <input {...describedBy("invite-email", errors.fields.email)} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" className={inputClass} />
            </Field>
            <Field id="invite-role" label="Role" error={errors.fields.role}>
              <select {...describedBy("invite-role", errors.fields.role)} value={role} onChange={(e) => setRole(e.target.value as StaffRole)} className={inputClass}>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {roleLabels[r]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="invite-shop" label="Shop" error={errors.fields.shopId} hint={companyWide ? "Company admins work across all shops." : undefined}>
              <ShopSelect id="invite-shop" error={errors.fields.shopId} hasHint={companyWide} companyWide={companyWide} shops={shops} value={shopId} onChange={setShopId} />
            </Field>
            <Field id="invite-staffCode" label="Staff number" error={errors.fields.staffCode} hint="Optional; needed to sign in to the POS with a PIN. 2 to 12 letters or digits.">
              <input
                {...describedBy("invite-staffCode", errors.fields.staffCode, true)}
                value={staffCode}
                onChange={(e) => setStaffCode(e.target.value)}
                maxLength={12}
                autoComplete="off"
                className={`${inputClass} font-mono`}
              />
            </Field>
          </div>
          <FormActions submit="Send invitation" pending={invite.isPending} onCancel={onCancel} />
        </div>
      </Card>
    </form>
  );
}

const editFieldMap = { role: { field: "role", label: "Role" }, shopId: { field: "shopId", label: "Shop" }, staffCode: { field: "staffCode", label: "Staff number" } };

function EditPanel({ member, roles, shops, onCancel, onSaved }: { member: Member; roles: StaffRole[]; shops: Shop[]; onCancel: () => void; onSaved: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<StaffRole>(member.role as StaffRole);
  const [shopId, setShopId] = useState(member.shop?.id ?? "");
  const [staffCode, setStaffCode] = useState(member.staffCode ?? "");
  const update = useMutation(
    trpc.staff.update.mutationOptions({
      onSuccess: async (m) => {
        await queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
        onSaved(`Saved ${m.name}: ${roleLabels[m.role as Role] ?? m.role}${m.shop ? ` at ${m.shop.name}` : ""}.`);
      },
    }),
  );
  const errors = formErrorsOf(update.error, editFieldMap);
  const companyWide = role === "COMPANY_ADMIN";
  const roleId = `edit-role-${member.id}`;
  const shopFieldId = `edit-shop-${member.id}`;
  const staffCodeId = `edit-staffCode-${member.id}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    const code = staffCode.trim() || null;
    update.mutate({ id: member.id, ...(role !== member.role ? { role } : {}), shopId: companyWide || !shopId ? null : shopId, ...(code !== member.staffCode ? { staffCode: code } : {}) });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Edit ${member.name}`} className="space-y-4 rounded-md bg-white p-4 ring-1 ring-gray-200">
      <p className="text-sm text-gray-600">Changing the role or shop signs {member.name} out everywhere.</p>
      <FormErrorBox errors={errors} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={roleId} label="Change role" error={errors.fields.role}>
          <select {...describedBy(roleId, errors.fields.role)} value={role} onChange={(e) => setRole(e.target.value as StaffRole)} className={inputClass}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={shopFieldId} label="Change shop" error={errors.fields.shopId}>
          <ShopSelect id={shopFieldId} error={errors.fields.shopId} companyWide={companyWide} shops={shops} value={shopId} onChange={setShopId} />
        </Field>
        <Field id={staffCodeId} label="Staff number" error={errors.fields.staffCode} hint="Needed to sign in to the POS with a PIN. 2 to 12 letters or digits; empty for none.">
          <input {...describedBy(staffCodeId, errors.fields.staffCode)} value={staffCode} onChange={(e) => setStaffCode(e.target.value)} maxLength={12} className={`${inputClass} font-mono`} />
        </Field>
      </div>
      <FormActions submit="Save changes" pending={update.isPending} onCancel={onCancel} className="flex gap-3" />
    </form>
  );
}

function PinPanel({ member, onCancel, onSaved }: { member: Member; onCancel: () => void; onSaved: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pin, setPin] = useState("");
  const setPinMutation = useMutation(
    trpc.staff.setPin.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
        onSaved(`New PIN set for ${member.name}.`);
      },
    }),
  );
  const errors = formErrorsOf(setPinMutation.error, { pin: { field: "pin", label: "New PIN" } });
  const pinId = `pin-${member.id}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (setPinMutation.isPending) return;
    setPinMutation.mutate({ id: member.id, pin });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Set PIN for ${member.name}`} className="space-y-4 rounded-md bg-white p-4 ring-1 ring-gray-200">
      <p className="text-sm text-gray-600">
        The PIN signs {member.name} in to the POS with their staff number{member.staffCode ? ` (${member.staffCode})` : ""}. It also unlocks a locked account.
      </p>
      <FormErrorBox errors={errors} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id={pinId} label="New PIN" error={errors.fields.pin} hint="4 to 8 digits" className="w-48">
          <input
            {...describedBy(pinId, errors.fields.pin, true)}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            className={`${inputClass} font-mono`}
          />
        </Field>
        <FormActions submit="Save PIN" pending={setPinMutation.isPending} onCancel={onCancel} className="flex gap-3 pb-5" />
      </div>
    </form>
  );
}

type OpenSession = RouterOutputs["staff"]["sessions"][number];

const sessionColumns: Column<OpenSession>[] = [
  { id: "app", header: "App", cell: (s) => <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-medium text-gray-700">{s.app}</span> },
  {
    id: "device",
    header: "Device",
    className: "text-xs text-gray-600",
    cell: (s) => (
      <span className="block max-w-64 truncate" title={s.userAgent ?? undefined}>
        {s.userAgent ?? "Unknown"}
      </span>
    ),
  },
  { id: "ip", header: "IP address", className: "font-mono text-xs", cell: (s) => s.ip ?? "—" },
  { id: "created", header: "Signed in", className: "whitespace-nowrap text-gray-600", cell: (s) => formatDateShort(s.createdAt) },
  { id: "lastUsed", header: "Last active", className: "whitespace-nowrap text-gray-600", cell: (s) => formatDateShort(s.lastUsedAt) },
];

function SessionsPanel({ member, onClose }: { member: Member; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.staff.sessions.queryOptions({ userId: member.id }));
  const [ended, setEnded] = useState<string | null>(null);
  const revoke = useMutation(
    trpc.staff.revokeSessions.mutationOptions({
      onMutate: () => setEnded(null),
      onSuccess: async (r) => {
        setEnded(`Ended ${r.ended} ${r.ended === 1 ? "session" : "sessions"} of ${member.name}.`);
        await queryClient.invalidateQueries({ queryKey: trpc.staff.sessions.queryKey({ userId: member.id }) });
      },
    }),
  );
  return (
    <section aria-label={`Open sessions of ${member.name}`} className="space-y-3 rounded-md bg-white p-4 ring-1 ring-gray-200">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 className="text-sm font-semibold text-gray-900">Open sessions of {member.name}</h3>
        <div className="flex gap-2">
          <button
            type="button"
            className={button.danger}
            disabled={revoke.isPending || !sessions.data?.length}
            aria-busy={revoke.isPending || undefined}
            onClick={() => revoke.mutate({ userId: member.id })}
          >
            Revoke all sessions
          </button>
          <button type="button" className={button.secondary} onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      {ended && <SuccessNote>{ended}</SuccessNote>}
      {revoke.error && <ActionError error={revoke.error} />}
      <DataTable
        caption={`Open sessions of ${member.name}`}
        columns={sessionColumns}
        rows={sessions.data}
        rowKey={(s) => s.id}
        loading={sessions.isPending}
        loadingLabel="Loading sessions…"
        error={sessions.error}
        onRetry={() => void sessions.refetch()}
        empty={`${member.name} has no open sessions.`}
      />
    </section>
  );
}
