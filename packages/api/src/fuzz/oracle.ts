// What the fuzzer calls a failure: a 5xx (other than 503 with Retry-After), or a body that
// carries a stack trace, SQL, a database error or a constraint name. The leak patterns live
// here and nowhere else.

export interface LeakPattern {
  name: string;
  pattern: RegExp;
  /**
   * Also looked for inside successful results. Only code-shaped leaks are: a result can carry
   * what people stored (a product called "SELECT * FROM x", another test's "constraint" note),
   * which is data, not a leak; an error message never should.
   */
  inResults: boolean;
}

/**
 * Signs of internals in a response body. Matched against every string in the (parsed) body,
 * after removing text the fuzzer itself sent (see `rememberSent`), so an echoed or stored input
 * like "'; DROP TABLE" or a product named "SELECT * FROM x" is not a leak.
 */
export const leakPatterns: readonly LeakPattern[] = [
  { name: "stack trace", pattern: /\n\s+at\s+\S/, inResults: true },
  { name: "stack frame", pattern: /\bat (?:async )?[\w$.<>[\] ]+ \((?:file:|node:|\/)[^)]*:\d+:\d+\)/, inResults: true },
  { name: "node_modules path", pattern: /node_modules/, inResults: true },
  { name: "source location", pattern: /\.(?:[cm]?[jt]sx?):\d+/, inResults: true },
  { name: "server path", pattern: /\/(?:work|home|app|srv|usr\/src)\/[\w.-]+\//, inResults: true },
  { name: "Prisma", pattern: /prisma|invalid `|\bP[1-3]\d{3}\b|DriverAdapterError|PrismaClient/i, inResults: false },
  {
    name: "SQL",
    pattern: /\bSELECT\b[\s\S]{0,200}\bFROM\b|\bINSERT INTO\b|\bUPDATE\b[\s\S]{0,200}\bSET\b|\bDELETE FROM\b|\bRETURNING\b|\bSQLSTATE\b|\$\d+::/,
    inResults: false,
  },
  {
    name: "PostgreSQL error",
    pattern:
      /violates|duplicate key|invalid input syntax|invalid byte sequence|out of range for type|value too long for type|numeric field overflow|relation "|column "|syntax error at or near|current transaction is aborted|deadlock detected|could not serialize access|unsupported Unicode escape|null value in column/i,
    inResults: false,
  },
  { name: "constraint name", pattern: /constraint|\w_(?:key|pkey|fkey|idx|check|excl)\b/i, inResults: false },
  {
    name: "JavaScript error",
    pattern:
      /\b(?:TypeError|ReferenceError|RangeError|InternalError)\b|Cannot read propert|is not a function|is not iterable|undefined is not|Maximum call stack/,
    inResults: false,
  },
  { name: "network internals", pattern: /\bE(?:CONNREFUSED|CONNRESET|TIMEDOUT|PIPE|ADDRINUSE)\b|socket hang up/, inResults: false },
];

const sentLeaky = new Set<string>();

/** Every string (and object key) in an input the fuzzer sends: those that look like leaks are remembered, so echoes are not flagged. */
export function rememberSent(value: unknown): void {
  for (const { text: s } of stringsIn(value, 10_000)) {
    for (const variant of [s, s.trim(), s.toLowerCase(), s.toUpperCase(), s.trim().toLowerCase(), s.trim().toUpperCase()]) {
      if (variant.length >= 3 && leakPatterns.some((p) => p.pattern.test(variant))) sentLeaky.add(variant);
    }
  }
}

/** Strings in a value (keys too), depth-first, at most `limit` of them; `inResult` says whether one sits under a "result" key. */
function stringsIn(value: unknown, limit: number): { text: string; inResult: boolean }[] {
  const out: { text: string; inResult: boolean }[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number, inResult: boolean) => {
    if (out.length >= limit || depth > 60) return;
    if (typeof v === "string") out.push({ text: v, inResult });
    else if (v && typeof v === "object") {
      if (seen.has(v)) return;
      seen.add(v);
      if (v instanceof Map)
        for (const [k, x] of v) {
          walk(k, depth + 1, inResult);
          walk(x, depth + 1, inResult);
        }
      else if (v instanceof Set) for (const x of v) walk(x, depth + 1, inResult);
      else
        for (const [k, x] of Object.entries(v)) {
          out.push({ text: k, inResult });
          walk(x, depth + 1, inResult || k === "result");
        }
    }
  };
  walk(value, 0, false);
  return out;
}

function scrub(s: string): string {
  let out = s;
  // Longest first, so a sent string containing another is removed whole.
  for (const sent of [...sentLeaky].sort((a, b) => b.length - a.length)) if (out.includes(sent)) out = out.split(sent).join("<sent>");
  return out;
}

export interface Leak {
  name: string;
  /** The text around the match. */
  excerpt: string;
}

/** The first leak pattern found in a body (parsed as JSON when it is JSON, else as text), or null. */
export function findLeak(body: string): Leak | null {
  let texts: { text: string; inResult: boolean }[];
  try {
    texts = stringsIn(JSON.parse(body) as unknown, 50_000);
  } catch {
    texts = [{ text: body, inResult: false }];
  }
  for (const { text: raw, inResult } of texts) {
    const text = sentLeaky.size ? scrub(raw) : raw;
    for (const { name, pattern, inResults } of leakPatterns) {
      if (inResult && !inResults) continue;
      const m = pattern.exec(text);
      if (m) {
        const from = Math.max(0, m.index - 80);
        return { name, excerpt: text.slice(from, m.index + m[0].length + 120) };
      }
    }
  }
  return null;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Why an answer is unacceptable, or null when it is fine. */
export function problemWith(answer: Answer): string | null {
  const retryAfter = answer.headers["retry-after"];
  if (answer.status >= 500 && !(answer.status === 503 && retryAfter)) return `status ${answer.status}${answer.status === 503 ? " without Retry-After" : ""}`;
  const leak = findLeak(answer.body);
  if (leak) return `body carries ${leak.name}: ${JSON.stringify(leak.excerpt)}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Collecting failures (FUZZ_REPORT): every distinct one, not only the first per procedure

export interface Failure {
  procedure: string;
  caller: string;
  problem: string;
  status: number;
  request: string;
  notes: string[];
  body: string;
  serverLog: string[];
}

/** Same kind of failure: same procedure, status and problem once ids, numbers and quoted text are blurred. */
export function signatureOf(f: Failure): string {
  const blur = (s: string) =>
    s
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<id>")
      .replace(/\bfuzz-[\w-]+/g, "<request>")
      .replace(/\b[0-9a-f]{6,}\b/gi, "<hex>")
      .replace(/\d+/g, "<n>")
      .slice(0, 160);
  const kind = f.problem.replace(/:.*$/s, "");
  // A leak is the same leak whatever the message; a 5xx is told apart by what the server logged (or said).
  const detail = kind.startsWith("body carries") ? "" : blur(causeIn(f.serverLog) || errorMessageOf(f.body));
  return [f.procedure, f.status, kind, detail].join(" | ");
}

/** The error the server logged for a request ("URIError: URI malformed"), to tell apart 500s that answer alike. */
export function causeIn(serverLog: readonly string[], max = 100): string {
  for (const line of serverLog) {
    try {
      const entry = JSON.parse(line) as { msg?: unknown; error?: { name?: unknown; message?: unknown } };
      if (entry.error) {
        const message = String(entry.error.message ?? "")
          .trim()
          .replace(/\s*\n\s*/g, max > 100 ? " ⏎ " : "\n");
        return `${String(entry.error.name ?? "")}: ${max > 100 ? message : message.split("\n")[0]!}`.slice(0, max);
      }
    } catch {
      return line.slice(0, max);
    }
  }
  return "";
}

function errorMessageOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as unknown;
    const first = Array.isArray(parsed) ? (parsed as unknown[]).find((x) => x && typeof x === "object" && "error" in x) : parsed;
    const error = (first as { error?: { json?: { message?: unknown }; message?: unknown } } | null)?.error;
    const message = error?.json?.message ?? error?.message;
    return typeof message === "string" ? message : "";
  } catch {
    return body.slice(0, 100);
  }
}

