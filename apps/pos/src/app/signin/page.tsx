import type { Metadata } from "next";
import { SignInScreen } from "~/staff/signin-screen";

export const metadata: Metadata = { title: "Sign in · Point of sale" };

export default function SignInPage() {
  return <SignInScreen />;
}
