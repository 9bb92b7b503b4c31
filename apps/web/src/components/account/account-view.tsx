"use client";
import { ChangePasswordForm } from "@commerce/ui/password-change";
import { SessionList } from "@commerce/ui/session-list";
import { RequireCustomer } from "../require-customer";
import { primaryButton } from "../styles";
import { OrderHistory } from "./order-history";
import { ProfileForm } from "./profile-form";
import { AccountSection } from "./section";

/** /<slug>/account: profile, password, orders and signed-in devices of the signed-in customer. */
export function AccountView() {
  return (
    <RequireCustomer>
      {(me) => (
        <div className="space-y-8">
          <div>
            <h1 className="text-3xl font-semibold tracking-tight">Your account</h1>
            <p className="mt-1 text-sm text-gray-500">Signed in as {me.email}</p>
          </div>
          <div className="grid gap-6 lg:grid-cols-2">
            <ProfileForm me={me} />
            <AccountSection id="password" title="Change password">
              <ChangePasswordForm buttonClassName={primaryButton} />
            </AccountSection>
          </div>
          <OrderHistory />
          <AccountSection id="devices" title="Signed-in devices">
            <SessionList label="Signed-in devices" />
          </AccountSection>
        </div>
      )}
    </RequireCustomer>
  );
}
