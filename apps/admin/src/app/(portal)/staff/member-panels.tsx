"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { describeError } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";
import { FormErrorBox } from "~/components/api-errors";
import { type Role } from "~/components/session";
import { roleWords } from "@commerce/ui/roles";
import { describedBy, Field, FormActions, inputClass } from "~/components/ui";
import { ShopSelect } from "./shop-select";
import type { Member, Shop, StaffRole } from "./types";

const editFieldMap = { role: "role", shopId: "shopId", staffCode: "staffCode" };

export function EditPanel({
  member,
  roles,
  shops,
  onCancel,
  onSaved,
}: {
  member: Member;
  roles: StaffRole[];
  shops: Shop[];
  onCancel: () => void;
  onSaved: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<StaffRole>(member.role as StaffRole);
  const [shopId, setShopId] = useState(member.shop?.id ?? "");
  const [staffCode, setStaffCode] = useState(member.staffCode ?? "");
  const update = useMutation(
    trpc.staff.update.mutationOptions({
      onSuccess: async (m) => {
        await queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
        onSaved(`Saved ${m.name}: ${roleWords[m.role as Role] ?? m.role}${m.shop ? ` at ${m.shop.name}` : ""}.`);
      },
    }),
  );
  const errors = describeError(update.error, editFieldMap);
  const companyWide = role === "COMPANY_ADMIN";
  const roleId = `edit-role-${member.id}`;
  const shopFieldId = `edit-shop-${member.id}`;
  const staffCodeId = `edit-staffCode-${member.id}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    const code = staffCode.trim() || null;
    update.mutate({
      id: member.id,
      ...(role !== member.role ? { role } : {}),
      shopId: companyWide || !shopId ? null : shopId,
      ...(code !== member.staffCode ? { staffCode: code } : {}),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Edit ${member.name}`} className="space-y-4 rounded-md bg-white p-4 ring-1 ring-gray-200">
      <p className="text-sm text-gray-600">Changing the role or shop signs {member.name} out everywhere.</p>
      <FormErrorBox errors={errors} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={roleId} label="Change role" error={errors.fields.role}>
          <select {...describedBy(roleId, errors.fields.role)} value={role} onChange={(e) => setRole(e.target.value as StaffRole)} className={inputClass}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleWords[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={shopFieldId} label="Change shop" error={errors.fields.shopId}>
          <ShopSelect id={shopFieldId} error={errors.fields.shopId} companyWide={companyWide} shops={shops} value={shopId} onChange={setShopId} />
        </Field>
        <Field
          id={staffCodeId}
          label="Staff number"
          error={errors.fields.staffCode}
          hint="Needed to sign in to the POS with a PIN. 2 to 12 letters or digits; empty for none."
        >
          <input
            {...describedBy(staffCodeId, errors.fields.staffCode)}
            value={staffCode}
            onChange={(e) => setStaffCode(e.target.value)}
            maxLength={12}
            className={`${inputClass} font-mono`}
          />
        </Field>
      </div>
      <FormActions submit="Save changes" pending={update.isPending} onCancel={onCancel} className="flex gap-3" />
    </form>
  );
}

export function PinPanel({ member, onCancel, onSaved }: { member: Member; onCancel: () => void; onSaved: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pin, setPin] = useState("");
  const setPinMutation = useMutation(
    trpc.staff.setPin.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
        onSaved(`New PIN set for ${member.name}.`);
      },
    }),
  );
  const errors = describeError(setPinMutation.error, { pin: "pin" });
  const pinId = `pin-${member.id}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (setPinMutation.isPending) return;
    setPinMutation.mutate({ id: member.id, pin });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Set PIN for ${member.name}`} className="space-y-4 rounded-md bg-white p-4 ring-1 ring-gray-200">
      <p className="text-sm text-gray-600">
        The PIN signs {member.name} in to the POS with their staff number{member.staffCode ? ` (${member.staffCode})` : ""}. It also unlocks a locked account.
      </p>
      <FormErrorBox errors={errors} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id={pinId} label="New PIN" error={errors.fields.pin} hint="4 to 8 digits" className="w-48">
          <input
            {...describedBy(pinId, errors.fields.pin, true)}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            className={`${inputClass} font-mono`}
          />
        </Field>
        <FormActions submit="Save PIN" pending={setPinMutation.isPending} onCancel={onCancel} className="flex gap-3 pb-5" />
      </div>
    </form>
  );
}
