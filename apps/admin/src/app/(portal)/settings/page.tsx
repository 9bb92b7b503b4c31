"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { RouterOutputs } from "@commerce/api/client";
import { Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { FormErrorBox, QueryError } from "~/components/api-errors";
import { describeError } from "@commerce/ui/errors";
import {
  bpsToPercent,
  CompanySettingsFields,
  companySettingsFieldMap,
  percentToBps,
  UsageMeter,
  type CompanySettingsValues,
} from "~/components/company-fields";
import { button, Card, PageHeader, SuccessNote } from "~/components/ui";
import { SubmitButton } from "@commerce/ui/form";

type Settings = RouterOutputs["company"]["settings"];

export default function SettingsPage() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.company.settings.queryOptions());
  return (
    <>
      <PageHeader title="Settings" description="Your company's details, as the storefront, receipts and reports use them." />
      {settings.error ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : settings.isPending ? (
        <Spinner label="Loading settings…" />
      ) : (
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="lg:col-span-2">
            {/* Starts from the loaded values; a background refetch doesn't overwrite what is being typed. */}
            <SettingsForm settings={settings.data} />
          </div>
          <PlanCard settings={settings.data} />
        </div>
      )}
    </>
  );
}

const fieldMap = companySettingsFieldMap();

function SettingsForm({ settings }: { settings: Settings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<CompanySettingsValues>({
    name: settings.name,
    currency: settings.currency,
    timeZone: settings.timeZone,
    taxRate: bpsToPercent(settings.taxRateBps),
    brandName: settings.brandName,
    brandColour: settings.brandColour,
  });
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.company.updateSettings.mutationOptions({
      onSuccess: async (updated) => {
        await queryClient.invalidateQueries({ queryKey: trpc.identity.me.queryKey() });
        queryClient.setQueryData(trpc.company.settings.queryKey(), updated);
      },
    }),
  );
  const server = describeError(save.error, fieldMap);
  const errors = { ...server.fields, ...localErrors };

  function change<K extends keyof CompanySettingsValues>(key: K, value: CompanySettingsValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    setSaved(false);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const taxRateBps = percentToBps(values.taxRate);
    if (taxRateBps === null) {
      setLocalErrors({ taxRate: "Tax rate must be a percentage such as 21 or 5.5" });
      return;
    }
    setLocalErrors({});
    save.mutate(
      {
        name: values.name,
        currency: values.currency.trim(),
        timeZone: values.timeZone.trim(),
        taxRateBps,
        brandName: values.brandName,
        brandColour: values.brandColour,
      },
      { onSuccess: () => setSaved(true) },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Company settings" className="space-y-4">
      {saved && <SuccessNote>Settings saved.</SuccessNote>}
      <FormErrorBox errors={server} />
      <Card title="Company">
        <div className="grid gap-5 sm:grid-cols-2">
          <CompanySettingsFields idPrefix="settings" values={values} onChange={change} errors={errors} />
        </div>
      </Card>
      <SubmitButton pending={save.isPending} className={button.primary}>
        Save settings
      </SubmitButton>
    </form>
  );
}

function PlanCard({ settings }: { settings: Settings }) {
  return (
    <Card title="Plan" className="self-start">
      <p className="text-sm text-gray-600">
        You are on the <span className="font-semibold text-gray-900">{settings.limits.label}</span> plan.
      </p>
      <div className="mt-4 space-y-3">
        <UsageMeter label="Shops" count={settings.counts.shops} limit={settings.limits.shops} />
        <UsageMeter label="Products" count={settings.counts.products} limit={settings.limits.products} />
        <UsageMeter label="Staff" count={settings.counts.staff} limit={settings.limits.staff} />
      </div>
      <p className="mt-4 text-xs text-gray-500">To change the plan, contact the platform team.</p>
    </Card>
  );
}
