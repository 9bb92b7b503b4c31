"use client";
import type { ReactNode } from "react";
import { FormActions as SharedFormActions } from "@commerce/ui/form";

export { describedBy, Field, inputClass, SuccessNote } from "@commerce/ui/form";

// Small presentational pieces shared by the admin pages. No business rules live here.

export const button = {
  primary:
    "inline-flex items-center justify-center gap-2 rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-50",
  secondary:
    "inline-flex items-center justify-center gap-2 rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-gray-300 ring-inset hover:bg-gray-50 disabled:cursor-not-allowed disabled:opacity-50",
  danger:
    "inline-flex items-center justify-center gap-2 rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-red-700 shadow-sm ring-1 ring-red-300 ring-inset hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-50",
  /** Row actions in tables. */
  small:
    "inline-flex items-center justify-center gap-1.5 rounded-md bg-white px-2.5 py-1 text-xs font-semibold whitespace-nowrap text-gray-900 shadow-sm ring-1 ring-gray-300 ring-inset hover:bg-gray-50 disabled:cursor-not-allowed disabled:opacity-50 aria-expanded:bg-gray-100",
  smallDanger:
    "inline-flex items-center justify-center gap-1.5 rounded-md bg-white px-2.5 py-1 text-xs font-semibold whitespace-nowrap text-red-700 shadow-sm ring-1 ring-red-300 ring-inset hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-50",
} as const;

export const table = {
  wrapper: "overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-gray-200",
  table: "min-w-full divide-y divide-gray-200 text-sm",
  th: "px-4 py-2.5 text-left text-xs font-semibold tracking-wide text-gray-500 uppercase whitespace-nowrap",
  thRight: "px-4 py-2.5 text-right text-xs font-semibold tracking-wide text-gray-500 uppercase whitespace-nowrap",
  td: "px-4 py-3 align-middle",
  tdRight: "px-4 py-3 text-right align-middle tabular-nums whitespace-nowrap",
  row: "hover:bg-gray-50",
} as const;

export function PageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{title}</h1>
        {description && <p className="mt-1 text-sm text-gray-500">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
}

export function Card({ title, actions, children, className = "" }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg bg-white shadow-sm ring-1 ring-gray-200 ${className}`}>
      {(title || actions) && (
        <div className="flex items-center justify-between gap-3 border-b border-gray-100 px-4 py-3">
          {title && <h2 className="text-sm font-semibold text-gray-900">{title}</h2>}
          {actions}
        </div>
      )}
      <div className="p-4">{children}</div>
    </section>
  );
}

/** A small ▸ button that shows or hides a row's details (the region `controls` names). */
export function ExpandToggle({ open, controls, onToggle, children }: { open: boolean; controls: string; onToggle: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
      className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium text-gray-700 ring-1 ring-gray-300 hover:bg-gray-100"
    >
      <span aria-hidden="true" className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}>
        ▸
      </span>
      {children}
    </button>
  );
}

/** A form's submit button (busy while it saves) and its Cancel, in the portal's button style. */
export function FormActions(props: { submit: ReactNode; pending: boolean; onCancel: () => void; className?: string }) {
  return <SharedFormActions {...props} submitClassName={button.primary} cancelClassName={button.secondary} />;
}

export function Pagination({
  page,
  pageCount,
  total,
  noun,
  onPage,
  disabled = false,
}: {
  page: number;
  pageCount: number;
  total: number;
  noun: string;
  onPage: (page: number) => void;
  /** Paging would lose something (unsaved edits): both buttons off. */
  disabled?: boolean;
}) {
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-gray-600">
      <p>
        Page <span className="font-medium text-gray-900">{page}</span> of <span className="font-medium text-gray-900">{pageCount}</span> ·{" "}
        {total.toLocaleString("en-GB")} {noun}
      </p>
      <div className="flex gap-2">
        <button type="button" className={button.secondary} disabled={disabled || page <= 1} onClick={() => onPage(page - 1)}>
          <span aria-hidden="true">←</span> Previous
        </button>
        <button type="button" className={button.secondary} disabled={disabled || page >= pageCount} onClick={() => onPage(page + 1)}>
          Next <span aria-hidden="true">→</span>
        </button>
      </div>
    </nav>
  );
}

/** A non-blocking "refreshing" hint for pages that poll. */
export function LiveIndicator({ fetching, every }: { fetching: boolean; every: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-gray-500">
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${fetching ? "motion-safe:animate-pulse bg-indigo-500" : "bg-emerald-500"}`} />
      Live · refreshes every {every}
    </span>
  );
}

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });
const dateShort = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return dateTime.format(new Date(value));
}

const timestamp = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** Compact, to the second, for event tables: "22 Nov, 04:47:29". */
export function formatTimestamp(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return timestamp.format(new Date(value));
}

export function formatDateShort(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return dateShort.format(new Date(value));
}

/** A small yes/no pill for table cells. */
export function Pill({ tone, children }: { tone: "green" | "gray" | "red" | "amber" | "indigo"; children: ReactNode }) {
  const tones = {
    green: "bg-emerald-50 text-emerald-800 ring-emerald-200",
    gray: "bg-gray-100 text-gray-700 ring-gray-200",
    red: "bg-red-50 text-red-800 ring-red-200",
    amber: "bg-amber-50 text-amber-900 ring-amber-200",
    indigo: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  } as const;
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </span>
  );
}
