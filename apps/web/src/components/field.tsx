import type { ReactNode } from "react";

export const inputClass =
  "w-full rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm shadow-xs focus:border-gray-900 focus:outline-none focus:ring-1 focus:ring-gray-900 disabled:bg-gray-100 disabled:text-gray-500 read-only:bg-gray-50 read-only:text-gray-600 aria-invalid:border-red-500 aria-invalid:ring-red-500";

type AriaProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** A labelled input with its hint and error message underneath, wired up for screen readers. */
export function Field({
  id,
  label,
  error,
  hint,
  aside,
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  /** A short help text under the input, e.g. what a password needs. */
  hint?: ReactNode;
  /** Shown beside the input, e.g. a running total. */
  aside?: ReactNode;
  children: (aria: AriaProps) => ReactNode;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ");
  const aria: AriaProps = { id, ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) };
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-gray-700">
        {label}
      </label>
      {aside ? (
        <div className="flex items-center gap-4">
          <div className="w-32 shrink-0">{children(aria)}</div>
          {aside}
        </div>
      ) : (
        children(aria)
      )}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-gray-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {/^[a-z]/.test(error) ? `${label} ${error}` : error}
        </p>
      )}
    </div>
  );
}
