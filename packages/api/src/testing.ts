import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { hashSecret, type App, type RequestMeta, type Role, type SessionGrant } from "@commerce/auth";
import { sessionToken } from "@commerce/auth/next-auth";
import { createLogger } from "@commerce/core/logger";
import { encode } from "next-auth/jwt";
import { createDb, type Db, type PoolOptions } from "@commerce/db";
import { demoOpeningHours } from "@commerce/db/demo";
import { connectBus, type Bus } from "@commerce/events";
import { SmtpMailSender } from "@commerce/mail";
import { MailboxClient } from "@commerce/mail/client";
import { startMailbox } from "@commerce/mail/mailbox";
import { HttpCardProvider } from "@commerce/payments";
import { startPaymentSimulator } from "@commerce/payments/simulator";
import { createRequestContext } from "./context";
import { RequestCookies, type CookieJar } from "./cookies";
import type { Platform, PlatformSettings } from "./service-context";
import { signIn as signInWith, signOut as signOutWith } from "./domains/identity/identity.service";
import { appRouter } from "./root";
import { createCallerFactory } from "./trpc";

// Provided by tests/integration/global-setup.ts for each run.
declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    natsUrl: string;
    runId: string;
  }
}

const apiKey = "sk_test_integration_key_000001";
export const testPassword = "Test-pass-123";
export const testPin = "4321";

export const testSettings: PlatformSettings = {
  accessTtlSeconds: 300,
  sessionTtlHours: 24,
  maxFailedAttempts: 5,
  lockoutMinutes: 15,
  rateLimits: {
    apiPerIp: { limit: 100_000, windowSeconds: 60 },
    apiPerUser: { limit: 100_000, windowSeconds: 60 },
    signInPerIp: { limit: 100_000, windowSeconds: 60 },
  },
  urls: { web: "http://web.test", admin: "http://admin.test", pos: "http://pos.test" },
  linkSecret: "test-link-secret-test-link-secret-0123",
};

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/** A company of the test's own: a shop, and one person of each role, all with known secrets. */
export async function createTestCompany(db: Db, options: { plan?: "STARTER" | "GROWTH" | "ENTERPRISE"; currency?: string } = {}) {
  const slug = `t-${randomBytes(5).toString("hex")}`;
  const company = await db.company.create({
    data: {
      slug,
      name: `Test Co ${slug}`,
      currency: options.currency ?? "EUR",
      timeZone: "Europe/Amsterdam",
      taxRateBps: 2100,
      brandName: `Test ${slug}`,
      brandColour: "#123456",
      plan: options.plan ?? "ENTERPRISE",
    },
  });
  const shop = await db.shop.create({
    data: {
      companyId: company.id,
      code: slug.toUpperCase(),
      name: "Test Shop",
      addressLine1: "1 Test Street",
      city: "Testville",
      postalCode: "1000",
      country: "NL",
      openingHours: demoOpeningHours,
    },
  });
  const passwordHash = await hashSecret(testPassword);
  const pinHash = await hashSecret(testPin);
  const person = (role: Role, staffCode: string | null) =>
    db.user.create({
      data: {
        companyId: company.id,
        role,
        name: `${role} of ${slug}`,
        email: `${role.toLowerCase()}@${slug}.test`,
        passwordHash,
        shopId: role === "SHOP_MANAGER" || role === "STAFF" ? shop.id : null,
        staffCode,
        pinHash: staffCode ? pinHash : null,
      },
    });
  const users = {
    COMPANY_ADMIN: await person("COMPANY_ADMIN", null),
    SHOP_MANAGER: await person("SHOP_MANAGER", "500"),
    STAFF: await person("STAFF", "501"),
    CUSTOMER: await person("CUSTOMER", null),
  };
  return { company, shop, users };
}
export type TestCompany = Awaited<ReturnType<typeof createTestCompany>>;

/**
 * A real platform for integration tests: the run's fresh database, a payment simulator and a
 * mailbox over real sockets, (on request) a JetStream stream of this file's own, and a company
 * of its own with a signed-in caller per role.
 */
