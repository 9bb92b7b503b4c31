// The Next.js configuration all three apps share.

/** @type {import("next").NextConfig} */
export const commerceNextConfig = {
  // Internal packages ship TypeScript source.
  transpilePackages: ["@commerce/api", "@commerce/ui", "@commerce/core", "@commerce/db", "@commerce/events", "@commerce/payments", "@commerce/config"],
  // Loaded by Node at run time rather than bundled: native drivers and the Prisma runtime.
  serverExternalPackages: ["pg", "@prisma/client", "@prisma/adapter-pg", "@nats-io/transport-node"],
  poweredByHeader: false,
  images: { unoptimized: true },
};
