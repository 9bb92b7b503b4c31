// The one place that turns what the API refused into words for a person. The server's messages
// are already written for people; this only decides where each goes (next to a field or on top)
// and words the failures that never reached the server.

/** What the API's error formatter attaches to every tRPC error (see packages/api/src/trpc.ts). */
export interface ApiErrorData {
  code?: string;
  /** zod messages keyed by full field path, e.g. "customer.email" or "price.amount". */
  fieldErrors?: Record<string, string[] | undefined> | null;
  domainCode?: string | null;
  details?: Record<string, unknown> | null;
}

/** The server's error data, or undefined when the request never got an answer from the API. */
export function errorDataOf(error: unknown): ApiErrorData | undefined {
  return ((error as { data?: ApiErrorData | null } | null)?.data ?? undefined) as ApiErrorData | undefined;
}

/** zod field errors that the API sends back with a BAD_REQUEST, keyed by field path. */
export function fieldErrorsOf(error: unknown): Record<string, string[] | undefined> {
  return errorDataOf(error)?.fieldErrors ?? {};
}

/** True when the browser could not reach the API at all (an answer from the server carries data). */
export function isNetworkFailure(error: unknown): boolean {
  if (errorDataOf(error)) return false;
  const message = error instanceof Error ? error.message : String(error);
  return /failed to fetch|networkerror|load failed|network request failed|fetch failed/i.test(message);
}

/** Said when the browser could not reach the API at all. */
export const offlineMessage = "Could not reach the server. Check your connection and try again.";

export type DescribedError = {
  /** A sentence for the whole form (null when every problem belongs to a field). */
  message: string | null;
  /** Problems by the form's field name, e.g. "email" → "must be an email address". */
  fields: Record<string, string>;
  /** The server's domain code (OUT_OF_STOCK, PLAN_LIMIT…), when there is one. */
  domainCode: string | null;
  /** The company's plan does not allow this: shown with a way to the plan. */
  planLimit: boolean;
};

/**
 * Where a form's inputs sit: a list of server paths that are also the form's field names, or a
 * map from a server path (or path prefix, e.g. "price" for "price.amount") to the field name.
 */
export type FormFields = readonly string[] | Readonly<Record<string, string>>;

/**
 * Turns a tRPC error into what a form shows: field messages next to their inputs (by `fields`)
 * and one sentence for the rest. With no error, nothing to show (message null, no fields).
 */
export function describeError(error: unknown, fields: FormFields = []): DescribedError {
  if (!error) return { message: null, fields: {}, domainCode: null, planLimit: false };
  const map: Record<string, string> = Array.isArray(fields) ? Object.fromEntries(fields.map((f) => [f, f])) : { ...(fields as Record<string, string>) };
  const data = errorDataOf(error);
  const domainCode = data?.domainCode ?? null;
  const raw = rawMessageOf(error);
  const placed: Record<string, string> = {};
  const leftover: string[] = [];
  // The longest matching path wins, so "price.currency" can go elsewhere than "price".
  const fieldFor = (path: string) => {
    let best: string | undefined;
    for (const key of Object.keys(map)) if ((path === key || path.startsWith(`${key}.`)) && (!best || key.length > best.length)) best = key;
    return best === undefined ? undefined : map[best];
  };

  const byPath = fieldErrorsOf(error);
  const paths = Object.keys(byPath).filter((p) => byPath[p]?.length);
  for (const path of paths) {
    const text = joinMessages(byPath[path]!);
    const field = fieldFor(path);
    if (field) placed[field] ??= text;
    else leftover.push(!path ? text : /^[a-z]/.test(text) ? `${path} ${text}` : `${path}: ${text}`);
  }
  if (!paths.length) {
    // A business rule about one field (e.g. "email already registered") names it in details.
    const named = data?.details?.field;
    const field = typeof named === "string" ? fieldFor(named) : undefined;
    if (field) return { message: null, fields: { [field]: raw }, domainCode, planLimit: false };
    return { message: isNetworkFailure(error) ? offlineMessage : raw, fields: {}, domainCode, planLimit: domainCode === "PLAN_LIMIT" };
  }
  const message = leftover.length ? `Please check: ${leftover.join("; ")}` : "Please correct the highlighted fields.";
  return { message, fields: placed, domainCode, planLimit: false };
}

/** One sentence for an error shown outside a form (a failed load or action button). */
export function messageOf(error: unknown): string {
  return describeError(error).message || "Something went wrong. Try again.";
}

/** The tRPC code ("UNAUTHORIZED", "FORBIDDEN", "BAD_REQUEST", …), when the server answered. */
export function codeOf(error: unknown): string | undefined {
  return errorDataOf(error)?.code;
}

export function domainCodeOf(error: unknown): string | null {
  return errorDataOf(error)?.domainCode ?? null;
}

export function detailsOf(error: unknown): Record<string, unknown> {
  return errorDataOf(error)?.details ?? {};
}

/** The server answered that the caller is not signed in (or their session ended). */
export function isSignedOutError(error: unknown): boolean {
  return codeOf(error) === "UNAUTHORIZED";
}

export function isPlanLimitError(error: unknown): boolean {
  return domainCodeOf(error) === "PLAN_LIMIT";
}

/** A refusal of the caller's role (not a plan limit or a locked account, which are FORBIDDEN too). */
export function isNoAccessError(error: unknown): boolean {
  const data = errorDataOf(error);
  return data?.code === "FORBIDDEN" && data.domainCode !== "PLAN_LIMIT" && data.domainCode !== "LOCKED";
}

/**
 * A field's message as a sentence: "is required" reads on from its label ("Name is required"),
 * "at least 10 characters" follows it ("PIN: at least…"); a full sentence stands alone.
 */
export function labelled(label: string, message: string): string {
  if (/^(is|must|needs|closes|has|should|cannot|can't) /.test(message)) return `${label} ${message}`;
  if (/^[a-z0-9]/.test(message)) return `${label}: ${message}`;
  return message;
}

function rawMessageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(error);
}

/** "Use at least 10 characters. Mix letters with digits or symbols", or "must be x, must be y". */
function joinMessages(messages: readonly string[]): string {
  return messages.reduce((text, next) => (!text ? next : `${text}${/^[A-Z]/.test(next) ? ". " : ", "}${next}`), "");
}
