import NextAuth from "next-auth";
import { createAuthOptions, type App, type AuthHooks } from "@commerce/auth/next-auth";
import { addressBucket } from "@commerce/auth";
import { config } from "@commerce/config";
import { randomUUID } from "node:crypto";
import { isDomainError } from "@commerce/core/errors";
import { createRequestContext } from "./context";
import { signIn, signOut } from "./domains/identity/identity.service";
import { domainErrorFromDatabase, errorResponse, toClientError } from "./error-boundary";
import { requestIp, tooManyRequests } from "./gateway/edge";
import { platform } from "./platform";
import { unscopedFor } from "./unscoped";

// next-auth's routes for one app, wired to the identity service, with sign-in attempts
// rate-limited per address before next-auth sees them.

const hooks: AuthHooks = {
  async signIn(method, credentials, meta) {
    try {
      // Sign-in gets a request context like any call: no person yet, and no company.
      const ctx = await createRequestContext(platform(), { app: meta.app, ip: meta.ip, userAgent: meta.userAgent });
      return await signIn(ctx, method, credentials, meta);
    } catch (error) {
      // next-auth hands an Error's message to the sign-in form (and the URL): only what the
      // error boundary lets a client see goes there.
      if (isDomainError(error)) throw new Error(error.message, { cause: error });
      throw new Error(toClientError(error, randomUUID(), platform().log, { stage: "sign-in", app: meta.app }).message, { cause: error });
    }
  },
  async refresh(sessionId, refreshToken) {
    try {
      return await unscopedFor(platform().db).refreshSession(sessionId, refreshToken);
    } catch (error) {
      // A saturated database must not sign people out: keep the token for now. Every API call
      // still checks the session row, so a revoked session stays refused.
      if (domainErrorFromDatabase(error)?.code === "BUSY") return true;
      throw error;
    }
  },
  signOut: async (sessionId) => signOut(await createRequestContext(platform(), { app: null }), sessionId),
};

type RouteContext = { params: Promise<{ nextauth: string[] }> };

export function nextAuthRouteHandler(app: App) {
  let handler: ((req: Request, ctx: RouteContext) => Promise<Response>) | undefined;
  const get = () => {
    if (handler) return handler;
    const cfg = config();
    const url = platform().settings.urls[app];
    handler = NextAuth(
      createAuthOptions(app, hooks, {
        secret: cfg.AUTH_SECRET,
        accessTtlSeconds: cfg.AUTH_ACCESS_TTL_SECONDS,
        sessionTtlHours: cfg.AUTH_SESSION_TTL_HOURS,
        secure: url.startsWith("https:"),
        trustedProxies: cfg.TRUSTED_PROXIES,
      }),
    ) as (req: Request, ctx: RouteContext) => Promise<Response>;
    return handler;
  };
  const post = async (req: Request, ctx: RouteContext) => {
    if (new URL(req.url).pathname.includes("/callback/")) {
      const p = platform();
      const decision = await unscopedFor(p.db).countRequest(`signin:${addressBucket(requestIp(req, config()))}`, p.settings.rateLimits.signInPerIp);
      if (!decision.allowed) {
        // Shaped like next-auth's own answer, so `signIn()` in the browser returns the message as its error.
        const message = `Too many sign-in attempts from this address; try again in ${decision.retryAfterSeconds} s`;
        const errorUrl = new URL("/api/auth/error", req.url);
        errorUrl.searchParams.set("error", message);
        return tooManyRequests(decision.retryAfterSeconds, message, {}, { url: errorUrl.toString() });
      }
    }
    return get()(req, ctx);
  };
  // Whatever fails outside next-auth's own handling answers through the error boundary: 503 when busy.
  const guarded = (route: (req: Request, ctx: RouteContext) => Promise<Response>) => async (req: Request, ctx: RouteContext) => {
    try {
      return await route(req, ctx);
    } catch (error) {
      const requestId = randomUUID();
      return errorResponse(error, requestId, platform().log.child({ requestId }), { stage: "auth", app });
    }
  };
  return { GET: guarded((req, ctx) => get()(req, ctx)), POST: guarded(post) };
}
