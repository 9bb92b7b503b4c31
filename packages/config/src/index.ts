import { z } from "zod";

// Every process reads its configuration here, once, at start. A bad value stops the
// process with one line that names it, instead of failing later somewhere far away.

const natsSubjectPrefix = z
  .string()
  .regex(/^([a-z0-9_-]+\.)*$/i, "must be empty or dot-terminated tokens, e.g. 'test42.'");

const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url().refine((u) => /^postgres(ql)?:\/\//.test(u), "must be a postgresql:// URL"),
  NATS_URL: z.string().regex(/^(nats|tls):\/\/[^\s]+$/, "must be a nats:// URL"),
  EVENTS_STREAM: z.string().regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and - only").default("COMMERCE"),
  EVENTS_SUBJECT_PREFIX: natsSubjectPrefix.default(""),
  PAYMENT_PROVIDER_URL: z.url(),
  PAYMENT_PROVIDER_API_KEY: z.string().min(16, "must be at least 16 characters"),
  PAYMENT_PROVIDER_PORT: port.default(4010),
  WEB_PORT: port.default(3000),
  ADMIN_PORT: port.default(3001),
  POS_PORT: port.default(3002),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

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

let cached: Config | undefined;

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
