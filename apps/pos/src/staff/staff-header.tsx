"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SaleState } from "~/pos/pos-screen";
import { roleWords } from "@commerce/ui/roles";
import type { Me } from "./types";
import { useSignOut } from "./use-sign-out";

/**
 * The till's top bar: who is serving, in which shop, and the way out. Leaving with items on the
 * sale asks first; leaving while a card payment is open is not offered (void or finish it first).
 */
export function StaffHeader({ me, sale }: { me: Me; sale: SaleState }) {
  const router = useRouter();
  const { signOut, pending, error } = useSignOut();
  const [confirming, setConfirming] = useState<"signout" | "profile" | null>(null);
  const paying = sale === "paying";

  function leave(to: "signout" | "profile") {
    if (sale === "open" && confirming !== to) {
      setConfirming(to);
      return;
    }
    setConfirming(null);
    if (to === "signout") void signOut();
    else router.push("/profile");
  }

  return (
    <header className="shrink-0 bg-gray-900 text-white print:hidden">
      <div className="flex h-16 items-center gap-4 px-5">
        <div className="min-w-0 flex-1">
          <p className="truncate text-base font-semibold">{me.shop?.name ?? me.company?.name ?? "Point of sale"}</p>
          <p className="truncate text-xs text-gray-400">
            {me.shop ? `Shop ${me.shop.code}` : "No shop"}
            {me.company ? ` · ${me.company.name}` : ""}
          </p>
        </div>
        <div className="min-w-0 text-right">
          <p className="truncate text-base font-semibold" data-testid="staff-name">
            {me.name}
          </p>
          <p className="text-xs text-gray-400">
            {roleWords[me.role]}
            {me.staffCode ? ` · No. ${me.staffCode}` : ""}
          </p>
        </div>
        <nav aria-label="Account" className="flex items-center gap-2">
          {paying ? (
            <span aria-disabled="true" className="flex h-11 items-center rounded-xl px-4 text-base font-medium text-gray-500">
              Profile
            </span>
          ) : (
            <Link
              href="/profile"
              onClick={(e) => {
                if (sale === "open") {
                  e.preventDefault();
                  leave("profile");
                }
              }}
              className="flex h-11 items-center rounded-xl px-4 text-base font-medium text-gray-100 active:bg-white/10"
            >
              Profile
            </Link>
          )}
          <button
            type="button"
            onClick={() => leave("signout")}
            disabled={paying || pending}
            aria-busy={pending}
            className="h-11 rounded-xl border border-white/30 px-4 text-base font-semibold text-white active:bg-white/10 disabled:opacity-40"
          >
            Sign out
          </button>
        </nav>
      </div>
      {paying && <p className="bg-gray-800 px-5 py-1.5 text-right text-xs text-gray-300">Finish the payment or go back to the sale before leaving the till.</p>}
      {confirming && sale === "open" && (
        <div role="alert" className="flex flex-wrap items-center justify-end gap-3 bg-amber-100 px-5 py-2 text-sm text-amber-950">
          <span className="font-medium">
            {confirming === "signout" ? "Signing out clears the current sale." : "Opening your profile clears the current sale."}
          </span>
          <button type="button" onClick={() => leave(confirming)} className="h-10 rounded-lg bg-amber-900 px-3 font-semibold text-white active:bg-amber-950">
            Clear the sale and continue
          </button>
          <button type="button" onClick={() => setConfirming(null)} className="h-10 rounded-lg border border-amber-900/30 px-3 font-medium active:bg-amber-200">
            Keep selling
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="bg-red-100 px-5 py-2 text-sm text-red-900">
          {error}
        </p>
      )}
    </header>
  );
}
