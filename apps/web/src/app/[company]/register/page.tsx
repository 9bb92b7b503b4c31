import { Suspense } from "react";
import { Spinner } from "@commerce/ui/states";
import { RegisterForm } from "~/components/auth/register-form";

export default function RegisterPage() {
  return (
    <Suspense fallback={<Spinner />}>
      <RegisterForm />
    </Suspense>
  );
}