export async function createTestPlatform(options: { bus?: boolean; settings?: Partial<PlatformSettings>; pool?: PoolOptions } = {}) {
  const db = createDb(inject("databaseUrl"), { max: 20, ...options.pool });
  const simulator = await startPaymentSimulator({ apiKey });
  const mailbox = await startMailbox({});
  const payments = new HttpCardProvider(simulator.url, apiKey, { retries: 2 });
  const log = createLogger({ test: true }, "warn");
  const mail = new SmtpMailSender({ host: "127.0.0.1", port: mailbox.smtpPort, from: "Test <test@commerce.test>" });
  const platform: Platform = { db, log, payments, mail, settings: { ...testSettings, ...options.settings } };
  const tenant = await createTestCompany(db);

  /** Signs in for real (password or PIN) and returns the session grant. */
  const signIn = async (method: "password" | "pin", creds: Record<string, string>, meta: RequestMeta) =>
    signInWith(await createRequestContext(platform, { app: meta.app, ip: meta.ip, userAgent: meta.userAgent }), method, creds, meta);

  async function signInAs(role: Role | "SUPER_ADMIN", company: TestCompany = tenant, app?: App): Promise<{ grant: SessionGrant; app: App }> {
    const meta = (a: App) => ({ app: a, ip: "127.0.0.1", userAgent: "vitest" });
    if (role === "SUPER_ADMIN") {
      const email = `super-${randomBytes(4).toString("hex")}@commerce.test`;
      await db.user.create({ data: { role: "SUPER_ADMIN", name: "Test Super", email, passwordHash: await hashSecret(testPassword) } });
      return { grant: await signIn("password", { email, password: testPassword }, meta("admin")), app: "admin" };
    }
    const user = company.users[role];
    if (role === "CUSTOMER")
      return { grant: await signIn("password", { email: user.email, password: testPassword, company: company.company.slug }, meta("web")), app: "web" };
    if (app === "pos" || role === "STAFF") {
      return { grant: await signIn("pin", { shop: company.shop.code, staff: user.staffCode!, pin: testPin }, meta("pos")), app: "pos" };
    }
    return { grant: await signIn("password", { email: user.email, password: testPassword }, meta("admin")), app: "admin" };
  }

  /** A tRPC caller for a session, going through the same context building as HTTP requests. */
  function callerFor(session: { grant: SessionGrant; app: App } | null, companySlug?: string, app: App = "web", cookies?: CookieJar): Caller {
    return createCaller(() =>
      createRequestContext(platform, {
        app: session?.app ?? app,
        ip: "127.0.0.1",
        userAgent: "vitest",
        companySlug: companySlug ?? null,
        ...(cookies ? { cookies } : {}),
        claims: session
          ? {
              sid: session.grant.sessionId,
              uid: session.grant.userId,
              role: session.grant.role,
              companyId: session.grant.companyId,
              shopId: session.grant.shopId,
              name: session.grant.name,
              email: session.grant.email,
              accessExpiresAt: Date.now() + 300_000,
            }
          : null,
      }),
    );
  }

  async function callerAs(role: Role | "SUPER_ADMIN", company: TestCompany = tenant) {
    return callerFor(await signInAs(role, company));
  }

  const caller = await callerAs("COMPANY_ADMIN");
  let bus: Bus | undefined;
  if (options.bus) {
    const id = `${inject("runId")}${randomBytes(2).toString("hex")}`;
    bus = await connectBus({ natsUrl: inject("natsUrl"), stream: `TEST_${id}`, subjectPrefix: `t${id}.` }, "test");
  }
  return {
    db,
    caller,
    simulator,
    log,
    bus: bus!,
    platform,
    tenant,
    mailbox: new MailboxClient(mailbox.url),
    signInAs,
    callerFor,
    callerAs,
    /** Sign-in as next-auth calls it, with a request context of its own. */
    signIn,
    /** Sign-out as next-auth calls it. */
    signOut: async (sessionId: string) => signOutWith(await createRequestContext(platform, { app: null }), sessionId),
    /** A storefront visitor of the test company (or another); give a browser's cookies to keep a basket between calls. */
    visitor: (companySlug: string = tenant.company.slug, cookies?: CookieJar) => callerFor(null, companySlug, "web", cookies),
    /** A customer of the test company of their own, registered and signed in for real (in a browser, given its cookies). */
    async newCustomer(name = "Test Customer", cookies?: CookieJar): Promise<Caller> {
      const email = `${name.split(" ")[0]!.toLowerCase()}-${randomBytes(4).toString("hex")}@example.test`;
      await callerFor(null, tenant.company.slug).identity.register({ name, email, password: testPassword });
      const grant = await signIn(
        "password",
        { email, password: testPassword, company: tenant.company.slug },
        { app: "web", ip: "127.0.0.1", userAgent: "vitest" },
      );
      return callerFor({ grant, app: "web" }, tenant.company.slug, "web", cookies);
    },
    /** A browser's cookie jar, kept across the calls of the callers given it. */
    browser: () => new RequestCookies(null, false),
    /** Someone not signed in on the admin portal (its sign-in and set-password pages). */
    portalVisitor: () => callerFor(null, undefined, "admin"),
    async close() {
      if (bus) {
        await bus.jsm.streams.delete(bus.options.stream).catch(() => undefined);
        await bus.close();
      }
      await simulator.close();
      await mailbox.close();
      await db.$disconnect();
    },
  };
}
export type TestPlatform = Awaited<ReturnType<typeof createTestPlatform>>;

let counter = 0;
/**
 * A product of this test's own (one variant in one colour), so tests sharing the database never
 * touch each other's stock. Its only variant's SKU and id are on it, for tests that buy it.
 */
export async function createTestProduct(
  caller: Caller,
  overrides: { stockQuantity?: number; priceAmount?: number; colour?: "red" | "blue" | "green"; currency?: string } = {},
) {
  const n = `${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString("hex")}`.toUpperCase();
  const product = await caller.product.add({
    name: `Test Product ${n}`,
    description: "A product made by an integration test.",
    price: { amount: overrides.priceAmount ?? 2500, currency: overrides.currency ?? "EUR" },
    colour: overrides.colour ?? "red",
    category: "test-items",
    sku: `T-${n}`,
    stockQuantity: overrides.stockQuantity ?? 10,
  });
  return { ...product, sku: product.variants[0]!.sku, variantId: product.variants[0]!.id };
}

/** A product's stock on hand, all its variants together, read past tenancy. */
export async function stockOf(db: Db, productId: string): Promise<number> {
  const { _sum } = await db.productVariant.aggregate({ where: { productId }, _sum: { stockQuantity: true } });
  return _sum.stockQuantity ?? 0;
}

export const shopper = { name: "Ada Shopper", email: "ada@example.com" };

/** The cookie a browser holds after signing in to `app` (over plain http), signed with `secret`. */
export async function sessionCookie(app: App, grant: SessionGrant, secret: string): Promise<string> {
  return `${app}.session-token=${await encode({ secret, token: sessionToken(grant, 300) })}`;
}