export class Findings {
  private readonly bySignature = new Map<string, { failure: Failure; callers: Set<string>; count: number }>();

  add(f: Failure): void {
    const key = signatureOf(f);
    const known = this.bySignature.get(key);
    if (!known) {
      this.bySignature.set(key, { failure: f, callers: new Set([f.caller]), count: 1 });
      return;
    }
    known.count++;
    known.callers.add(f.caller);
    // Keep the smallest example.
    if (f.request.length < known.failure.request.length) known.failure = f;
  }

  get size(): number {
    return this.bySignature.size;
  }

  list() {
    return [...this.bySignature.values()]
      .map(({ failure, callers, count }) => ({ ...failure, callers: [...callers].sort(), count }))
      .sort((a, b) => a.procedure.localeCompare(b.procedure) || a.status - b.status);
  }
}

/** A failure as people read it: procedure, caller, what was sent, what came back. */
export function formatFailure(f: Failure & { callers?: string[]; count?: number }): string {
  return [
    `${f.procedure} as ${f.callers?.join(", ") ?? f.caller}${f.count ? ` (${f.count}×)` : ""}: ${f.problem}`,
    f.procedure.startsWith("HTTP ")
      ? `  case:     ${f.notes.join("; ")}`
      : f.notes.length
        ? `  mutations: ${f.notes.join("; ")}`
        : "  input:    valid, as derived from the schema",
    `  request:  ${truncate(f.request, 700)}`,
    `  response: ${f.status} ${truncate(f.body, 700)}`,
    ...(f.serverLog.length ? [`  server logged: ${causeIn(f.serverLog, 600) || truncate(f.serverLog[0]!, 600)}`] : []),
  ].join("\n");
}

export function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…(${s.length} chars)` : s;
}
