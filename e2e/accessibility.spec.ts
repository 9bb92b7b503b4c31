import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { urls } from "../playwright.config";
import { demoPassword, test, visit } from "./support";

// The main pages of the three apps, checked by axe-core against WCAG 2.1 A and AA: no serious or
// critical violation. Each page is checked once React has taken it over and its data is shown.

async function serious(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

test("the storefront's home, a product page, the basket and sign-in have no serious accessibility violations", async ({ page }) => {
  test.setTimeout(90_000);
  await visit(page, `${urls.web}/acme`);
  const firstProduct = page.locator('a[href*="/acme/products/"]').first();
  await expect(firstProduct).toBeVisible();
  expect(await serious(page), "storefront home").toEqual([]);

  await firstProduct.click();
  await expect(page).toHaveURL(/\/acme\/products\//);
  await expect(page.getByRole("button", { name: "Check out" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /reviews/i }).first()).toBeVisible();
  expect(await serious(page), "product page").toEqual([]);

  // On a phone: the header stays one row, and "Add to basket" stays in reach at the page's end.
  await page.setViewportSize({ width: 375, height: 740 });
  expect((await page.getByRole("banner").boundingBox())?.height ?? 0, "the header's height on a phone (one row)").toBeLessThan(80);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByRole("button", { name: "Add to basket" })).toBeInViewport();
  expect(await serious(page), "product page on a phone").toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The basket: its drawer over the product page, then its own page.
  await page.getByRole("button", { name: "Add to basket" }).click();
  const drawer = page.getByRole("dialog", { name: "Basket" });
  await expect(drawer.getByRole("list", { name: "Items in your basket" })).toBeVisible();
  expect(await serious(page), "basket drawer").toEqual([]);
  await drawer.getByRole("link", { name: "View basket" }).click();
  await expect(page.getByRole("heading", { name: "Your basket" })).toBeVisible();
  expect(await serious(page), "basket page").toEqual([]);

  await visit(page, `${urls.web}/acme/signin`);
  expect(await serious(page), "storefront sign-in").toEqual([]);
});

test("the portal's products, reviews and a product's edit page have no serious accessibility violations", async ({ page }) => {
  test.setTimeout(90_000);
  await visit(page, `${urls.admin}/signin`);
  expect(await serious(page), "portal sign-in").toEqual([]);
  await page.getByLabel("Email").fill("admin@acme.test");
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await visit(page, `${urls.admin}/products`);
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  expect(await serious(page), "portal products").toEqual([]);

  await visit(page, `${urls.admin}/reviews`);
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  expect(await serious(page), "portal reviews").toEqual([]);

  await visit(page, `${urls.admin}/products`);
  await page.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
  expect(await serious(page), "portal product edit").toEqual([]);
});

test("the till's sign-in has no serious accessibility violations", async ({ page }) => {
  await visit(page, `${urls.pos}/signin`);
  expect(await serious(page), "POS sign-in").toEqual([]);
});
