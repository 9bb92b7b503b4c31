import { Suspense } from "react";
import { Spinner } from "@commerce/ui/states";
import { ResetPasswordForm } from "~/components/auth/reset-password-form";

export default function ResetPasswordPage() {
  return (
    <Suspense fallback={<Spinner />}>
      <ResetPasswordForm />
    </Suspense>
  );
}
