"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { can } from "@commerce/auth/permissions";
import type { RouterOutputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";
import { ActionError } from "~/components/api-errors";
import { DataTable, detailsIdOf, type Column } from "~/components/data-table";
import { useMe } from "~/components/session";
import { button, PageHeader, Pill, SuccessNote } from "~/components/ui";
import { days } from "./opening-hours-fields";
import { ShopForm } from "./shop-form";

type Shop = RouterOutputs["shop"]["list"][number];

export default function ShopsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const shops = useQuery(trpc.shop.list.queryOptions());
  const canManage = !!me.data && can(me.data.role, "shop.manage");
  // One form open at a time: "new", a shop's id (editing), or none.
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const setActive = useMutation(
    trpc.shop.update.mutationOptions({
      onMutate: () => setDone(null),
      onSuccess: async (shop) => {
        setDone(shop.active ? `${shop.name} is open again.` : `${shop.name} is deactivated.`);
        await queryClient.invalidateQueries({ queryKey: trpc.shop.pathKey() });
      },
    }),
  );

  const columns: Column<Shop>[] = [
    {
      id: "name",
      header: "Shop",
      cell: (s) => (
        <div>
          <div className="font-medium text-gray-900">{s.name}</div>
          <div className="font-mono text-xs text-gray-500">{s.code}</div>
        </div>
      ),
    },
    {
      id: "address",
      header: "Address",
      className: "text-gray-700",
      cell: (s) => (
        <address className="text-xs not-italic">
          {s.addressLine1}
          {s.addressLine2 && (
            <>
              <br />
              {s.addressLine2}
            </>
          )}
          <br />
          {s.postalCode} {s.city}, {s.country}
        </address>
      ),
    },
    { id: "hours", header: "Opening hours", className: "text-xs text-gray-700", cell: (s) => <HoursSummary hours={s.openingHours} /> },
    { id: "status", header: "Status", cell: (s) => (s.active ? <Pill tone="green">Active</Pill> : <Pill tone="gray">Inactive</Pill>) },
  ];
  if (canManage) {
    columns.push({
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      align: "right",
      cell: (s) => (
        <div className="flex justify-end gap-2">
          <button
            type="button"
            className={button.small}
            aria-expanded={open === s.id}
            aria-controls={detailsIdOf(s.id)}
            onClick={() => {
              setDone(null);
              setOpen((o) => (o === s.id ? null : s.id));
            }}
          >
            Edit
          </button>
          <button
            type="button"
            className={s.active ? button.smallDanger : button.small}
            disabled={setActive.isPending}
            aria-busy={(setActive.isPending && setActive.variables.id === s.id) || undefined}
            onClick={() => {
              if (s.active && !window.confirm(`Deactivate ${s.name}? Its staff can no longer sign in to its tills.`)) return;
              setActive.mutate({ id: s.id, active: !s.active });
            }}
          >
            {s.active ? "Deactivate" : "Reactivate"}
          </button>
        </div>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title="Shops"
        description={canManage ? "Your company's shops, their addresses and opening hours." : "Your shop's details."}
        actions={
          canManage && (
            <button
              type="button"
              className={button.primary}
              aria-expanded={open === "new"}
              aria-controls="new-shop"
              onClick={() => {
                setDone(null);
                setOpen((o) => (o === "new" ? null : "new"));
              }}
            >
              <span aria-hidden="true">+</span> New shop
            </button>
          )
        }
      />
      <div className="space-y-4">
        {done && <SuccessNote onDismiss={() => setDone(null)}>{done}</SuccessNote>}
        {open === "new" && (
          <ShopForm
            formId="new-shop"
            title="New shop"
            onCancel={() => setOpen(null)}
            onSaved={(shop) => {
              setOpen(null);
              setDone(`Created ${shop.name} (${shop.code}).`);
            }}
          />
        )}
        {setActive.error && <ActionError error={setActive.error} />}
        <DataTable
          caption="Shops"
          columns={columns}
          rows={shops.data}
          rowKey={(s) => s.id}
          rowProps={(s) => ({ "data-shop-id": s.id, "data-shop-code": s.code })}
          loading={shops.isPending}
          loadingLabel="Loading shops…"
          error={shops.error}
          onRetry={() => void shops.refetch()}
          empty={canManage ? "No shops yet. Add the first one." : "No shops to show."}
          details={(s) =>
            open === s.id ? (
              <ShopForm
                formId={`edit-shop-${s.id}`}
                title={`Edit ${s.name}`}
                shop={s}
                onCancel={() => setOpen(null)}
                onSaved={(shop) => {
                  setOpen(null);
                  setDone(`Saved ${shop.name}.`);
                }}
              />
            ) : null
          }
        />
      </div>
    </>
  );
}

const short = (d: (typeof days)[number]) => d.slice(0, 3);

/** "Mon–Fri 09:00–18:00 · Sat 10:00–16:00 · Sun closed" */
function HoursSummary({ hours }: { hours: Shop["openingHours"] }) {
  const text = (h: Shop["openingHours"][number] | undefined) => (h ? `${h.open}–${h.close}` : "closed");
  const groups: { from: number; to: number; text: string }[] = [];
  days.forEach((_, i) => {
    const t = text(hours[i]);
    const last = groups[groups.length - 1];
    if (last && last.text === t) last.to = i;
    else groups.push({ from: i, to: i, text: t });
  });
  return (
    <ul className="space-y-0.5 whitespace-nowrap">
      {groups.map((g) => (
        <li key={g.from}>
          <span className="font-medium">{g.from === g.to ? short(days[g.from]!) : `${short(days[g.from]!)}–${short(days[g.to]!)}`}</span> {g.text}
        </li>
      ))}
    </ul>
  );
}
