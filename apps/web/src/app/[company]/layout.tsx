import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { storefrontCompany } from "@commerce/api/platform";
import { StoreShell } from "~/components/store/store-shell";

type Params = { params: Promise<{ company: string }> };

// An unknown or suspended company's address is a real 404, not an empty shop.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const company = await storefrontCompany((await params).company);
  return company ? { title: { default: company.brandName, template: `%s · ${company.brandName}` } } : {};
}

export default async function StorefrontLayout({ children, params }: Params & { children: ReactNode }) {
  const { company } = await params;
  if (!(await storefrontCompany(company))) notFound();
  return <StoreShell slug={company}>{children}</StoreShell>;
}
