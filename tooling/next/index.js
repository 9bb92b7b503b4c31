// The Next.js configuration all three apps share.

const production = process.env.NODE_ENV === "production";

/**
 * Security headers for every page and API response. Scripts need 'unsafe-inline' for Next's
 * inline bootstrap (no nonce without dynamic rendering); everything else is same-origin only,
 * and no site may frame these apps.
 */
export function securityHeaders(publicUrl = "") {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
  const headers = [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(self)" },
  ];
  // HSTS only means something (and is only honoured) over https.
  if (publicUrl.startsWith("https:")) headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
  return headers;
}

/** @param {"web" | "admin" | "pos"} app */
export function commerceNextConfig(app) {
  const publicUrl = process.env[`${app.toUpperCase()}_URL`] ?? "";
  /** @type {import("next").NextConfig} */
  const config = {
    // Internal packages ship TypeScript source.
    transpilePackages: [
      "@commerce/api",
      "@commerce/ui",
      "@commerce/core",
      "@commerce/db",
      "@commerce/events",
      "@commerce/payments",
      "@commerce/config",
      "@commerce/auth",
      "@commerce/mail",
    ],
    // Loaded by Node at run time rather than bundled: native drivers and the Prisma runtime.
    serverExternalPackages: ["pg", "@prisma/client", "@prisma/adapter-pg", "@nats-io/transport-node", "@node-rs/argon2", "nodemailer", "smtp-server"],
    poweredByHeader: false,
    images: { unoptimized: true },
    // `next build` would type-check the app again (a third of its time here). It is safe to skip
    // only because `npm run typecheck` (tsc -b over the root tsconfig.json: every package, app and
    // test, with the route types `next typegen` writes) checks it, and npm test runs that first.
    // Next 16 no longer lints during the build, and builds with Turbopack by default.
    typescript: { ignoreBuildErrors: true },
    experimental: {
      // Server code is never sent to a browser: minifying it only costs build time (a third of it here).
      serverMinification: false,
      // The build cache helps a second build on the same machine; CI and every fresh clone build once.
      turbopackFileSystemCacheForBuild: false,
    },
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders(publicUrl) }];
    },
  };
  return config;
}
