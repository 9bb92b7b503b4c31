import { expect, type Page } from "@playwright/test";
import { firstLink, MailboxClient } from "@commerce/mail/client";
import { urls } from "../playwright.config";
import { budget, chooseVariant, demoPassword, mailTimeoutMs, test, visit } from "./support";

// The platform as its people use it, on the seeded demo companies: Acme's admin adds a product,
// a shopper registers on Acme's storefront and buys it, Acme's admin sees the order and fulfils
// it while the shopper watches, and Globex's admin cannot see it at all. (Step budgets and
// timeouts: see ./support.ts.)

async function portalSignIn(page: Page, email: string): Promise<void> {
  await visit(page, `${urls.admin}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

const journey = budget({
  visitor: 30_000,
  product: 45_000,
  register: 45_000,
  find: 45_000,
  checkout: 45_000,
  adminSees: 60_000, // up to 20 s for the worker's records to show, besides the page loads
  fulfil: 30_000,
  review: 60_000,
  address: 45_000,
  globex: 45_000,
  stranger: 30_000,
  audit: 30_000,
});

test("a guest fills a basket and pays on Acme's storefront, then registers and claims the order; Acme's admin sees it, Globex's admin does not", async ({
  person,
}) => {
  test.setTimeout(journey.total);
  const sku = `E2E-${Date.now().toString(36).toUpperCase()}`;
  const name = `Lagoon Rain Jacket ${sku}`;
  const email = `grace-${sku.toLowerCase()}@example.test`;

  await test.step(
    "the portal sends a visitor to sign in, and refuses a wrong password",
    async () => {
      const visitor = await person();
      await visit(visitor, `${urls.admin}/orders`);
      await expect(visitor).toHaveURL(/\/signin/);
      await visitor.getByLabel("Email").fill("admin@acme.test");
      await visitor.getByLabel("Password").fill("not-the-password");
      await visitor.getByRole("button", { name: "Sign in" }).click();
      await expect(visitor.getByRole("alert").filter({ hasText: /wrong email or password/i })).toBeVisible();
    },
    { timeout: journey.visitor },
  );

  const admin = await person();
  await test.step(
    "Acme's admin signs in and adds a product; validation speaks before anything is saved",
    async () => {
      await portalSignIn(admin, "admin@acme.test");
      await visit(admin, `${urls.admin}/products/new`);
      await admin.getByRole("button", { name: "Add product" }).click();
      await expect(admin.getByText(/required|at least/i).first()).toBeVisible();
      await admin.getByLabel("Name", { exact: true }).fill(name);
      await admin.getByLabel("Description").fill("A waterproof jacket in a deep lagoon purple, taped seams.");
      await admin.getByLabel("Price", { exact: true }).fill("129.50");
      await admin.getByLabel("Category").fill("jackets");
      await admin.getByLabel("SKU", { exact: true }).fill(sku);
      await admin.getByLabel("Stock quantity").fill("3");
      // Two sizes and three colours: six variants, the large ones dearer, one sold out.
      await admin.getByRole("button", { name: "Add option" }).click();
      await admin.getByLabel("Option 1 name").fill("Size");
      await admin.getByLabel("Option 1 values").fill("M,");
      await admin.getByLabel("Option 1 values").fill("L,");
      await admin.getByRole("button", { name: "Add option" }).click();
      await admin.getByLabel("Option 2 name").fill("Colour");
      const colours = admin.getByRole("group", { name: "Option 2 values" });
      for (const colour of ["purple", "navy", "green"]) await colours.getByLabel(colour, { exact: true }).check();
      await expect(admin.getByText("Variants (6)")).toBeVisible();
      for (const colour of ["purple", "navy", "green"]) await admin.getByLabel(`Price of L / ${colour}`, { exact: true }).fill("139.50");
      await admin.getByLabel("Stock of M / green", { exact: true }).fill("0");
      await admin.getByRole("button", { name: "Add product" }).click();
      await expect(admin).toHaveURL(/\/products(\?|$)/);
      await expect(admin.getByText(name).first()).toBeVisible();
    },
    { timeout: journey.product },
  );

  const shop = await person();
  const productUrl = await test.step(
    "a guest finds the jacket under its colour and puts two of its variants in the basket",
    async () => {
      await visit(shop, `${urls.web}/acme`);
      await shop.getByRole("link", { name: "purple", exact: true }).click();
      await expect(shop).toHaveURL(/colour=purple/);
      await shop
        .getByRole("link", { name: new RegExp(name) })
        .first()
        .click();
      // The listing's card shows the same name and price: first wait for the product's own page.
      await expect(shop).toHaveURL(/\/acme\/products\//);
      await expect(shop.getByRole("heading", { name })).toBeVisible();
      await expect(shop.getByText("€129.50").first()).toBeVisible();
      // A large purple one: its own price; a sold-out size says so.
      const size = shop.getByRole("group", { name: "Size" });
      const colour = shop.getByRole("group", { name: "Colour" });
      await colour.getByRole("button", { name: "green" }).click();
      await expect(size.getByRole("button", { name: "M, sold out" })).toBeVisible();
      await colour.getByRole("button", { name: "purple" }).click();
      await size.getByRole("button", { name: "L", exact: true }).click();
      await expect(size.getByRole("button", { name: "L", exact: true })).toHaveAttribute("aria-pressed", "true");
      await expect(shop.getByText("€139.50").first()).toBeVisible();
      await shop.getByRole("button", { name: "Add to basket" }).click();
      const basket = shop.getByRole("dialog", { name: "Basket" });
      const lines = basket.getByRole("list", { name: "Items in your basket" }).getByRole("listitem");
      await expect(lines).toHaveCount(1);
      await basket.getByRole("button", { name: "Close basket" }).click();
      // And a medium navy one.
      await colour.getByRole("button", { name: "navy" }).click();
      await size.getByRole("button", { name: "M", exact: true }).click();
      await shop.getByRole("button", { name: "Add to basket" }).click();
      await expect(lines).toHaveCount(2);
      await expect(basket.getByText("L / purple").first()).toBeVisible();
      await expect(basket.getByText("M / navy").first()).toBeVisible();
      return shop.url();
    },
    { timeout: journey.find },
  );

  const { guestOrderUrl, orderNumber } = await test.step(
    "the guest checks out without an account: a declined card charges nothing and keeps the basket, then one that pays",
    async () => {
      await shop.getByRole("dialog", { name: "Basket" }).getByRole("button", { name: "Check out" }).click();
      await expect(shop).toHaveURL(/\/acme\/basket\/checkout/);
      const form = shop.getByRole("form", { name: "Check out as a guest" });
      await form.getByLabel("Name").fill("Grace Shopper");
      await form.getByLabel("Email").fill(email);
      await form.getByLabel(/0002/).check();
      await form.getByRole("button", { name: /^Pay/ }).click();
      await expect(shop.getByRole("alert").filter({ hasText: /declined/i })).toBeVisible();
      await expect(shop.getByText("L / purple").first()).toBeVisible();
      await form.getByLabel(/4242/).check();
      await form.getByRole("button", { name: /^Pay/ }).click();
      await expect(shop).toHaveURL(/\/acme\/orders\/[^?]+\?key=/);
      const heading = shop.getByRole("heading", { name: /Order #\d+/ });
      await expect(heading).toBeVisible();
      const number = /#(\d+)/.exec((await heading.textContent()) ?? "")?.[1] ?? "";
      expect(number, "the order page's heading names the order's number").toMatch(/^\d+$/);
      await expect(shop.locator("[data-status]").first()).toHaveAttribute("data-status", "PAID");
      return { guestOrderUrl: shop.url(), orderNumber: number };
    },
    { timeout: journey.checkout },
  );

  const orderUrl = await test.step(
    "the guest registers from the order page (a short password is refused first) and adds the order to the new account",
    async () => {
      await shop.getByRole("region", { name: "Keep this order in an account" }).getByRole("link", { name: "Create an account" }).click();
      await expect(shop).toHaveURL(/\/acme\/register/);
      await shop.getByLabel("Name").fill("Grace Shopper");
      await shop.getByLabel("Email").fill(email);
      await shop.getByLabel("Password").fill("short");
      await shop.getByRole("button", { name: "Create account" }).click();
      await expect(shop.getByText(/at least/i).first()).toBeVisible();
      await shop.getByLabel("Password").fill("Grace-pass-2026");
      await shop.getByRole("button", { name: "Create account" }).click();
      await expect(shop).toHaveURL(/\/acme\/orders\/[^?]+\?key=/);
      await shop.getByRole("button", { name: "Add this order to my account" }).click();
      await expect(shop.getByRole("heading", { name: `Order #${orderNumber}` })).toBeVisible();
      await expect(shop).not.toHaveURL(/key=/);
      await expect(shop.locator("[data-status]").first()).toHaveAttribute("data-status", "PAID");
      await expect(shop.getByRole("banner").getByRole("button", { name: "Sign out" })).toBeVisible();
      // Signed in, on a phone, the header still keeps to one row.
      const size = shop.viewportSize();
      await shop.setViewportSize({ width: 375, height: 740 });
      expect((await shop.getByRole("banner").boundingBox())?.height ?? 0, "the header's height on a phone (one row)").toBeLessThan(80);
      if (size) await shop.setViewportSize(size);
      return shop.url();
    },
    { timeout: journey.register },
  );

  const adminOrderUrl = await test.step(
    "Acme's admin sees it paid, with the events the worker recorded from JetStream",
    async () => {
      await visit(admin, `${urls.admin}/orders`);
      await admin.getByRole("link", { name: `Order #${orderNumber}`, exact: true }).click();
      await expect(admin.getByRole("heading", { name: `Order #${orderNumber}` })).toBeVisible();
      await expect(admin.locator("[data-status]").first()).toHaveAttribute("data-status", "PAID");
      for (const type of ["order.placed", "payment.succeeded", "order.status_changed"]) {
        await expect(admin.getByText(type, { exact: true }).first()).toBeVisible({ timeout: 20_000 });
      }
      return admin.url();
    },
    { timeout: journey.adminSees },
  );

  await test.step(
    "the admin fulfils the order; the shopper's page follows it live",
    async () => {
      await admin.getByRole("button", { name: "Mark as shipped" }).click();
      await expect(shop.locator("[data-status]").first()).toHaveAttribute("data-status", "FULFILLED", { timeout: 20_000 });
    },
    { timeout: journey.fulfil },
  );

  await test.step(
    "the shopper reviews the jacket (a verified purchase); Acme's admin replies, and the reply shows on the product page",
    async () => {
      await visit(shop, productUrl);
      await shop.getByRole("radio", { name: "5 stars" }).check();
      await shop.getByLabel("Title (optional)").fill("Dry all winter");
      await shop.getByLabel("Your review").fill("Kept me dry through a week of rain, and the purple is lovely.");
      await shop.getByRole("button", { name: "Post review" }).click();
      const listed = shop.getByRole("list", { name: "Published reviews" }).getByRole("article", { name: "Dry all winter" });
      await expect(listed.getByText("Verified purchase")).toBeVisible();
      await expect(shop.getByRole("heading", { name: "You reviewed this product" })).toBeVisible();

      await visit(admin, `${urls.admin}/reviews`);
      const row = admin.getByRole("row").filter({ hasText: "Dry all winter" });
      await row.getByRole("button", { name: "Reply", exact: true }).click();
      await admin.getByLabel("Your reply").fill("Thank you, Grace!");
      await admin.getByRole("button", { name: "Save reply" }).click();
      await expect(admin.getByText("Reply to Grace S. saved.")).toBeVisible();

      await shop.reload();
      await expect(listed.getByText("Thank you, Grace!")).toBeVisible();
    },
    { timeout: journey.review },
  );

  await test.step(
    "Acme's admin gives the jacket a new web address and a tag: the old address leads to the new one, and the tag finds the jacket",
    async () => {
      const address = `lagoon-jacket-${sku.toLowerCase()}`;
      await visit(admin, `${urls.admin}/products`);
      await admin.getByRole("row").filter({ hasText: name }).getByRole("link").first().click();
      await admin.getByLabel("Web address", { exact: true }).fill(address);
      await admin.getByLabel("Tags", { exact: true }).fill("rain-ready,");
      await admin.getByRole("button", { name: "Save changes" }).click();
      await expect(admin.getByText(/^Saved the /).first()).toBeVisible();
      await visit(shop, productUrl);
      await expect(shop).toHaveURL(new RegExp(`/acme/products/${address}$`));
      await shop.getByRole("list", { name: "Tags" }).getByRole("link", { name: "rain-ready" }).click();
      await expect(shop).toHaveURL(/tag=rain-ready/);
      await expect(shop.getByRole("link", { name: new RegExp(name) }).first()).toBeVisible();
    },
    { timeout: journey.address },
  );

  await test.step(
    "Globex's admin: not in the list, and the order's address says only that there is no such order",
    async () => {
      const globex = await person();
      await portalSignIn(globex, "admin@globex.test");
      await visit(globex, `${urls.admin}/orders`);
      await expect(globex.getByRole("heading", { name: "Orders" })).toBeVisible();
      await expect(globex.getByRole("link", { name: `Order #${orderNumber}`, exact: true })).toHaveCount(0);
      await visit(globex, adminOrderUrl);
      await expect(globex.getByText(/not found|no order/i).first()).toBeVisible();
      await expect(globex.getByRole("heading", { name: `Order #${orderNumber}` })).toHaveCount(0);
    },
    { timeout: journey.globex },
  );

  await test.step(
    "nor can another shopper, signed out, open Grace's order page: they are sent to sign in, and the guest link shows it no more",
    async () => {
      const stranger = await person();
      await visit(stranger, orderUrl);
      // Wait for the page to decide, so the absence below is not read off a page still loading.
      await expect(stranger).toHaveURL(/\/acme\/signin/);
      await expect(stranger.getByRole("heading", { name: `Order #${orderNumber}` })).toHaveCount(0);
      await visit(stranger, guestOrderUrl);
      await expect(stranger.getByText(/not found/i).first()).toBeVisible();
      await expect(stranger.getByRole("heading", { name: `Order #${orderNumber}` })).toHaveCount(0);
    },
    { timeout: journey.stranger },
  );

  await test.step(
    "every change above is in Acme's audit log, and its chain verifies",
    async () => {
      await visit(admin, `${urls.admin}/audit`);
      await expect(admin.getByText("product.add").first()).toBeVisible();
      await admin.getByRole("button", { name: "Verify chain" }).click();
      await expect(admin.getByText(/intact|no breaks|verified/i).first()).toBeVisible();
    },
    { timeout: journey.audit },
  );
});

