import { Suspense } from "react";
import { Spinner } from "@commerce/ui/states";
import { SignInForm } from "~/components/auth/sign-in-form";

export default function SignInPage() {
  return (
    <Suspense fallback={<Spinner />}>
      <SignInForm />
    </Suspense>
  );
}
