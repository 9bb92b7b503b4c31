import type { z } from "zod";
import { createCompany } from "../domains/company/company.service";
import type { createCompanyInput } from "../domains/company/company.schemas";
import { sendSetPasswordLink } from "../domains/identity/identity.service";
import { addStaffMember } from "../domains/staff/staff.service";
import type { inviteStaffInput } from "../domains/staff/staff.schemas";
import type { MemberContext, ServiceContext } from "../service-context";

// Where the team and the identity domain meet: a new person is created by their domain, then
// mailed a one-time link to choose their password. No compensation: a person whose mail did
// not go out is still on the team, and an admin can send the link again by resetting.

/** A company admin or shop manager adds a team member and invites them. */
export async function inviteStaffMember(ctx: MemberContext, input: z.infer<typeof inviteStaffInput>) {
  const { member, user } = await addStaffMember(ctx, input);
  await sendSetPasswordLink(ctx, user, "invite");
  return member;
}

/** The super admin opens a company and invites its first admin. */
export async function openCompany(ctx: ServiceContext, input: z.infer<typeof createCompanyInput>) {
  const { company, admin } = await createCompany(ctx, input);
  await sendSetPasswordLink(ctx, admin, "invite");
  return company;
}
