import { defineConfig, devices } from "@playwright/test";

// Runs the built apps, the worker and the payment simulator against the database and stream
// that scripts/test.sh prepared, and drives them in the system Chromium.
const env = process.env as Record<string, string>;
const port = (name: string, fallback: number) => Number(env[name] ?? fallback);
export const urls = {
  web: `http://127.0.0.1:${port("WEB_PORT", 3100)}`,
  admin: `http://127.0.0.1:${port("ADMIN_PORT", 3101)}`,
  pos: `http://127.0.0.1:${port("POS_PORT", 3102)}`,
  mailbox: `http://127.0.0.1:${port("MAILBOX_HTTP_PORT", 8125)}`,
};

const server = (name: string, command: string, url?: string) => ({
  name,
  command,
  url,
  env,
  reuseExistingServer: false,
  timeout: 120_000,
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 15_000 },
});

export default defineConfig({
  testDir: "./e2e",
  // Each wait has its own bound, so a hang fails at the line that hangs and says what it waited
  // for: an expectation 15 s, an action (click, fill: waiting for the element to be there and
  // enabled) 15 s, a page load 30 s (on a loaded 2-core machine the first visit to each page of
  // `next start` can take several seconds). The test timeout is only the backstop for a whole
  // test; long journeys set their own with test.setTimeout, from the budgets of their steps.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  use: {
    ...devices["Desktop Chrome"],
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    // As a shopper who asked for less motion: spinners and the live dot stand still (motion-safe:
    // in the apps), so software compositing is not drawing 60 frames a second in every open tab.
    reducedMotion: "reduce",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    server("payments", "npx tsx packages/payments/src/simulator-cli.ts", `${env.PAYMENT_PROVIDER_URL ?? "http://127.0.0.1:4110"}/health`),
    server("mailbox", "npx tsx packages/mail/src/mailbox-cli.ts", `${urls.mailbox}/health`),
    { ...server("worker", "npx tsx apps/worker/src/main.ts"), stdout: "pipe", wait: { stdout: /worker started/ } },
    server("web", `node tooling/next/serve.js apps/web ${port("WEB_PORT", 3100)}`, urls.web),
    server("admin", `node tooling/next/serve.js apps/admin ${port("ADMIN_PORT", 3101)}`, urls.admin),
    server("pos", `node tooling/next/serve.js apps/pos ${port("POS_PORT", 3102)}`, urls.pos),
  ],
});
