import type { ReactNode } from "react";

/** Sign-in, forgotten and new passwords: no navigation, just the form. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-start justify-center px-4 py-16 sm:items-center sm:py-12">
      <div className="w-full max-w-sm">
        <p className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold tracking-tight text-gray-900">
          <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-md bg-indigo-600 text-sm font-bold text-white">
            C
          </span>
          Commerce Admin
        </p>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-gray-200">{children}</div>
      </div>
    </main>
  );
}
