"use client";
import type { ReactNode } from "react";
import { labelled } from "./errors";

// Form fields and form actions, the same in the three apps: a labelled input with its hint and
// error (wired up for screen readers), a submit button that shows it is busy, and the line
// under a form that says what happened. Apps pass their own button classes.

export const inputClass =
  "block w-full rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm text-gray-900 shadow-xs placeholder:text-gray-400 focus:border-gray-900 focus:outline-none focus:ring-1 focus:ring-gray-900 disabled:bg-gray-100 disabled:text-gray-500 read-only:bg-gray-50 read-only:text-gray-600 aria-invalid:border-red-500 aria-invalid:ring-red-500";

/** For a till: big enough for a finger, digits spaced for PINs. */
export const touchInputClass =
  "h-14 w-full rounded-xl border border-gray-300 bg-white px-4 text-2xl outline-none focus:border-gray-900 focus:ring-2 focus:ring-gray-900/10 aria-invalid:border-red-500";

export type FieldAria = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** The id, invalid state and description ids for the control inside a Field. */
export function describedBy(id: string, error: string | undefined, hint?: boolean): FieldAria {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return { id, ...(error ? { "aria-invalid": true as const } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
}

/** A labelled form control with its hint and error message underneath. */
export function Field({
  id,
  label,
  error,
  hint,
  aside,
  touch = false,
  className = "",
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  /** A short help text under the control, e.g. what a password needs. */
  hint?: ReactNode;
  /** Shown beside the control, e.g. a running total. */
  aside?: ReactNode;
  touch?: boolean;
  className?: string;
  /** The control; as a function it gets its id and aria attributes. */
  children: ReactNode | ((aria: FieldAria) => ReactNode);
}) {
  const control = typeof children === "function" ? children(describedBy(id, error, Boolean(hint))) : children;
  return (
    <div className={className}>
      <label htmlFor={id} className={touch ? "mb-1.5 block font-semibold" : "mb-1 block text-sm font-medium text-gray-800"}>
        {label}
      </label>
      {aside ? (
        <div className="flex items-center gap-4">
          <div className="w-32 shrink-0">{control}</div>
          {aside}
        </div>
      ) : (
        control
      )}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {labelled(label, error)}
        </p>
      )}
    </div>
  );
}

/** A spinner and a word beside a button while its request runs. */
export function Working({ children }: { children: ReactNode }) {
  return (
    <span role="status" className="flex items-center gap-2 text-sm text-gray-500">
      <span className="h-4 w-4 motion-safe:animate-spin rounded-full border-2 border-gray-300 border-t-gray-700" aria-hidden="true" />
      {children}
    </span>
  );
}

/**
 * A form's submit button, disabled and marked busy while the request runs: with `working`, a
 * spinner and that word beside it ("Saving…"); without, a small spinner inside the button.
 */
export function SubmitButton({ pending, className, working, children }: { pending: boolean; className: string; working?: ReactNode; children: ReactNode }) {
  const button = (
    <button type="submit" className={className} disabled={pending} aria-busy={pending || undefined}>
      {pending && working === undefined && (
        <span aria-hidden="true" className="h-3.5 w-3.5 motion-safe:animate-spin rounded-full border-2 border-current/30 border-t-current" />
      )}
      {children}
    </button>
  );
  if (working === undefined) return button;
  return (
    <div className="flex items-center gap-3">
      {button}
      {pending && <Working>{working}</Working>}
    </div>
  );
}

/** A submit button and its Cancel. */
export function FormActions({
  submit,
  pending,
  onCancel,
  submitClassName,
  cancelClassName,
  className = "flex items-center gap-3",
}: {
  submit: ReactNode;
  pending: boolean;
  onCancel: () => void;
  submitClassName: string;
  cancelClassName: string;
  className?: string;
}) {
  return (
    <div className={className}>
      <SubmitButton pending={pending} className={submitClassName}>
        {submit}
      </SubmitButton>
      <button type="button" className={cancelClassName} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/** A form-level problem, read out as soon as it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      {children}
    </div>
  );
}

/** A polite confirmation after a form or action did its job ("Saved.", "Password changed."). */
export function SuccessNote({ children, onDismiss }: { children: ReactNode; onDismiss?: () => void }) {
  return (
    <div className="flex items-center justify-between gap-3 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
      <p className="flex items-center gap-2">
        <span aria-hidden="true">✓</span>
        <span role="status">{children}</span>
      </p>
      {onDismiss && (
        <button type="button" onClick={onDismiss} className="text-emerald-800 underline hover:no-underline">
          Dismiss
        </button>
      )}
    </div>
  );
}
