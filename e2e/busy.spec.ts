import { expect, type Page, type Route } from "@playwright/test";
import { urls } from "../playwright.config";
import { budget, chooseVariant, test, visit } from "./support";

// When the API answers 503 (database saturated) with Retry-After, the storefront and the till
// say "Busy, retrying…" and call again: queries always, mutations only when they carry an
// idempotency key, and then with the same key. The busy answers are played by the browser
// (page.route), before the request reaches the app: the server's own 503 is its own tests' work.

const busyMessage = "The shop is very busy right now. Try again in a moment.";

/** Answers a tRPC batch as the API does when the database is saturated: one 503 error per call. */
async function answerBusy(route: Route) {
  const paths = new URL(route.request().url()).pathname.replace(/^.*\/api\/trpc\//, "").split(",");
  const error = (path: string) => ({
    error: {
      json: {
        message: busyMessage,
        code: -32603,
        data: { code: "SERVICE_UNAVAILABLE", httpStatus: 503, path, domainCode: null, details: null, fieldErrors: null },
      },
    },
  });
  await route.fulfill({ status: 503, headers: { "content-type": "application/json", "retry-after": "1" }, json: paths.map(error) });
}

/** Every call of `procedure` goes through `handle`, which answers busy for the first `times` and lets the rest through. */
async function busyFor(page: Page, procedure: string, times: number, seen: (route: Route) => void = () => {}) {
  let left = times;
  await page.route(
    (url) => url.pathname.includes("/api/trpc/") && (url.pathname.split("/").pop() ?? "").split(",").includes(procedure),
    async (route) => {
      seen(route);
      if (left-- > 0) await answerBusy(route);
      else await route.continue();
    },
  );
}

const busyStatus = (page: Page) => page.getByRole("status").filter({ hasText: "Busy, retrying…" });

const storefront = budget({ query: 30_000, mutation: 30_000 });

test("when the API is busy, the storefront says so and retries a read; a mutation without a key is not repeated", async ({ page }) => {
  test.setTimeout(storefront.total);

  await test.step(
    "the catalogue's first two answers are 503: busy, retrying, then the products",
    async () => {
      await busyFor(page, "product.getAll", 2);
      await visit(page, `${urls.web}/acme`);
      await expect(busyStatus(page)).toBeVisible();
      await expect(page.getByRole("list", { name: "Products" }).getByRole("listitem").first()).toBeVisible();
      await expect(busyStatus(page)).toBeHidden();
    },
    { timeout: storefront.query },
  );

  await test.step(
    "asking for a reset link (no idempotency key) is sent once; the busy answer is shown",
    async () => {
      let calls = 0;
      await busyFor(page, "identity.requestPasswordReset", 1, () => calls++);
      await visit(page, `${urls.web}/acme/forgot-password`);
      await page.getByLabel("Email").fill("customer@acme.test");
      await page.getByRole("button", { name: "Send reset link" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(busyMessage);
      expect(calls, "a mutation without an idempotency key is not retried").toBe(1);
      await expect(busyStatus(page)).toBeHidden();
    },
    { timeout: storefront.mutation },
  );
});

const till = budget({ signIn: 40_000, sale: 40_000 });

test("when the API is busy, the till retries the sale with the same idempotency key", async ({ page }) => {
  test.setTimeout(till.total);

  await test.step(
    "staff sign in to the till",
    async () => {
      await visit(page, `${urls.pos}/signin`);
      await page.getByLabel("Shop code").fill("ACME-UP");
      await page.getByLabel("Staff number").fill("201");
      await page.getByLabel("PIN").fill("2222");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("navigation", { name: "Account" })).toBeVisible();
    },
    { timeout: till.signIn },
  );

  await test.step(
    "the sale's first two answers are 503: busy, retrying, then the receipt; one key throughout",
    async () => {
      const keys: unknown[] = [];
      await busyFor(page, "order.sell", 2, (route) => {
        const body = route.request().postDataJSON() as Record<string, { json?: { idempotencyKey?: unknown } }> | null;
        keys.push(body?.["0"]?.json?.idempotencyKey);
      });
      await page.getByLabel("Search products").fill("Hoodie");
      await page
        .getByRole("button", { name: /Hoodie/ })
        .first()
        .click();
      await chooseVariant(page);
      await page.getByRole("button", { name: /^Charge/ }).click();
      await page.getByLabel(/4242/).check();
      await page.getByRole("button", { name: "Pay by card" }).click();
      await expect(busyStatus(page)).toBeVisible();
      await expect(page.getByRole("heading", { name: "Receipt" })).toBeVisible();
      await expect(busyStatus(page)).toBeHidden();
      expect(keys, "three calls, all with the same idempotency key").toHaveLength(3);
      expect(typeof keys[0]).toBe("string");
      expect(new Set(keys).size).toBe(1);
    },
    { timeout: till.sale },
  );
});
