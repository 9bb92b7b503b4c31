import type { ReactNode } from "react";

export const inputClass =
  "w-full rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm shadow-xs focus:border-gray-900 focus:outline-none focus:ring-1 focus:ring-gray-900 disabled:bg-gray-100 disabled:text-gray-500 aria-invalid:border-red-500 aria-invalid:ring-red-500";

type AriaProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** A labelled input with its error message underneath, wired up for screen readers. */
export function Field({
  id,
  label,
  error,
  aside,
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  /** Shown beside the input, e.g. a running total. */
  aside?: ReactNode;
  children: (aria: AriaProps) => ReactNode;
}) {
  const errorId = `${id}-error`;
  const aria: AriaProps = error ? { id, "aria-invalid": true, "aria-describedby": errorId } : { id };
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
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {/^[a-z]/.test(error) ? `${label} ${error}` : error}
        </p>
      )}
    </div>
  );
}
