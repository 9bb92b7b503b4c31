import type { TRPCRouterRecord } from "@trpc/server";
import { requires } from "../../trpc";
import { companySettingsInput, createCompanyInput, updateCompanyInput } from "./company.schemas";
import * as companies from "./company.service";

export const companyRouter = {
  // The super admin, above companies.
  list: requires("platform.manage").query(({ ctx }) => companies.listCompanies(ctx)),
  create: requires("platform.manage").input(createCompanyInput).mutation(({ ctx, input }) => companies.createCompany(ctx, input)),
  update: requires("platform.manage").input(updateCompanyInput).mutation(({ ctx, input }) => companies.updateCompany(ctx, input)),
  // A company admin, on their own company.
  settings: requires("company.settings").query(({ ctx }) => companies.companySettings(ctx)),
  updateSettings: requires("company.settings").input(companySettingsInput).mutation(({ ctx, input }) => companies.updateCompanySettings(ctx, input)),
  /** Every open storefront, for the home page. */
  directory: requires("public").query(({ ctx }) => companies.storefrontDirectory(ctx)),
  /** The storefront's header: name and colours of the company being visited. */
  storefront: requires("catalogue.browse").query(({ ctx }) => ({ name: ctx.tenant!.name, slug: ctx.tenant!.slug, brandName: ctx.tenant!.brandName, brandColour: ctx.tenant!.brandColour, currency: ctx.tenant!.currency })),
} satisfies TRPCRouterRecord;
