import { errorDataOf, isNetworkFailure } from "@commerce/ui/states";

export function domainCodeOf(error: unknown): string | null {
  return errorDataOf(error)?.domainCode ?? null;
}

export function detailsOf(error: unknown): Record<string, unknown> {
  return errorDataOf(error)?.details ?? {};
}

/** A sentence a shop assistant can act on. The server's domain messages already are; transport failures are not. */
export function messageOf(error: unknown): string {
  const fieldErrors = errorDataOf(error)?.fieldErrors;
  if (fieldErrors) {
    const parts = Object.entries(fieldErrors).flatMap(([field, messages]) => (messages ?? []).map((m) => `${field} ${m}`));
    if (parts.length) return `The sale could not be sent: ${parts.join("; ")}.`;
  }
  if (isNetworkFailure(error)) return "Cannot reach the server. Check the connection and try again.";
  if (error instanceof Error) return error.message;
  return "Something went wrong. Try again.";
}
