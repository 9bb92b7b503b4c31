"use client";
import Link from "next/link";
import type { DescribedError } from "@commerce/ui/errors";
import { isNoAccessError, isPlanLimitError, isSignedOutError, messageOf } from "@commerce/ui/errors";
import { ErrorBox, Spinner } from "@commerce/ui/states";

// How the admin pages show what the API refused; the words come from @commerce/ui/errors, these
// only decide the shape (a page, a notice, a box).

export function NoAccess() {
  return (
    <div role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-6 text-sm text-amber-900">
      <h2 className="text-base font-semibold">You don&apos;t have access to this page</h2>
      <p className="mt-1">Your role does not allow this. If you think it should, ask your company&apos;s administrator.</p>
      <Link href="/" className="mt-3 inline-block font-medium underline hover:no-underline">
        Go to your home page
      </Link>
    </div>
  );
}

/** A failed query: signed out (the shell is already redirecting), no access, or a message with a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null;
  if (isSignedOutError(error)) return <Spinner label="Your session has ended. Taking you to sign in…" />;
  if (isNoAccessError(error)) return <NoAccess />;
  return <ErrorBox error={{ message: messageOf(error) }} {...(onRetry ? { onRetry } : {})} />;
}

export function PlanLimitNotice({ message, showPlanLink = false }: { message: string; showPlanLink?: boolean }) {
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-semibold">Plan limit reached</p>
      <p className="mt-0.5">{message}</p>
      {showPlanLink && (
        <Link href="/settings" className="mt-1 inline-block font-medium underline hover:no-underline">
          See your plan and usage
        </Link>
      )}
    </div>
  );
}

/** The top-of-form box for describeError's sentence: plan limits get their own notice, the rest an alert. */
export function FormErrorBox({ errors, showPlanLink = false }: { errors: DescribedError; showPlanLink?: boolean }) {
  if (!errors.message) return null;
  if (errors.planLimit) return <PlanLimitNotice message={errors.message} showPlanLink={showPlanLink} />;
  return <ErrorBox error={{ message: errors.message }} />;
}

/** A one-line failure of an action button (not a form): plan limit, or the message. */
export function ActionError({ error }: { error: unknown }) {
  if (!error) return null;
  if (isPlanLimitError(error)) return <PlanLimitNotice message={messageOf(error)} />;
  return <ErrorBox error={{ message: messageOf(error) }} />;
}