const reset = budget({ notFound: 20_000, ask: 20_000 + mailTimeoutMs, setAndSignIn: 40_000 });

test("a shopper who forgot their password resets it from the mailed link", async ({ page }) => {
  test.setTimeout(reset.total);
  const email = "customer@acme.test";

  await test.step(
    "a company that does not exist has no storefront: a real 404",
    async () => {
      expect((await page.goto(`${urls.web}/no-such-company`))?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    },
    { timeout: reset.notFound },
  );

  const link = await test.step(
    "the shopper asks for a reset link, and it is mailed",
    async () => {
      const asked = new Date();
      await visit(page, `${urls.web}/acme/forgot-password`);
      await page.getByLabel("Email").fill(email);
      await page.getByRole("button", { name: "Send reset link" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("If an account exists for that email, a reset link is on its way.");
      const mail = await new MailboxClient(urls.mailbox).waitForMessage({
        to: email,
        subjectIncludes: "Reset your password",
        after: asked,
        timeoutMs: mailTimeoutMs,
      });
      return firstLink(mail);
    },
    { timeout: reset.ask },
  );

  await test.step(
    "the link sets a new password, and the shopper signs in with it",
    async () => {
      await visit(page, link.replace(/^https?:\/\/[^/]+/, urls.web));
      await page.getByLabel("New password").fill("Reset-pass-2026");
      await page.getByRole("button", { name: "Set password" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText("Your password has been set.");
      await page.getByRole("link", { name: "Sign in with your new password" }).click();
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("Reset-pass-2026");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toBeVisible();
    },
    { timeout: reset.setAndSignIn },
  );
});

const posSale = budget({ signIn: 40_000, sale: 40_000, signOut: 15_000 });

test("staff sign in to the POS with their PIN and ring up a sale", async ({ page }) => {
  test.setTimeout(posSale.total);

  await test.step(
    "the till asks for a sign-in and refuses a wrong PIN, then opens with the right one",
    async () => {
      await visit(page, urls.pos);
      await expect(page).toHaveURL(/\/signin/);
      await page.getByLabel("Shop code").fill("ACME-DT");
      await page.getByLabel("Staff number").fill("101");
      await page.getByLabel("PIN").fill("9999");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong shop code, staff number or PIN");
      await page.getByLabel("PIN").fill("1111");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("navigation", { name: "Account" })).toBeVisible();
    },
    { timeout: posSale.signIn },
  );

  await test.step(
    "two hoodies, paid by card, give a receipt",
    async () => {
      await page.getByLabel("Search products").fill("Hoodie");
      // Hoodies come in sizes: each tap asks which, and each choice is a line of its own.
      const tile = page.getByRole("button", { name: /Hoodie/ }).first();
      await tile.click();
      await chooseVariant(page, 0);
      await tile.click();
      await chooseVariant(page, 1);
      await expect(page.getByRole("button", { name: /^Remove .*Hoodie \(/ })).toHaveCount(2);
      await page.getByRole("button", { name: /^Charge/ }).click();
      await page.getByLabel(/4242/).check();
      await page.getByRole("button", { name: "Pay by card" }).click();
      await expect(page.getByRole("heading", { name: "Receipt" })).toBeVisible();
      await expect(page.getByText(/Order #\d+/)).toBeVisible();
      await page.getByRole("button", { name: "New sale" }).click();
      await expect(page.getByRole("heading", { name: "Receipt" })).toBeHidden();
    },
    { timeout: posSale.sale },
  );

  await test.step(
    "signing out returns the till to sign-in",
    async () => {
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/signin/);
    },
    { timeout: posSale.signOut },
  );
});

const team = budget({ planLimit: 45_000, invite: 30_000 + mailTimeoutMs, staffNumberAndPin: 30_000, till: 30_000 });

test("a company admin meets the plan's limit, invites a team member by mail and gives them a till PIN", async ({ person }) => {
  test.setTimeout(team.total);
  const admin = await person();

  await test.step(
    "Globex is on Starter with 2 of 2 shops: a third is refused with the plan's own words",
    async () => {
      await portalSignIn(admin, "admin@globex.test");
      await visit(admin, `${urls.admin}/shops`);
      await admin.getByRole("button", { name: "New shop" }).click();
      const form = admin.getByRole("form", { name: /new shop/i });
      await form.getByLabel("Name").fill("Globex Airport");
      await form.getByLabel("Shop code").fill("GLOBEX-AP");
      await form.getByLabel("Address line 1").fill("Terminal 2");
      await form.getByLabel("City").fill("London");
      await form.getByLabel("Postal code").fill("TW6 1EW");
      await form.getByLabel("Country").fill("GB");
      await form.getByRole("button", { name: "Create shop" }).click();
      await expect(admin.getByText("Your Starter plan allows 2 shops; you have 2. Upgrade the plan to add more.")).toBeVisible();
    },
    { timeout: team.planLimit },
  );

  const email = `new-hire-${Date.now().toString(36)}@globex.test`;
  const row = admin.getByRole("row").filter({ hasText: email });
  await test.step(
    "an invitation mails a one-time link; the new team member sets a password with it",
    async () => {
      const invited = new Date();
      await visit(admin, `${urls.admin}/staff`);
      await admin.getByRole("button", { name: "Invite" }).click();
      const invite = admin.getByRole("form", { name: "Invite a team member" });
      await invite.getByLabel("Name").fill("Nina Newhire");
      await invite.getByLabel("Email").fill(email);
      await invite.getByLabel("Role").selectOption("STAFF");
      await invite.getByLabel("Shop").selectOption({ label: "Globex Midtown (GLOBEX-MT)" });
      await invite.getByRole("button", { name: "Send invitation" }).click();
      await expect(row).toBeVisible();

      const mail = await new MailboxClient(urls.mailbox).waitForMessage({
        to: email,
        subjectIncludes: "You're invited",
        after: invited,
        timeoutMs: mailTimeoutMs,
      });
      const newcomer = await person();
      await visit(newcomer, firstLink(mail).replace(/^https?:\/\/[^/]+/, urls.admin));
      await newcomer.getByLabel("New password").fill("Nina-pass-2026");
      await newcomer.getByRole("button", { name: "Set password" }).click();
      await expect(newcomer.getByRole("status")).toContainText("Your password is set");
    },
    { timeout: team.invite },
  );

  await test.step(
    "no staff number yet: the admin gives one, then a PIN",
    async () => {
      await row.getByRole("button", { name: "Edit" }).click();
      await admin.getByRole("form", { name: "Edit Nina Newhire" }).getByLabel("Staff number").fill("301");
      await admin.getByRole("form", { name: "Edit Nina Newhire" }).getByRole("button", { name: "Save changes" }).click();
      await expect(row.getByText("301")).toBeVisible();
      await row.getByRole("button", { name: "Set PIN" }).click();
      await admin.getByRole("form", { name: "Set PIN for Nina Newhire" }).getByLabel("New PIN").fill("3030");
      await admin.getByRole("form", { name: "Set PIN for Nina Newhire" }).getByRole("button", { name: "Save PIN" }).click();
      await expect(admin.getByText("New PIN set for Nina Newhire.")).toBeVisible();
    },
    { timeout: team.staffNumberAndPin },
  );

  await test.step(
    "the till opens with the new PIN",
    async () => {
      const till = await person();
      await visit(till, `${urls.pos}/signin`);
      await till.getByLabel("Shop code").fill("GLOBEX-MT");
      await till.getByLabel("Staff number").fill("301");
      await till.getByLabel("PIN").fill("3030");
      await till.getByRole("button", { name: "Sign in" }).click();
      await expect(till.getByText("Nina Newhire")).toBeVisible();
    },
    { timeout: team.till },
  );
});
