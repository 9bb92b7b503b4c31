import { errorDataOf, isNetworkFailure } from "@commerce/ui/states";

/** True when the API says the caller is not signed in (no session, or it ended). */
export function isUnauthorized(error: unknown): boolean {
  return errorDataOf(error)?.code === "UNAUTHORIZED";
}

/** The server's message (written for people), or a sentence for a failed connection. */
export function plainMessage(error: unknown): string {
  if (isNetworkFailure(error)) return "Cannot reach the server. Check the connection and try again.";
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Try again.";
}
