import { expect, test as base, type BrowserContext, type Page } from "@playwright/test";

// Shared by the specs. Timing: every click, fill and expectation has its own bound
// (actionTimeout, navigationTimeout and expect.timeout in playwright.config.ts), so a real hang
// fails within seconds, at the line that hangs. Each test is a series of named steps, each with
// a budget for its work on a loaded 2-core machine (page loads, the first of each page slow;
// argon2 password hashes; the worker relaying events), about three times what it took on such a
// machine; a test's timeout is the sum of its steps' budgets.

export const demoPassword = "Demo-pass-2026";

/** Sending mail is part of the request, but on a busy machine the mailbox may take a while to list it. */
export const mailTimeoutMs = 30_000;

/** Step budgets in ms, and `total`: the test timeout they add up to. */
export function budget<T extends Record<string, number>>(steps: T): T & { total: number } {
  return { ...steps, total: Object.values(steps).reduce((sum, ms) => sum + ms, 0) };
}

export const test = base.extend<{ person: () => Promise<Page> }>({
  /** A new person: their own browser context (their own cookies), closed when the test ends. */
  person: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

/**
 * Opens a page and waits until React has taken it over (hydrateRoot marks the document), so the
 * test's typing and clicking reach the app rather than the server-rendered HTML: on a loaded
 * machine the bare form can be on screen for a while, and a click on it would submit it natively.
 */
export async function visit(page: Page, url: string) {
  const response = await page.goto(url);
  try {
    await page.waitForFunction(() => Object.keys(document).some((key) => key.startsWith("__reactContainer$")));
  } catch (error) {
    throw new Error(`${url} loaded, but React did not take over the page: ${(error as Error).message}`, { cause: error });
  }
  return response;
}

/**
 * At the till, a tapped product that comes in several variants asks which: takes the `nth` one
 * that can still be sold (0: the first) and waits for the chooser to close.
 */
export async function chooseVariant(page: Page, nth = 0) {
  const chooser = page.getByRole("dialog");
  await expect(chooser.getByRole("list", { name: "Variants" })).toBeVisible();
  await chooser.getByRole("list", { name: "Variants" }).getByRole("button", { disabled: false }).nth(nth).click();
  await expect(chooser).toBeHidden();
}
