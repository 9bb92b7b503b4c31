"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { RouterInputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";
import { FormErrorBox } from "~/components/api-errors";
import { describeError } from "@commerce/ui/errors";
import { CompanySettingsFields, companySettingsFieldMap, emptyCompanySettings, percentToBps, type CompanySettingsValues } from "~/components/company-fields";
import { Card, describedBy, Field, FormActions, inputClass } from "~/components/ui";

export type Plan = NonNullable<RouterInputs["company"]["create"]["plan"]>;

export const plans: { value: Plan; label: string }[] = [
  { value: "STARTER", label: "Starter" },
  { value: "GROWTH", label: "Growth" },
  { value: "ENTERPRISE", label: "Enterprise" },
];

const fieldMap = {
  ...companySettingsFieldMap(),
  slug: "slug",
  plan: "plan",
  "admin.name": "adminName",
  "admin.email": "adminEmail",
};

export function NewCompanyForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (message: string) => void }) {
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
  const server = describeError(create.error, fieldMap);
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
                <input
                  {...describedBy("new-company-admin-name", errors.adminName)}
                  value={adminName}
                  onChange={(e) => setAdminName(e.target.value)}
                  maxLength={120}
                  className={inputClass}
                />
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
