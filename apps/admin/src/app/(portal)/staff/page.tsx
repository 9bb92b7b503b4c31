"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { assignableRoles, can } from "@commerce/auth/permissions";
import { useTRPC } from "@commerce/ui/trpc";
import { ActionError } from "~/components/api-errors";
import { DataTable, detailsIdOf, type Column } from "~/components/data-table";
import { useMe, type Role } from "~/components/session";
import { roleWords } from "@commerce/ui/roles";
import { button, formatDateShort, PageHeader, Pill, SuccessNote } from "~/components/ui";
import { InviteForm } from "./invite-form";
import { EditPanel, PinPanel } from "./member-panels";
import { SessionsPanel } from "./sessions-panel";
import type { Member, StaffRole } from "./types";

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
    { id: "role", header: "Role", cell: (m) => roleWords[m.role as Role] ?? m.role },
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
    {
      id: "lastSignIn",
      header: "Last sign-in",
      headerClassName: "whitespace-normal!",
      className: "min-w-28 text-gray-600",
      cell: (m) => (m.lastSignInAt ? formatDateShort(m.lastSignInAt) : "Never"),
    },
    {
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      align: "right",
      cell: (m) => {
        const manageable = giveable.includes(m.role as StaffRole);
        const self = m.id === me.data?.id;
        const panelButton = (kind: NonNullable<Panel>["kind"], label: string) => (
          <button
            type="button"
            className={button.small}
            aria-expanded={panel?.id === m.id && panel.kind === kind}
            aria-controls={detailsIdOf(m.id)}
            onClick={() => toggle(m.id, kind)}
          >
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
