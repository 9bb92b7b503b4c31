import type { Metadata } from "next";
import { ProfileScreen } from "~/staff/profile-screen";

export const metadata: Metadata = { title: "Profile · Point of sale" };

export default function ProfilePage() {
  return <ProfileScreen />;
}
