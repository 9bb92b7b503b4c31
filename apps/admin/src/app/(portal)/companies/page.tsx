"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { RouterInputs, RouterOutputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";
import { ActionError, formErrorsOf, FormErrorBox, isNoAccess, NoAccess } from "~/components/api-errors";
import {
  CompanySettingsFields,
  companySettingsFieldMap,
  emptyCompanySettings,
  formatPercent,
  percentToBps,
  usageText,
  type CompanySettingsValues,
} from "~/components/company-fields";
import { DataTable, type Column } from "~/components/data-table";
import { button, Card, describedBy, Field, FormActions, formatDateShort, inputClass, PageHeader, Pill, SuccessNote } from "~/components/ui";

type Company = RouterOutputs["company"]["list"][number];
type Plan = NonNullable<RouterInputs["company"]["create"]["plan"]>;

const plans: { value: Plan; label: string }[] = [
  { value: "STARTER", label: "Starter" },
  { value: "GROWTH", label: "Growth" },
  { value: "ENTERPRISE", label: "Enterprise" },
];

export default function CompaniesPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const companies = useQuery(trpc.company.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const update = useMutation(
    trpc.company.update.mutationOptions({
      onSuccess: async (c, input) => {
        setDone(input.plan ? `${c.name} is now on the ${plans.find((p) => p.value === c.plan)?.label ?? c.plan} plan.` : c.active ? `${c.name} is active again.` : `${c.name} is suspended; everyone in it has been signed out.`);
        await queryClient.invalidateQueries({ queryKey: trpc.company.list.queryKey() });
      },
      onMutate: () => setDone(null),
    }),
  );
  const pendingFor = update.isPending ? update.variables : undefined;

  if (companies.error && isNoAccess(companies.error)) {
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

const fieldMap = {
  ...companySettingsFieldMap(),
  slug: { field: "slug", label: "Slug" },
  plan: { field: "plan", label: "Plan" },
  "admin.name": { field: "adminName", label: "Admin's name" },
  "admin.email": { field: "adminEmail", label: "Admin's email" },
};

function NewCompanyForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<CompanySettingsValues>(emptyCompanySettings);
  const [slug, setSlug] = useState("");
  const [slugTouched, setSlugTouched] = useState(false);
  const [plan, setPlan] = useState<Plan>("STARTER");
  const [adminName, setAdminName] = useState("");
  const [adminEmail, setAdminEmail] = useState("");
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const create = useMutation(
    trpc.company.create.mutationOptions({
      onSuccess: async (company, input) => {
        await queryClient.invalidateQueries({ queryKey: trpc.company.list.queryKey() });
        onCreated(`Created ${company.name}. An invitation to set a password was emailed to ${input.admin.email}.`);
      },
    }),
  );
  const server = formErrorsOf(create.error, fieldMap);
  const errors = { ...server.fields, ...localErrors };

  function change<K extends keyof CompanySettingsValues>(key: K, value: CompanySettingsValues[K]) {
    setValues((v) => {
      const next = { ...v, [key]: value };
      // Until someone edits them, the brand name follows the name and the slug is made from it.
      if (key === "name" && (v.brandName === "" || v.brandName === v.name)) next.brandName = value;
      return next;
    });
    if (key === "name" && !slugTouched) setSlug(slugify(value));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const taxRateBps = percentToBps(values.taxRate);
    if (taxRateBps === null) {
      setLocalErrors({ taxRate: "Tax rate must be a percentage such as 21 or 5.5" });
      return;
    }
    setLocalErrors({});
    create.mutate({
      name: values.name,
      slug: slug.trim(),
      currency: values.currency.trim(),
      timeZone: values.timeZone.trim(),
      taxRateBps,
      brandName: values.brandName,
      brandColour: values.brandColour,
      plan,
      admin: { name: adminName, email: adminEmail },
    });
  }

  return (
    <form id="new-company" onSubmit={onSubmit} noValidate aria-label="New company">
      <Card title="New company">
        <div className="space-y-5">
          <FormErrorBox errors={server} />
          <div className="grid gap-5 sm:grid-cols-2">
            <CompanySettingsFields idPrefix="new-company" values={values} onChange={change} errors={errors} />
            <Field id="new-company-slug" label="Slug" error={errors.slug} hint="Its storefront address: lower-case letters, digits and dashes">
              <input
                {...describedBy("new-company-slug", errors.slug, true)}
                value={slug}
                onChange={(e) => {
                  setSlugTouched(true);
                  setSlug(e.target.value);
                }}
                maxLength={40}
                autoComplete="off"
                className={`${inputClass} font-mono`}
              />
            </Field>
            <Field id="new-company-plan" label="Plan" error={errors.plan}>
              <select {...describedBy("new-company-plan", errors.plan)} value={plan} onChange={(e) => setPlan(e.target.value as Plan)} className={inputClass}>
                {plans.map((p) => (
                  <option key={p.value} value={p.value}>
                    {p.label}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <fieldset className="rounded-md border border-gray-200 p-4">
            <legend className="px-1 text-sm font-semibold text-gray-900">First admin</legend>
            <p className="mb-4 text-xs text-gray-500">They receive an email with a link to choose their password.</p>
            <div className="grid gap-5 sm:grid-cols-2">
              <Field id="new-company-admin-name" label="Admin's name" error={errors.adminName}>
                <input {...describedBy("new-company-admin-name", errors.adminName)} value={adminName} onChange={(e) => setAdminName(e.target.value)} maxLength={120} className={inputClass} />
              </Field>
              <Field id="new-company-admin-email" label="Admin's email" error={errors.adminEmail}>
                <input
                  {...describedBy("new-company-admin-email", errors.adminEmail)}
                  type="email"
                  value={adminEmail}
                  onChange={(e) => setAdminEmail(e.target.value)}
                  autoComplete="off"
                  className={inputClass}
                />
              </Field>
            </div>
          </fieldset>
          <FormActions submit="Create company" pending={create.isPending} onCancel={onCancel} />
        </div>
      </Card>
    </form>
  );
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}
