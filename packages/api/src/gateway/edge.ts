import type { Config } from "@commerce/config";
import { clientAddress } from "@commerce/auth";

// The HTTP edge's shared rules: which browser origins may call, and who the client is.

export function allowedOrigins(cfg: Config): Set<string> {
  const extra = cfg.CORS_ORIGINS.split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  return new Set([cfg.WEB_URL, cfg.ADMIN_URL, cfg.POS_URL, ...extra].map((u) => new URL(u).origin));
}

/** An Origin is acceptable when it is this very app (same origin) or on the allow-list. */
export function originAllowed(req: Request, origin: string, allowed: Set<string>): boolean {
  if (allowed.has(origin)) return true;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const proto = req.headers.get("x-forwarded-proto") ?? new URL(req.url).protocol.replace(":", "");
  return !!host && origin === `${proto}://${host}`;
}

export function corsHeaders(origin: string | null, allowed: boolean): Record<string, string> {
  if (!origin || !allowed) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    "access-control-allow-methods": "GET, POST, OPTIONS",
    "access-control-allow-headers": "content-type, x-company, x-request-id, trpc-accept, x-trpc-source",
    "access-control-max-age": "600",
    vary: "Origin",
  };
}

/** Who is calling, as the apps' server saw the connection and trusted proxies vouch (see client-address.ts). */
export function requestIp(req: Request, cfg: Config): string {
  return clientAddress((name) => req.headers.get(name), cfg.TRUSTED_PROXIES);
}

export function tooManyRequests(
  retryAfterSeconds: number,
  message: string,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): Response {
  return new Response(JSON.stringify({ error: { code: "TOO_MANY_REQUESTS", message }, ...extra }), {
    status: 429,
    headers: { "content-type": "application/json", "retry-after": String(retryAfterSeconds), ...headers },
  });
}
