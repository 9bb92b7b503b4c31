import type { TRPCRouterRecord } from "@trpc/server";
import { anyone, companyAdmin, platform, storefront } from "../../trpc";
import { openCompany } from "../../workflows/invitations";
import { companySettingsInput, createCompanyInput, updateCompanyInput } from "./company.schemas";
import * as companies from "./company.service";

export const companyRouter = {
  // The super admin, above companies.
  list: platform.requires("platform.manage").query(({ ctx }) => companies.listCompanies(ctx)),
  create: platform
    .requires("platform.manage")
    .input(createCompanyInput)
    .mutation(({ ctx, input }) => openCompany(ctx, input)),
  update: platform
    .requires("platform.manage")
    .input(updateCompanyInput)
    .mutation(({ ctx, input }) => companies.updateCompany(ctx, input)),
  // A company admin, on their own company.
  settings: companyAdmin.requires("company.settings").query(({ ctx }) => companies.companySettings(ctx)),
  updateSettings: companyAdmin
    .requires("company.settings")
    .input(companySettingsInput)
    .mutation(({ ctx, input }) => companies.updateCompanySettings(ctx, input)),
  /** Every open storefront, for the home page. */
  directory: anyone.requires("public").query(({ ctx }) => companies.storefrontDirectory(ctx)),
  /** The storefront's header: name and colours of the company being visited. */
  storefront: storefront.requires("product.browse").query(({ ctx }) => {
    const { name, slug, brandName, brandColour, currency } = ctx.tenant;
    return { name, slug, brandName, brandColour, currency };
  }),
} satisfies TRPCRouterRecord;
