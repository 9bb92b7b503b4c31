import { parseCookieHeader } from "@commerce/auth/next-auth";

// The visitor's own cookies beside the session's (a guest's basket): read from the request,
// and set on its answer by the route handler. Services see a jar; only next-handler.ts builds one
// from HTTP, and the tests keep one per browser they pretend to be.

export interface CookieJar {
  get(name: string): string | undefined;
  /** Sets an HttpOnly, SameSite=Lax cookie for the whole site, kept `maxAgeSeconds`. */
  set(name: string, value: string, maxAgeSeconds: number): void;
  clear(name: string): void;
}

export class RequestCookies implements CookieJar {
  /** Set-Cookie values for the answer. */
  readonly outgoing: string[] = [];
  private readonly cookies: Map<string, string>;

  constructor(
    cookieHeader: string | null,
    private readonly secure: boolean,
  ) {
    this.cookies = parseCookieHeader(cookieHeader);
  }

  get(name: string) {
    return this.cookies.get(name);
  }

  set(name: string, value: string, maxAgeSeconds: number) {
    this.cookies.set(name, value);
    this.outgoing.push(this.line(name, encodeURIComponent(value), maxAgeSeconds));
  }

  clear(name: string) {
    this.cookies.delete(name);
    this.outgoing.push(this.line(name, "", 0));
  }

  private line(name: string, value: string, maxAgeSeconds: number) {
    return `${name}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${this.secure ? "; Secure" : ""}`;
  }
}

/** Outside a browser's request (the worker, scripts): no cookies, and setting one goes nowhere. */
export const noCookies: CookieJar = { get: () => undefined, set: () => undefined, clear: () => undefined };
