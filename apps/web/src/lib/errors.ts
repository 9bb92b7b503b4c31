import { fieldErrorsOf } from "@commerce/ui/states";

export type DescribedError = {
  /** A sentence for the whole form (null when every problem belongs to a field). */
  message: string | null;
  /** Problems by field path, e.g. "customer.email" → "must be an email address". */
  fields: Record<string, string>;
  /** The server's domain code (OUT_OF_STOCK, PAYMENT_IN_PROGRESS…), when there is one. */
  domainCode: string | null;
};

type Issue = { path: (string | number)[]; message: string };

/** Validation errors carry zod's issues (with full paths) as the message; read them if present. */
function issuesFrom(message: string): Issue[] | null {
  if (!message.trimStart().startsWith("[")) return null;
  try {
    const parsed: unknown = JSON.parse(message);
    if (!Array.isArray(parsed)) return null;
    const issues = parsed.filter(
      (i): i is Issue => typeof i === "object" && i !== null && Array.isArray((i as Issue).path) && typeof (i as Issue).message === "string",
    );
    return issues.length ? issues : null;
  } catch {
    return null;
  }
}

const isNetworkFailure = (message: string) => /failed to fetch|networkerror|load failed|network request failed|fetch failed/i.test(message);

/**
 * Turns a tRPC error into what a form shows: field messages next to their inputs and one
 * sentence for the rest. `knownFields` are the paths this form has inputs for.
 */
export function describeError(error: unknown, knownFields: readonly string[] = []): DescribedError | null {
  if (!error) return null;
  const raw = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  const data = (error as { data?: { domainCode?: string | null } | null } | null)?.data;
  const domainCode = data?.domainCode ?? null;
  const fields: Record<string, string> = {};
  const leftover: string[] = [];

  const place = (path: string, message: string) => {
    const field = knownFields.find((f) => path === f || path.startsWith(`${f}.`));
    if (field) fields[field] ??= message;
    else leftover.push(!path ? message : /^[a-z]/.test(message) ? `${path} ${message}` : `${path}: ${message}`);
  };

  const issues = issuesFrom(raw);
  if (issues) {
    for (const issue of issues) place(issue.path.join("."), issue.message);
  } else {
    const byField = fieldErrorsOf(error);
    const keys = Object.keys(byField).filter((k) => byField[k]?.length);
    for (const key of keys) place(key, byField[key]!.join(", "));
    if (!keys.length) {
      return {
        message: isNetworkFailure(raw) ? "Could not reach the shop. Check your connection and try again." : raw,
        fields,
        domainCode,
      };
    }
  }
  const message = leftover.length
    ? `Please check: ${leftover.join("; ")}`
    : Object.keys(fields).length
      ? "Please correct the highlighted fields."
      : raw;
  return { message, fields, domainCode };
}
