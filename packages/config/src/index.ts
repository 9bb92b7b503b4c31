import { BlockList, isIP } from "node:net";
import { z } from "zod";

// Every process reads its configuration here, once, at start. A bad value stops the
// process with one line that names it, instead of failing later somewhere far away.

const natsSubjectPrefix = z.string().regex(/^([a-z0-9_-]+\.)*$/i, "must be empty or dot-terminated tokens, e.g. 'test42.'");

/** Parses "10.0.0.0/8, 192.168.1.10, fd00::/8"; throws naming the first entry that is not an address or CIDR. */
export function parseTrustedProxies(list: string): BlockList {
  const proxies = new BlockList();
  for (const entry of list
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || (bits !== null && (!/^\d+$/.test(prefix!) || bits > maxBits))) throw new Error(`"${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === null) proxies.addAddress(address, type);
    else proxies.addSubnet(address, bits, type);
  }
  return proxies;
}

const port = z.coerce.number().int().min(1).max(65535);

/**
 * Cost of new argon2id password and PIN hashes: "standard" (the default, OWASP's minimum) or
 * "test", a cheap setting only test runs use (vitest sets it). Refused with NODE_ENV=production,
 * so a deployment cannot run on it by mistake. A hash verifies with the parameters stored in it,
 * whichever setting made it.
 */
const hashCostSetting = z.enum(["standard", "test"]).default("standard");
export type PasswordHashCost = z.infer<typeof hashCostSetting>;
const nodeEnv = z.enum(["development", "test", "production"]).default("development");
function refuseTestHashCostInProduction(c: { NODE_ENV: string; PASSWORD_HASH_COST: PasswordHashCost }, ctx: z.RefinementCtx) {
  if (c.NODE_ENV === "production" && c.PASSWORD_HASH_COST === "test") {
    ctx.addIssue({
      code: "custom",
      path: ["PASSWORD_HASH_COST"],
      input: c.PASSWORD_HASH_COST,
      message: "test is for test runs only, never with NODE_ENV=production",
    });
  }
}
const passwordHashCostSchema = z.object({ NODE_ENV: nodeEnv, PASSWORD_HASH_COST: hashCostSetting }).superRefine(refuseTestHashCostInProduction);

const schema = z
  .object({
    NODE_ENV: nodeEnv,
    DATABASE_URL: z.url().refine((u) => /^postgres(ql)?:\/\//.test(u), "must be a postgresql:// URL"),
    NATS_URL: z.string().regex(/^(nats|tls):\/\/[^\s]+$/, "must be a nats:// URL"),
    EVENTS_STREAM: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and - only")
      .default("COMMERCE"),
    EVENTS_SUBJECT_PREFIX: natsSubjectPrefix.default(""),
    /** A delivery a worker died holding goes to another worker after this long. */
    EVENTS_ACK_WAIT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    PAYMENT_PROVIDER_URL: z.url(),
    PAYMENT_PROVIDER_API_KEY: z.string().min(16, "must be at least 16 characters"),
    PAYMENT_PROVIDER_PORT: port.default(4010),
    WEB_PORT: port.default(3000),
    ADMIN_PORT: port.default(3001),
    POS_PORT: port.default(3002),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    // Public addresses of the three apps, for links in mail and the CORS/CSRF allow-list.
    WEB_URL: z.url().default("http://localhost:3000"),
    ADMIN_URL: z.url().default("http://localhost:3001"),
    POS_URL: z.url().default("http://localhost:3002"),
    /** Extra origins allowed to call the API from a browser, comma-separated. */
    CORS_ORIGINS: z.string().default(""),
    /**
     * Proxies in front of the apps (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For
     * is believed. Empty (the default): the connection's own address is the client's.
     */
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((list, ctx) => {
        try {
          return parseTrustedProxies(list);
        } catch (error) {
          ctx.issues.push({
            code: "custom",
            input: list,
            message: `${(error as Error).message}; give addresses or CIDR ranges separated by commas, e.g. 10.0.0.0/8,192.168.1.10`,
          });
          return z.NEVER;
        }
      }),
    /** Connections to PostgreSQL per process, and how long a request waits for one before it is answered 503. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
    /** The longest one SQL statement (or interactive transaction) may run. */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    /** Signs and encrypts session tokens (next-auth). */
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
    /** Lifetime of the signed token before it is refreshed against the server-side session. */
    AUTH_ACCESS_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
    /** Lifetime of the server-side session (the refresh token). */
    AUTH_SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 14),
    AUTH_MAX_FAILED_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
    AUTH_LOCKOUT_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    /** Argon2id cost of new password and PIN hashes (see hashCostSetting above: "test" only in test runs). */
    PASSWORD_HASH_COST: hashCostSetting,
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    RATE_LIMIT_API_PER_IP: z.coerce.number().int().min(1).default(600),
    RATE_LIMIT_API_PER_USER: z.coerce.number().int().min(1).default(300),
    RATE_LIMIT_SIGNIN_PER_IP: z.coerce.number().int().min(1).default(20),
    SMTP_HOST: z.string().min(1).default("127.0.0.1"),
    SMTP_PORT: port.default(1025),
    MAIL_FROM: z.string().min(3).default("Commerce <no-reply@commerce.local>"),
    /** The local mailbox (SMTP sink with an HTTP reader) started by npm start and tests. */
    MAILBOX_HTTP_PORT: port.default(8025),
    /** The worker's own HTTP port: /api/health, /api/ready and /api/metrics. */
    WORKER_HTTP_PORT: port.default(9464),
    /** The worker reports not ready when a consumer has more events than this waiting or unacknowledged. */
    WORKER_READY_MAX_LAG: z.coerce.number().int().min(0).default(10_000),
  })
  .superRefine(refuseTestHashCostInProduction);

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses a config source; throws ConfigError whose message is a single line naming every bad key. */
export function parseConfig(source: Record<string, string | undefined>): Config {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join(".");
    const missing = source[key] === undefined || source[key] === "";
    return `${key} ${missing ? "is missing" : `is invalid (${issue.message})`}`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
}

/**
 * PASSWORD_HASH_COST alone (with the same production check as config()), for the hashing code:
 * it also runs where no full configuration exists (the seed, unit tests). Throws ConfigError.
 */
export function passwordHashCost(source: Record<string, string | undefined> = process.env): PasswordHashCost {
  const result = passwordHashCostSchema.safeParse({ NODE_ENV: source.NODE_ENV, PASSWORD_HASH_COST: source.PASSWORD_HASH_COST });
  if (result.success) return result.data.PASSWORD_HASH_COST;
  throw new ConfigError(`Invalid configuration: PASSWORD_HASH_COST is invalid (${result.error.issues.map((i) => i.message).join("; ")})`);
}

let cached: Config | undefined;

/**
 * Forgets the configuration read so far, so the next config() reads the environment again. For
 * tests that set the environment of the servers they start: test files share a process (and this
 * module), and each must get its own database and limits, not the first file's.
 */
export function forgetConfig(): void {
  cached = undefined;
}

/** The process's configuration. On a bad value it prints one line and exits the process. */
export function config(): Config {
  if (cached) return cached;
  try {
    cached = parseConfig(process.env);
    return cached;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
