"use client";
import { useState, type FormEvent } from "react";
import { button, Card, Field, inputClass } from "~/components/ui";

export const filterKeys = ["procedure", "actor", "target", "from", "to"] as const;
export type FilterKey = (typeof filterKeys)[number];

export function FilterForm({
  applied,
  errors,
  onApply,
  onClear,
}: {
  applied: Record<FilterKey, string>;
  errors: Record<string, string | undefined>;
  onApply: (draft: Record<FilterKey, string>) => void;
  onClear: () => void;
}) {
  const [draft, setDraft] = useState(applied);
  const filtered = filterKeys.some((k) => applied[k]);
  function apply(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form role="search" aria-label="Filter the audit log" onSubmit={apply} noValidate>
      <Card>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <Field id="audit-procedure" label="Procedure" hint="Starts with, e.g. staff. or order.updateStatus" error={errors.procedure}>
            {(props) => (
              <input
                {...props}
                value={draft.procedure}
                onChange={(e) => setDraft((d) => ({ ...d, procedure: e.target.value }))}
                maxLength={80}
                className={`${inputClass} font-mono`}
              />
            )}
          </Field>
          <Field id="audit-actor" label="Actor id" hint="A user's id" error={errors.actor}>
            {(props) => (
              <input
                {...props}
                value={draft.actor}
                onChange={(e) => setDraft((d) => ({ ...d, actor: e.target.value }))}
                className={`${inputClass} font-mono`}
              />
            )}
          </Field>
          <Field id="audit-target" label="Target id" error={errors.target}>
            {(props) => (
              <input
                {...props}
                value={draft.target}
                onChange={(e) => setDraft((d) => ({ ...d, target: e.target.value }))}
                maxLength={80}
                className={`${inputClass} font-mono`}
              />
            )}
          </Field>
          <Field id="audit-from" label="From" error={errors.from}>
            {(props) => (
              <input {...props} type="date" value={draft.from} onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))} className={inputClass} />
            )}
          </Field>
          <Field id="audit-to" label="To" error={errors.to}>
            {(props) => (
              <input {...props} type="date" value={draft.to} onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))} className={inputClass} />
            )}
          </Field>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className={button.primary}>
            Apply filters
          </button>
          {filtered && (
            <button type="button" className={button.secondary} onClick={onClear}>
              Clear filters
            </button>
          )}
        </div>
      </Card>
    </form>
  );
}
