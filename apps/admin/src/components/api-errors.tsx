"use client";
import Link from "next/link";
import { ErrorBox, errorDataOf, fieldErrorsOf, Spinner } from "@commerce/ui/states";

// How the admin pages show what the API refused. The server's messages are written for people;
// these helpers only decide where a message goes (next to a field, in a box, or as a page).

/** The tRPC code ("UNAUTHORIZED", "FORBIDDEN", "BAD_REQUEST", …), when the server answered. */
export function codeOf(error: unknown): string | undefined {
  return errorDataOf(error)?.code;
}

export function isSignedOut(error: unknown): boolean {
  return codeOf(error) === "UNAUTHORIZED";
}

export function isPlanLimit(error: unknown): boolean {
  return errorDataOf(error)?.domainCode === "PLAN_LIMIT";
}

/** A refusal of the caller's role (not a plan limit or a locked account, which are FORBIDDEN too). */
export function isNoAccess(error: unknown): boolean {
  const data = errorDataOf(error);
  return data?.code === "FORBIDDEN" && data.domainCode !== "PLAN_LIMIT" && data.domainCode !== "LOCKED";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : typeof error === "object" && error && "message" in error ? String((error as { message: unknown }).message) : String(error);
}

/**
 * A message fit to show. Input validation errors carry zod's issues as JSON in their message,
 * so those are rebuilt from the field errors instead.
 */
export function readableMessage(error: unknown): string {
  const fields = Object.entries(fieldErrorsOf(error)).filter(([, m]) => m?.length);
  if (fields.length) return fields.map(([path, m]) => (path ? `${path}: ${m!.join("; ")}` : m!.join("; "))).join(" · ");
  return messageOf(error);
}

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
  if (isSignedOut(error)) return <Spinner label="Your session has ended. Taking you to sign in…" />;
  if (isNoAccess(error)) return <NoAccess />;
  return <ErrorBox error={{ message: readableMessage(error) }} {...(onRetry ? { onRetry } : {})} />;
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

/** Puts a server message after its field's label when it reads as a continuation ("is required"). */
export function labelled(label: string, message: string): string {
  if (/^(is|must|needs|closes|has) /.test(message)) return `${label} ${message}`;
  if (/^[a-z0-9]/.test(message)) return `${label}: ${message}`;
  return message;
}

export interface FormErrors {
  /** Messages to show next to fields, keyed by the form's field names. */
  fields: Record<string, string | undefined>;
  /** What goes at the top of the form; null when there is nothing to add. */
  general: string | null;
  planLimit: boolean;
}

/**
 * Sorts a mutation's error onto a form: zod field errors (by path) and domain errors that name a
 * field (details.field) go next to that field; the rest goes on top.
 * `fields` maps each server path (or path prefix) to the form field and its label.
 */
export function formErrorsOf(error: unknown, fields: Record<string, { field: string; label: string }>): FormErrors {
  if (!error) return { fields: {}, general: null, planLimit: false };
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  const target = (path: string) => {
    let best: string | undefined;
    for (const key of Object.keys(fields)) if ((path === key || path.startsWith(`${key}.`)) && (!best || key.length > best.length)) best = key;
    return best ? fields[best] : undefined;
  };
  for (const [path, messages] of Object.entries(fieldErrorsOf(error))) {
    if (!messages?.length) continue;
    const t = target(path);
    const text = messages.join("; ");
    if (t) placed[t.field] ??= labelled(t.label, text);
    else unplaced.push(path ? `${path}: ${text}` : text);
  }
  const data = errorDataOf(error);
  const domainField = data?.details?.field;
  const hasZod = Object.keys(fieldErrorsOf(error)).length > 0;
  if (!hasZod && typeof domainField === "string" && target(domainField)) {
    placed[target(domainField)!.field] ??= messageOf(error);
    return { fields: placed, general: null, planLimit: false };
  }
  if (hasZod) {
    return { fields: placed, general: unplaced.length ? unplaced.join(" · ") : "Please correct the highlighted fields.", planLimit: false };
  }
  return { fields: placed, general: messageOf(error), planLimit: isPlanLimit(error) };
}

/** The top-of-form box: plan limits get their own notice, everything else an alert. */
export function FormErrorBox({ errors, showPlanLink = false }: { errors: FormErrors; showPlanLink?: boolean }) {
  if (!errors.general) return null;
  if (errors.planLimit) return <PlanLimitNotice message={errors.general} showPlanLink={showPlanLink} />;
  return <ErrorBox error={{ message: errors.general }} />;
}

/** A one-line failure of an action button (not a form): plan limit, no access, or the message. */
export function ActionError({ error }: { error: unknown }) {
  if (!error) return null;
  if (isPlanLimit(error)) return <PlanLimitNotice message={messageOf(error)} />;
  return <ErrorBox error={{ message: readableMessage(error) }} />;
}
