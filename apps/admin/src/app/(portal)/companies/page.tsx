"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { RouterOutputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";
import { ActionError, NoAccess } from "~/components/api-errors";
import { isNoAccessError } from "@commerce/ui/errors";
import { formatPercent, usageText } from "~/components/company-fields";
import { DataTable, type Column } from "~/components/data-table";
import { button, formatDateShort, inputClass, PageHeader, Pill, SuccessNote } from "~/components/ui";
import { NewCompanyForm, plans, type Plan } from "./new-company-form";

type Company = RouterOutputs["company"]["list"][number];

export default function CompaniesPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const companies = useQuery(trpc.company.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const update = useMutation(
    trpc.company.update.mutationOptions({
      onSuccess: async (c, input) => {
        setDone(
          input.plan
            ? `${c.name} is now on the ${plans.find((p) => p.value === c.plan)?.label ?? c.plan} plan.`
            : c.active
              ? `${c.name} is active again.`
              : `${c.name} is suspended; everyone in it has been signed out.`,
        );
        await queryClient.invalidateQueries({ queryKey: trpc.company.list.queryKey() });
      },
      onMutate: () => setDone(null),
    }),
  );
  const pendingFor = update.isPending ? update.variables : undefined;

  if (companies.error && isNoAccessError(companies.error)) {
    return (
      <>
        <PageHeader title="Companies" />
        <NoAccess />
      </>
    );
  }

  const columns: Column<Company>[] = [
    {
      id: "company",
      header: "Company",
      cell: (c) => (
        <div className="flex items-center gap-3">
          <span aria-hidden="true" className="h-6 w-6 shrink-0 rounded-md ring-1 ring-black/10" style={{ backgroundColor: c.brandColour }} />
          <div>
            <div className="font-medium text-gray-900">{c.name}</div>
            <div className="font-mono text-xs text-gray-500">{c.slug}</div>
          </div>
        </div>
      ),
    },
    {
      id: "plan",
      header: "Plan",
      cell: (c) => {
        const id = `plan-${c.id}`;
        const busy = pendingFor?.id === c.id && !!pendingFor.plan;
        return (
          <div>
            <label htmlFor={id} className="sr-only">
              Plan for {c.name}
            </label>
            <select
              id={id}
              value={busy ? pendingFor.plan : c.plan}
              disabled={update.isPending}
              aria-busy={busy || undefined}
              onChange={(e) => update.mutate({ id: c.id, plan: e.target.value as Plan })}
              className={`${inputClass} min-w-32`}
            >
              {plans.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        );
      },
    },
    {
      id: "usage",
      header: "Usage (of limit)",
      cell: (c) => (
        <dl className="grid grid-cols-[auto_auto] gap-x-3 text-xs whitespace-nowrap">
          <dt className="text-gray-500">Shops</dt>
          <dd className="tabular-nums">{usageText(c.counts.shops, c.limits.shops)}</dd>
          <dt className="text-gray-500">Products</dt>
          <dd className="tabular-nums">{usageText(c.counts.products, c.limits.products)}</dd>
          <dt className="text-gray-500">Staff</dt>
          <dd className="tabular-nums">{usageText(c.counts.staff, c.limits.staff)}</dd>
        </dl>
      ),
    },
    {
      id: "settings",
      header: "Settings",
      cell: (c) => (
        <div className="text-xs whitespace-nowrap text-gray-600">
          <div>
            {c.currency} · tax {formatPercent(c.taxRateBps)}
          </div>
          <div>{c.timeZone}</div>
        </div>
      ),
    },
    { id: "created", header: "Created", className: "whitespace-nowrap text-gray-600", cell: (c) => formatDateShort(c.createdAt) },
    { id: "status", header: "Status", cell: (c) => (c.active ? <Pill tone="green">Active</Pill> : <Pill tone="red">Suspended</Pill>) },
    {
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      align: "right",
      cell: (c) => {
        const busy = pendingFor?.id === c.id && pendingFor.active !== undefined;
        return (
          <button
            type="button"
            className={c.active ? button.smallDanger : button.small}
            disabled={update.isPending}
            aria-busy={busy || undefined}
            onClick={() => {
              // Suspending closes the storefront and signs out everyone of the company.
              if (c.active && !window.confirm(`Suspend ${c.name}? Its storefront closes and all its people are signed out.`)) return;
              update.mutate({ id: c.id, active: !c.active });
            }}
          >
            {c.active ? "Suspend" : "Reactivate"}
          </button>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title="Companies"
        description="Every company on the platform: its plan, what it uses of it, and whether it is open."
        actions={
          <button type="button" className={button.primary} aria-expanded={creating} aria-controls="new-company" onClick={() => setCreating((o) => !o)}>
            <span aria-hidden="true">+</span> New company
          </button>
        }
      />
      <div className="space-y-4">
        {done && <SuccessNote onDismiss={() => setDone(null)}>{done}</SuccessNote>}
        {creating && (
          <NewCompanyForm
            onCancel={() => setCreating(false)}
            onCreated={(message) => {
              setCreating(false);
              setDone(message);
            }}
          />
        )}
        {update.error && <ActionError error={update.error} />}
        <DataTable
          caption="Companies"
          columns={columns}
          rows={companies.data}
          rowKey={(c) => c.id}
          rowProps={(c) => ({ "data-company-id": c.id, "data-company-slug": c.slug })}
          loading={companies.isPending}
          loadingLabel="Loading companies…"
          error={companies.error}
          onRetry={() => void companies.refetch()}
          empty="No companies yet. Create the first one."
        />
      </div>
    </>
  );
}
