import { errorDataOf, fieldErrorsOf, isNetworkFailure } from "@commerce/ui/states";

export type DescribedError = {
  /** A sentence for the whole form (null when every problem belongs to a field). */
  message: string | null;
  /** Problems by field path, e.g. "customer.email" → "must be an email address". */
  fields: Record<string, string>;
  /** The server's domain code (OUT_OF_STOCK, PAYMENT_IN_PROGRESS…), when there is one. */
  domainCode: string | null;
};

/**
 * Turns a tRPC error into what a form shows: field messages next to their inputs and one
 * sentence for the rest. `knownFields` are the paths this form has inputs for.
 */
export function describeError(error: unknown, knownFields: readonly string[] = []): DescribedError | null {
  if (!error) return null;
  const raw = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  const domainCode = errorDataOf(error)?.domainCode ?? null;
  const fields: Record<string, string> = {};
  const leftover: string[] = [];

  const place = (path: string, message: string) => {
    const field = knownFields.find((f) => path === f || path.startsWith(`${f}.`));
    if (field) fields[field] ??= message;
    else leftover.push(!path ? message : /^[a-z]/.test(message) ? `${path} ${message}` : `${path}: ${message}`);
  };

  const byField = fieldErrorsOf(error);
  const keys = Object.keys(byField).filter((k) => byField[k]?.length);
  for (const key of keys) place(key, joinMessages(byField[key]!));
  if (!keys.length) {
    // A business rule about one field (e.g. "email already registered") names it in details.
    const field = errorDataOf(error)?.details?.field;
    if (typeof field === "string" && knownFields.includes(field)) return { message: "Please correct the highlighted fields.", fields: { [field]: raw }, domainCode };
    return {
      message: isNetworkFailure(error) ? "Could not reach the shop. Check your connection and try again." : raw,
      fields,
      domainCode,
    };
  }
  const message = leftover.length
    ? `Please check: ${leftover.join("; ")}`
    : Object.keys(fields).length
      ? "Please correct the highlighted fields."
      : raw;
  return { message, fields, domainCode };
}

/** "Use at least 10 characters. Mix letters with digits or symbols", or "must be x, must be y". */
function joinMessages(messages: readonly string[]): string {
  return messages.reduce((text, next) => (!text ? next : `${text}${/^[A-Z]/.test(next) ? ". " : ", "}${next}`), "");
}

/** True when the server answered that the caller is not signed in (or their session ended). */
export function isSignedOutError(error: unknown): boolean {
  return errorDataOf(error)?.code === "UNAUTHORIZED";
}
