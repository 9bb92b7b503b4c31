import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Rust-free Prisma: the wasm query compiler plus the pg adapter, so nothing is downloaded.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL! });
  },
});
