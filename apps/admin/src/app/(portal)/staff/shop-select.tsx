"use client";
import { describedBy, inputClass } from "~/components/ui";
import type { Shop } from "./types";

/** Which shop a team member works in; company admins work in all of them. */
export function ShopSelect({
  id,
  error,
  hasHint = false,
  companyWide,
  shops,
  value,
  onChange,
}: {
  id: string;
  error: string | undefined;
  hasHint?: boolean;
  companyWide: boolean;
  shops: Shop[];
  value: string;
  onChange: (shopId: string) => void;
}) {
  return (
    <select
      {...describedBy(id, error, hasHint)}
      value={companyWide ? "" : value}
      disabled={companyWide}
      onChange={(e) => onChange(e.target.value)}
      className={`${inputClass} disabled:opacity-50`}
    >
      <option value="">{companyWide ? "All shops" : "Choose a shop"}</option>
      {shops.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name} ({s.code}){s.active ? "" : " — inactive"}
        </option>
      ))}
    </select>
  );
}
