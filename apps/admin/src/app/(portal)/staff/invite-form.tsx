"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { describeError } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";
import { FormErrorBox } from "~/components/api-errors";
import { roleWords } from "@commerce/ui/roles";
import { Card, describedBy, Field, FormActions, inputClass } from "~/components/ui";
import { ShopSelect } from "./shop-select";
import type { Shop, StaffRole } from "./types";

const inviteFieldMap = {
  name: "name",
  email: "email",
  role: "role",
  shopId: "shopId",
  staffCode: "staffCode",
};

export function InviteForm({
  roles,
  shops,
  onCancel,
  onInvited,
}: {
  roles: StaffRole[];
  shops: Shop[];
  onCancel: () => void;
  onInvited: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<StaffRole>(roles.includes("STAFF") ? "STAFF" : roles[0]!);
  const [shopId, setShopId] = useState(shops.length === 1 ? shops[0]!.id : "");
  const [staffCode, setStaffCode] = useState("");
  const invite = useMutation(
    trpc.staff.invite.mutationOptions({
      onSuccess: async (member) => {
        await queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
        onInvited(`Invited ${member.name}. An email with a link to set a password is on its way to ${member.email}.`);
      },
    }),
  );
  const errors = describeError(invite.error, inviteFieldMap);
  const companyWide = role === "COMPANY_ADMIN";

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (invite.isPending) return;
    invite.mutate({ name, email, role, shopId: companyWide || !shopId ? null : shopId, ...(staffCode.trim() ? { staffCode: staffCode.trim() } : {}) });
  }

  return (
    <form id="invite-member" onSubmit={onSubmit} noValidate aria-label="Invite a team member">
      <Card title="Invite a team member">
        <div className="space-y-5">
          <p className="text-sm text-gray-500">They receive an email with a link to choose their password (valid for 72 hours).</p>
          <FormErrorBox errors={errors} showPlanLink={roles.includes("COMPANY_ADMIN")} />
          <div className="grid gap-5 sm:grid-cols-2">
            <Field id="invite-name" label="Name" error={errors.fields.name}>
              <input
                {...describedBy("invite-name", errors.fields.name)}
                value={name}
                onChange={(e) => setName(e.target.value)}
                maxLength={120}
                autoComplete="off"
                className={inputClass}
              />
            </Field>
            <Field id="invite-email" label="Email" error={errors.fields.email}>
              <input
                {...describedBy("invite-email", errors.fields.email)}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                autoComplete="off"
                className={inputClass}
              />
            </Field>
            <Field id="invite-role" label="Role" error={errors.fields.role}>
              <select
                {...describedBy("invite-role", errors.fields.role)}
                value={role}
                onChange={(e) => setRole(e.target.value as StaffRole)}
                className={inputClass}
              >
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {roleWords[r]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="invite-shop" label="Shop" error={errors.fields.shopId} hint={companyWide ? "Company admins work across all shops." : undefined}>
              <ShopSelect
                id="invite-shop"
                error={errors.fields.shopId}
                hasHint={companyWide}
                companyWide={companyWide}
                shops={shops}
                value={shopId}
                onChange={setShopId}
              />
            </Field>
            <Field
              id="invite-staffCode"
              label="Staff number"
              error={errors.fields.staffCode}
              hint="Optional; needed to sign in to the POS with a PIN. 2 to 12 letters or digits."
            >
              <input
                {...describedBy("invite-staffCode", errors.fields.staffCode, true)}
                value={staffCode}
                onChange={(e) => setStaffCode(e.target.value)}
                maxLength={12}
                autoComplete="off"
                className={`${inputClass} font-mono`}
              />
            </Field>
          </div>
          <FormActions submit="Send invitation" pending={invite.isPending} onCancel={onCancel} />
        </div>
      </Card>
    </form>
  );
}
