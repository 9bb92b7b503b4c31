import { expect, test } from "@playwright/test";
import { urls } from "../playwright.config";

// The foundation's whole slice, as people use it: an admin adds a product, a shopper finds it
// under its colour and buys it with a test card, the admin sees it PAID and the bus's record.

test("admin adds a product, a shopper buys it, the admin sees it paid and its events", async ({ browser }) => {
  const sku = `E2E-${Date.now().toString(36).toUpperCase()}`;
  const name = `Lagoon Rain Jacket ${sku}`;

  const admin = await browser.newPage();
  await admin.goto(`${urls.admin}/products/new`);
  // Validation messages appear before anything is saved.
  await admin.getByRole("button", { name: "Add product" }).click();
  await expect(admin.getByText(/required|at least/i).first()).toBeVisible();

  await admin.getByLabel("Name").fill(name);
  await admin.getByLabel("Description").fill("A waterproof jacket in a deep lagoon purple, taped seams.");
  await admin.getByLabel("Price").fill("129.50");
  await admin.getByLabel("Colour").selectOption("purple");
  await admin.getByLabel("Category").fill("jackets");
  await admin.getByLabel("SKU").fill(sku);
  await admin.getByLabel("Stock quantity").fill("3");
  await admin.getByRole("button", { name: "Add product" }).click();
  await expect(admin).toHaveURL(/\/products(\?|$)/);
  await expect(admin.getByText(name).first()).toBeVisible();

  const shop = await browser.newPage();
  await shop.goto(urls.web);
  await shop.getByRole("link", { name: "purple", exact: true }).click();
  await expect(shop).toHaveURL(/colour=purple/);
  await shop.getByRole("link", { name: new RegExp(name) }).first().click();
  await expect(shop.getByRole("heading", { name })).toBeVisible();
  await expect(shop.getByText("€129.50").first()).toBeVisible();

  await shop.getByLabel("Name").fill("Grace Shopper");
  await shop.getByLabel("Email").fill("grace@example.com");
  // A declined card first: the message shows, nothing is lost, another card pays.
  await shop.getByLabel(/0002/).check();
  await shop.getByRole("button", { name: /^Pay/ }).click();
  await expect(shop.getByRole("alert").filter({ hasText: "declined" })).toBeVisible();
  await shop.getByLabel(/4242/).check();
  await shop.getByRole("button", { name: /^Pay/ }).click();
  await expect(shop).toHaveURL(/\/orders\//);
  const heading = await shop.getByRole("heading", { name: /Order #\d+/ }).textContent();
  const orderNumber = heading!.match(/#(\d+)/)![1]!;
  await expect(shop.locator("[data-status]").first()).toHaveAttribute("data-status", "PAID");

  await admin.goto(`${urls.admin}/orders`);
  await admin.getByRole("link", { name: `Order #${orderNumber}`, exact: true }).click();
  await expect(admin.getByRole("heading", { name: `Order #${orderNumber}` })).toBeVisible();
  await expect(admin.locator("[data-status]").first()).toHaveAttribute("data-status", "PAID");
  // The worker relayed the outbox to JetStream and its consumer recorded each event once.
  for (const type of ["order.placed", "payment.failed", "payment.succeeded", "order.status_changed"]) {
    await expect(admin.getByText(type, { exact: true }).first()).toBeVisible({ timeout: 20_000 });
  }

  // The admin fulfils the order; the shopper's page follows it live.
  await admin.getByRole("button", { name: "Mark as FULFILLED" }).click();
  await expect(shop.locator("[data-status]").first()).toHaveAttribute("data-status", "FULFILLED", { timeout: 20_000 });

  await admin.goto(`${urls.admin}/events`);
  await expect(admin.locator("tbody").getByText("product.created", { exact: true }).first()).toBeVisible();
});

test("the POS rings up a sale paid by card", async ({ page }) => {
  await page.goto(urls.pos);
  await page.getByLabel("Search products").fill("Hoodie");
  const tile = page.getByRole("button", { name: /Hoodie/ }).first();
  await tile.click();
  await tile.click();
  await page.getByRole("button", { name: /^Charge/ }).click();
  await page.getByLabel(/4242/).check();
  await page.getByRole("button", { name: "Pay by card" }).click();
  await expect(page.getByRole("heading", { name: "Receipt" })).toBeVisible();
  await expect(page.getByText(/Order #\d+/)).toBeVisible();
  await page.getByRole("button", { name: "New sale" }).click();
  await expect(page.getByRole("heading", { name: "Receipt" })).toBeHidden();
});
