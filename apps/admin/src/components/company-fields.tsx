"use client";
import { useMemo } from "react";
import { describedBy, Field, inputClass } from "./ui";

// The company settings inputs, shared by /settings (a company admin) and the "New company" form
// (the super admin). The server validates; this only turns "21 %" into 2100 basis points.

export interface CompanySettingsValues {
  name: string;
  currency: string;
  timeZone: string;
  /** As typed, in per cent: "21" or "5.5". */
  taxRate: string;
  brandName: string;
  brandColour: string;
}

export const emptyCompanySettings: CompanySettingsValues = {
  name: "",
  currency: "EUR",
  timeZone: "Europe/Amsterdam",
  taxRate: "21",
  brandName: "",
  brandColour: "#1d4ed8",
};

/** Server paths of these fields, for formErrorsOf. `prefix` is "settings." when nested. */
export function companySettingsFieldMap(prefix = "") {
  return {
    [`${prefix}name`]: "name",
    [`${prefix}currency`]: "currency",
    [`${prefix}timeZone`]: "timeZone",
    [`${prefix}taxRateBps`]: "taxRate",
    [`${prefix}brandName`]: "brandName",
    [`${prefix}brandColour`]: "brandColour",
  };
}

/** "21" → 2100, "5.5" → 550; null when it isn't a percentage with at most two decimals. */
export function percentToBps(value: string): number | null {
  const m = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(value);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

export function bpsToPercent(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const rest = bps % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

export function formatPercent(bps: number): string {
  return `${bpsToPercent(bps)} %`;
}

const currencies = ["EUR", "USD", "GBP", "JPY", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "CAD", "AUD"];

export function CompanySettingsFields({
  idPrefix,
  values,
  onChange,
  errors,
}: {
  idPrefix: string;
  values: CompanySettingsValues;
  onChange: <K extends keyof CompanySettingsValues>(key: K, value: CompanySettingsValues[K]) => void;
  errors: Record<string, string | undefined>;
}) {
  const timeZones = useMemo(() => {
    try {
      return Intl.supportedValuesOf("timeZone");
    } catch {
      return [];
    }
  }, []);
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <Field id={id("name")} label="Name" error={errors.name}>
        <input
          {...describedBy(id("name"), errors.name)}
          value={values.name}
          onChange={(e) => onChange("name", e.target.value)}
          maxLength={120}
          className={inputClass}
        />
      </Field>
      <Field id={id("brandName")} label="Brand name" error={errors.brandName} hint="Shown in the storefront's header.">
        <input
          {...describedBy(id("brandName"), errors.brandName, true)}
          value={values.brandName}
          onChange={(e) => onChange("brandName", e.target.value)}
          maxLength={60}
          className={inputClass}
        />
      </Field>
      <Field id={id("currency")} label="Currency" error={errors.currency} hint="ISO 4217 code, e.g. EUR">
        <input
          {...describedBy(id("currency"), errors.currency, true)}
          value={values.currency}
          onChange={(e) => onChange("currency", e.target.value.toUpperCase())}
          list={id("currency-options")}
          maxLength={3}
          autoComplete="off"
          className={`${inputClass} font-mono uppercase`}
        />
        <datalist id={id("currency-options")}>
          {currencies.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </Field>
      <Field id={id("timeZone")} label="Time zone" error={errors.timeZone} hint="e.g. Europe/Amsterdam">
        <input
          {...describedBy(id("timeZone"), errors.timeZone, true)}
          value={values.timeZone}
          onChange={(e) => onChange("timeZone", e.target.value)}
          list={id("timezone-options")}
          autoComplete="off"
          className={inputClass}
        />
        <datalist id={id("timezone-options")}>
          {timeZones.map((tz) => (
            <option key={tz} value={tz} />
          ))}
        </datalist>
      </Field>
      <Field id={id("taxRate")} label="Tax rate (%)" error={errors.taxRate} hint="Per cent, e.g. 21 or 5.5">
        <input
          {...describedBy(id("taxRate"), errors.taxRate, true)}
          value={values.taxRate}
          onChange={(e) => onChange("taxRate", e.target.value)}
          inputMode="decimal"
          autoComplete="off"
          className={`${inputClass} tabular-nums`}
        />
      </Field>
      <Field id={id("brandColour")} label="Brand colour" error={errors.brandColour}>
        <div className="flex items-center gap-3">
          <input
            {...describedBy(id("brandColour"), errors.brandColour)}
            type="color"
            value={/^#[0-9a-fA-F]{6}$/.test(values.brandColour) ? values.brandColour.toLowerCase() : "#000000"}
            onChange={(e) => onChange("brandColour", e.target.value)}
            className="h-9 w-14 cursor-pointer rounded-md border-0 bg-white p-1 ring-1 ring-gray-300 ring-inset"
          />
          <span className="font-mono text-sm text-gray-700" aria-hidden="true">
            {values.brandColour}
          </span>
        </div>
      </Field>
    </>
  );
}

/** "3 of 10", or "3 (no limit)" when the plan has none (null). */
export function usageText(count: number, limit: number | null): string {
  return limit === null ? `${count.toLocaleString("en-GB")} (no limit)` : `${count.toLocaleString("en-GB")} of ${limit.toLocaleString("en-GB")}`;
}

export function UsageMeter({ label, count, limit }: { label: string; count: number; limit: number | null }) {
  const full = limit !== null && count >= limit;
  const share = limit ? Math.min(100, Math.round((count / limit) * 100)) : 0;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="text-gray-600">{label}</span>
        <span className={`tabular-nums ${full ? "font-semibold text-amber-800" : "text-gray-900"}`}>
          {usageText(count, limit)}
          {full && " · limit reached"}
        </span>
      </div>
      {limit !== null && (
        <div aria-hidden="true" className="mt-1 h-1.5 overflow-hidden rounded-full bg-gray-100">
          <div className={`h-full rounded-full ${full ? "bg-amber-500" : "bg-indigo-500"}`} style={{ width: `${share}%` }} />
        </div>
      )}
    </div>
  );
}
