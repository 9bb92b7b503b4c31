import type { ReactNode } from "react";

/** A polite confirmation after a form did its job ("Saved.", "Password changed."). */
export function SuccessNote({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
      {children}
    </div>
  );
}

/** A spinner beside a submit button while its request runs. */
export function Working({ children }: { children: ReactNode }) {
  return (
    <span role="status" className="flex items-center gap-2 text-sm text-gray-500">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-gray-300 border-t-gray-700" aria-hidden="true" />
      {children}
    </span>
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
