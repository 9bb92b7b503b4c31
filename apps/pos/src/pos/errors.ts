import { TRPCClientError } from "@trpc/client";

interface ErrorData {
  code?: string;
  domainCode?: string | null;
  details?: Record<string, unknown> | null;
  fieldErrors?: Record<string, string[] | undefined> | null;
}

function dataOf(error: unknown): ErrorData | undefined {
  return error instanceof TRPCClientError ? ((error.data ?? undefined) as ErrorData | undefined) : undefined;
}

export function domainCodeOf(error: unknown): string | null {
  return dataOf(error)?.domainCode ?? null;
}

export function detailsOf(error: unknown): Record<string, unknown> {
  return dataOf(error)?.details ?? {};
}

/** A sentence a shop assistant can act on. The server's domain messages already are; transport failures are not. */
export function messageOf(error: unknown): string {
  const data = dataOf(error);
  if (data?.fieldErrors) {
    const parts = Object.entries(data.fieldErrors).flatMap(([field, messages]) => (messages ?? []).map((m) => `${field} ${m}`));
    if (parts.length) return `The sale could not be sent: ${parts.join("; ")}.`;
  }
  if (error instanceof Error) {
    if (!data && /fetch|network|load failed/i.test(error.message)) {
      return "Cannot reach the server. Check the connection and try again.";
    }
    return error.message;
  }
  return "Something went wrong. Try again.";
}
