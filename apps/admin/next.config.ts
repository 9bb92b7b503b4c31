import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Internal packages ship TypeScript source.
  transpilePackages: ["@commerce/api", "@commerce/ui", "@commerce/core", "@commerce/db", "@commerce/events", "@commerce/payments", "@commerce/config"],
  serverExternalPackages: ["pg", "@prisma/client", "@prisma/adapter-pg", "@nats-io/transport-node"],
  typescript: { ignoreBuildErrors: false },
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default nextConfig;
