import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { randomUUID } from "node:crypto";
import { readSessionClaims, type App } from "@commerce/auth/next-auth";
import { addressBucket } from "@commerce/auth";
import { config } from "@commerce/config";
import { isDomainError } from "@commerce/core/errors";
import { createRequestContext } from "./context";
import { RequestCookies } from "./cookies";
import type { ServiceContext } from "./service-context";
import { unscopedFor } from "./unscoped";
import { busyRetryAfterSeconds, errorResponse, toClientError } from "./error-boundary";
import { allowedOrigins, corsHeaders, originAllowed, requestIp, tooManyRequests } from "./gateway/edge";
import { platform } from "./platform";
import { appRouter } from "./root";

const requestIdPattern = /^[A-Za-z0-9._-]{8,100}$/;

/**
 * The route handler each Next app mounts at /api/trpc/[trpc]: the gateway's duties (CORS,
 * CSRF origin check, per-IP rate limit, request log) and then tRPC.
 */
export function trpcRouteHandler(app: App) {
  const handler = async (req: Request): Promise<Response> => {
    const started = performance.now();
    const cfg = config();
    const p = platform();
    const incomingId = req.headers.get("x-request-id");
    const requestId = incomingId && requestIdPattern.test(incomingId) ? incomingId : randomUUID();
    const ip = requestIp(req, cfg);
    const origin = req.headers.get("origin");
    const allowed = origin ? originAllowed(req, origin, allowedOrigins(cfg)) : false;
    const cors = corsHeaders(origin, allowed);
    const procedure = new URL(req.url).pathname.replace(/^.*\/api\/trpc\/?/, "");
    let ctx: ServiceContext | undefined;
    const cookies = new RequestCookies(req.headers.get("cookie"), p.settings.urls[app].startsWith("https:"));

    const respond = async (): Promise<Response> => {
      if (req.method === "OPTIONS") return new Response(null, { status: allowed ? 204 : 403, headers: cors });
      // CSRF: a browser always sends Origin on a cross-site POST; only our own apps may.
      if (req.method === "POST" && origin && !allowed) {
        return Response.json({ error: { code: "FORBIDDEN", message: `Requests from ${origin} are not allowed` } }, { status: 403 });
      }
      const decision = await unscopedFor(p.db).countRequest(`ip:${addressBucket(ip)}`, p.settings.rateLimits.apiPerIp);
      if (!decision.allowed)
        return tooManyRequests(decision.retryAfterSeconds, `Too many requests from this address; try again in ${decision.retryAfterSeconds} s`, cors);
      return fetchRequestHandler({
        endpoint: "/api/trpc",
        req,
        router: appRouter,
        createContext: async () => {
          try {
            const claims = await readSessionClaims(req.headers.get("cookie"), app, {
              secret: cfg.AUTH_SECRET,
              secure: p.settings.urls[app].startsWith("https:"),
            });
            ctx = await createRequestContext(p, {
              app,
              requestId,
              ip,
              userAgent: req.headers.get("user-agent"),
              claims,
              companySlug: req.headers.get("x-company"),
              cookies,
            });
            return ctx;
          } catch (error) {
            // Before any procedure runs (e.g. the database is saturated): the same boundary decides.
            throw toClientError(error, requestId, p.log.child({ requestId }), { stage: "context" });
          }
        },
        responseMeta: ({ errors }) => {
          const headers = new Headers({ "x-request-id": requestId, ...cors });
          for (const cookie of cookies.outgoing) headers.append("set-cookie", cookie);
          // 429 and 503 say when to come back.
          const waits = errors
            .map((e) => e.cause)
            .filter(isDomainError)
            .map((c) => c.details.retryAfterSeconds)
            .filter((s): s is number => typeof s === "number");
          const unavailable = errors.some((e) => e.code === "SERVICE_UNAVAILABLE");
          if (waits.length || unavailable) headers.set("retry-after", String(Math.max(busyRetryAfterSeconds, ...waits)));
          return { headers };
        },
      });
    };

    const response = await respond().catch((error: unknown) => errorResponse(error, requestId, p.log.child({ requestId }), { stage: "gateway" }, cors));
    // One line per request; bodies, cookies and tokens never go in.
    p.log.info("request", {
      requestId,
      app,
      method: req.method,
      procedure,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
      ip,
      userId: ctx?.actor?.userId ?? null,
      role: ctx?.actor?.role ?? null,
      companyId: ctx?.tenant?.id ?? null,
    });
    return response;
  };
  return { GET: handler, POST: handler, OPTIONS: handler };
}
