import type { ReactNode } from "react";
import { StoreShell } from "~/components/store/store-shell";

export default async function StorefrontLayout({ children, params }: { children: ReactNode; params: Promise<{ company: string }> }) {
  const { company } = await params;
  return <StoreShell slug={company}>{children}</StoreShell>;
}
