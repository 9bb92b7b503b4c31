import { AccountView } from "~/components/account/account-view";

export default function AccountPage() {
  return <AccountView />;
}
