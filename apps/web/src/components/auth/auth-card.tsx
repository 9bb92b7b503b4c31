import type { ReactNode } from "react";
import { panel } from "../styles";

/** The narrow card the sign-in, registration and password pages share. */
export function AuthCard({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="mx-auto max-w-md space-y-6 py-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {intro && <p className="text-sm text-gray-600">{intro}</p>}
      </div>
      <div className={`space-y-5 ${panel}`}>{children}</div>
      {footer && <div className="space-y-2 text-center text-sm text-gray-600">{footer}</div>}
    </div>
  );
}
