import type { ReactNode } from "react";
import { panel } from "../styles";

/** A titled panel of the account page; the heading names the region for screen readers. */
export function AccountSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`space-y-4 ${panel}`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
