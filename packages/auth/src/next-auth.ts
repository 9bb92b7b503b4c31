import type { NextAuthOptions } from "next-auth";
import { decode, type JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import type { BlockList } from "node:net";
import { clientAddress } from "./client-address";
import type { App, Role } from "./permissions";

// The one next-auth configuration, shared by the three apps. next-auth keeps a short-lived
// signed token in a cookie; the session it stands for lives in PostgreSQL (the refresh
// token's hash), so signing out or an admin's revoke ends it on the next request.

/** What a successful sign-in hands to next-auth. */
export interface SessionGrant {
  sessionId: string;
  refreshToken: string;
  userId: string;
  role: Role;
  name: string;
  email: string;
  companyId: string | null;
  shopId: string | null;
}

/** What the signed token carries between requests. */
export interface SessionClaims {
  sid: string;
  uid: string;
  role: Role;
  companyId: string | null;
  shopId: string | null;
  name: string;
  email: string;
  /** When the token must be refreshed against the server-side session (ms since epoch). */
  accessExpiresAt: number;
}

export interface RequestMeta {
  app: App;
  ip: string;
  userAgent: string | null;
}

/** Provided by the identity service; next-auth knows nothing of the database. */
export interface AuthHooks {
  signIn(method: "password" | "pin", credentials: Record<string, string>, meta: RequestMeta): Promise<SessionGrant>;
  refresh(sessionId: string, refreshToken: string): Promise<boolean>;
  signOut(sessionId: string): Promise<void>;
}

export interface AuthSettings {
  secret: string;
  accessTtlSeconds: number;
  sessionTtlHours: number;
  /** True when the app is served over https: cookies get Secure and the __Secure- prefix. */
  secure: boolean;
  /** Proxies whose X-Forwarded-For entries are believed (see client-address.ts). */
  trustedProxies: BlockList;
}

/** Apps share a host in development (ports differ, cookies don't), so each names its own cookies. */
/** What the signed session cookie holds for a grant: read back by readSessionClaims on every request. */
export function sessionToken(grant: SessionGrant, accessTtlSeconds: number) {
  return {
    sub: grant.userId,
    name: grant.name,
    email: grant.email,
    sid: grant.sessionId,
    rt: grant.refreshToken,
    uid: grant.userId,
    role: grant.role,
    companyId: grant.companyId,
    shopId: grant.shopId,
    accessExpiresAt: Date.now() + accessTtlSeconds * 1000,
  };
}

export function sessionCookieName(app: App, secure: boolean) {
  return `${secure ? "__Secure-" : ""}${app}.session-token`;
}

const fieldsOf: Record<App, Record<string, { label: string; type: string }>> = {
  web: { company: { label: "Company", type: "text" }, email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  admin: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  pos: { shop: { label: "Shop code", type: "text" }, staff: { label: "Staff number", type: "text" }, pin: { label: "PIN", type: "password" } },
};

function headerOf(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== "object") return null;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

export type { App } from "./permissions";

export function createAuthOptions(app: App, hooks: AuthHooks, settings: AuthSettings): NextAuthOptions {
  const cookie = (name: string, httpOnly = true) => ({
    name: `${settings.secure ? "__Secure-" : ""}${app}.${name}`,
    options: { httpOnly, sameSite: "lax" as const, path: "/", secure: settings.secure },
  });
  const method = app === "pos" ? "pin" : "password";
  return {
    secret: settings.secret,
    session: { strategy: "jwt", maxAge: settings.sessionTtlHours * 3600 },
    cookies: {
      sessionToken: { ...cookie("session-token"), name: sessionCookieName(app, settings.secure) },
      csrfToken: cookie("csrf-token"),
      callbackUrl: cookie("callback-url"),
    },
    // The storefront's sign-in page is per company, so its fallback is the list of shops.
    pages: app === "web" ? { signIn: "/", error: "/" } : { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        id: method,
        name: method === "pin" ? "PIN" : "Email and password",
        credentials: fieldsOf[app],
        async authorize(credentials, req) {
          const grant = await hooks.signIn(method, (credentials ?? {}) as Record<string, string>, {
            app,
            ip: clientAddress((name) => headerOf(req.headers, name), settings.trustedProxies),
            userAgent: headerOf(req.headers, "user-agent"),
          });
          return { id: grant.userId, name: grant.name, email: grant.email, grant } as never;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        const grant = (user as { grant?: SessionGrant } | undefined)?.grant;
        if (grant) {
          return sessionToken(grant, settings.accessTtlSeconds);
        }
        if (Date.now() < Number(token.accessExpiresAt)) return token;
        // Throwing makes next-auth clear the cookie: the browser is signed out.
        if (!(await hooks.refresh(String(token.sid), String(token.rt)))) throw new Error("Session ended");
        return { ...token, accessExpiresAt: Date.now() + settings.accessTtlSeconds * 1000 };
      },
      async session({ session, token }) {
        // The refresh token never leaves the server-side cookie handling.
        return {
          ...session,
          user: { id: token.uid, name: token.name, email: token.email, role: token.role, companyId: token.companyId, shopId: token.shopId },
        } as never;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await hooks.signOut(String(token.sid));
      },
    },
    logger: {
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR") return; // an ended session, already handled
        console.error(JSON.stringify({ level: "error", msg: "next-auth", code, metadata: String((metadata as Error)?.message ?? "") }));
      },
      warn() {},
      debug() {},
    },
  };
}

function decodeCookieValue(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** A Cookie header's cookies by name. One whose value is not valid percent-encoding is not ours: skipped, never a failed request. */
export function parseCookieHeader(cookieHeader: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const c of (cookieHeader ?? "").split(";")) {
    const i = c.indexOf("=");
    if (i < 0) continue;
    const value = decodeCookieValue(c.slice(i + 1).trim());
    if (value !== null) cookies.set(c.slice(0, i).trim(), value);
  }
  return cookies;
}

/** Reads the session cookie of `app` from a Cookie header: the claims, or null if absent or forged. */
export async function readSessionClaims(
  cookieHeader: string | null,
  app: App,
  settings: Pick<AuthSettings, "secret" | "secure">,
): Promise<SessionClaims | null> {
  if (!cookieHeader) return null;
  const name = sessionCookieName(app, settings.secure);
  const cookies = parseCookieHeader(cookieHeader);
  // next-auth splits large tokens into name.0, name.1, …
  let raw = cookies.get(name);
  if (!raw) {
    const parts: string[] = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i++) parts.push(cookies.get(`${name}.${i}`)!);
    raw = parts.join("") || undefined;
  }
  if (!raw) return null;
  let token: JWT | null;
  try {
    token = await decode({ token: raw, secret: settings.secret });
  } catch {
    return null;
  }
  if (!token?.sid || !token.uid) return null;
  return {
    sid: String(token.sid),
    uid: String(token.uid),
    role: token.role as Role,
    companyId: (token.companyId as string | null) ?? null,
    shopId: (token.shopId as string | null) ?? null,
    name: String(token.name ?? ""),
    email: String(token.email ?? ""),
    accessExpiresAt: Number(token.accessExpiresAt),
  };
}
