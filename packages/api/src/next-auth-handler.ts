import NextAuth from "next-auth";
import { createAuthOptions, type App, type AuthHooks } from "@commerce/auth/next-auth";
import { config } from "@commerce/config";
import { isDomainError } from "@commerce/core/errors";
import { signIn, signOut } from "./domains/identity/identity.service";
import { refreshSession } from "./domains/identity/session.service";
import { requestIp, tooManyRequests, trustedProxies } from "./gateway/edge";
import { hit } from "./gateway/rate-limit";
import { platform } from "./platform";

// next-auth's routes for one app, wired to the identity service, with sign-in attempts
// rate-limited per address before next-auth sees them.

const hooks: AuthHooks = {
  async signIn(method, credentials, meta) {
    try {
      return await signIn(platform(), method, credentials, meta);
    } catch (error) {
      // next-auth hands an Error's message to the sign-in form.
      if (isDomainError(error)) throw new Error(error.message);
      throw error;
    }
  },
  refresh: (sessionId, refreshToken) => refreshSession(platform().db, sessionId, refreshToken),
  signOut: (sessionId) => signOut(platform(), sessionId),
};

type RouteContext = { params: Promise<{ nextauth: string[] }> };

export function nextAuthRouteHandler(app: App) {
  let handler: ((req: Request, ctx: RouteContext) => Promise<Response>) | undefined;
  const get = () => {
    if (handler) return handler;
    const cfg = config();
    const url = platform().settings.urls[app];
    handler = NextAuth(createAuthOptions(app, hooks, {
      secret: cfg.AUTH_SECRET, accessTtlSeconds: cfg.AUTH_ACCESS_TTL_SECONDS, sessionTtlHours: cfg.AUTH_SESSION_TTL_HOURS, secure: url.startsWith("https:"), trustedProxies: trustedProxies(cfg),
    })) as (req: Request, ctx: RouteContext) => Promise<Response>;
    return handler;
  };
  return {
    GET: (req: Request, ctx: RouteContext) => get()(req, ctx),
    POST: async (req: Request, ctx: RouteContext) => {
      if (new URL(req.url).pathname.includes("/callback/")) {
        const p = platform();
        const decision = await hit(p.db, `signin:${requestIp(req, config())}`, p.settings.rateLimits.signInPerIp);
        if (!decision.allowed) {
          // Shaped like next-auth's own answer, so `signIn()` in the browser returns the message as its error.
          const message = `Too many sign-in attempts from this address; try again in ${decision.retryAfterSeconds} s`;
          const errorUrl = new URL("/api/auth/error", req.url);
          errorUrl.searchParams.set("error", message);
          return tooManyRequests(decision.retryAfterSeconds, message, {}, { url: errorUrl.toString() });
        }
      }
      return get()(req, ctx);
    },
  };
}
