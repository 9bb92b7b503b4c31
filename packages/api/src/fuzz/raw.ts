import * as fc from "fast-check";
import superjson from "superjson";
import type { App } from "@commerce/auth";
import { encodeInput, type RawRequest } from "./harness";

// Requests no tRPC client would send: malformed JSON and percent-encoding, wrong content types,
// empty and huge bodies, batches mixing procedures, superjson metadata that lies, odd paths,
// methods and headers. A fixed list (every case, every app) and a random mix of the same parts.

export interface RawTarget {
  path: string;
  type: "query" | "mutation";
}

export interface RawContext {
  procedures: readonly RawTarget[];
  apps: readonly App[];
  /** Headers that make a request come from an app's own page (Origin, storefront, session). */
  baseHeaders(app: App, signedIn: boolean): Record<string, string>;
  /** A valid input for a procedure (or undefined when it takes none). */
  sampleInput(path: string): unknown;
}

export interface RawCase {
  label: string;
  app: App;
  request: RawRequest;
}

const json = "application/json";
const enc = encodeURIComponent;

/** Bodies that are not JSON, or JSON that isn't what tRPC or superjson expect. */
export const malformedBodies: readonly string[] = [
  "",
  "{",
  "}",
  '{"json":',
  "[1,2",
  "nul",
  "\u0000",
  '\ufeff{"json":{}}',
  '{"json":{}}garbage',
  '{"json":{},}',
  "{'json':{}}",
  '"\\ud800"',
  '{"json":"\\ud800"}',
  '{"json":{"\\ud800":1}}',
  '{"json":"\\u0000"}',
  "1e999",
  '{"json":1e999}',
  '{"json":-0}',
  '{"__proto__":{"polluted":1}}',
  '{"json":{"__proto__":{"isAdmin":true}}}',
  '{"json":{"constructor":{"prototype":{"x":1}}}}',
  "null",
  "true",
  "0",
  '"str"',
  "[]",
  "{}",
  '{"json":null}',
  '{"json":[]}',
  '{"meta":{}}',
  // superjson metadata that lies about the value
  '{"json":"abc","meta":{"values":["bigint"]}}',
  '{"json":"not a date","meta":{"values":["Date"]}}',
  '{"json":{"a":1},"meta":{"values":{"a":[["custom","Nope"]]}}}',
  '{"json":{"a":1},"meta":{"values":{"a":[["class","Nope"]]}}}',
  '{"json":{"a":1},"meta":{"values":{"a":["symbol"]}}}',
  '{"json":"(a+)+$","meta":{"values":["regexp"]}}',
  '{"json":5,"meta":{"values":["set"]}}',
  '{"json":[[1,2],[3]],"meta":{"values":["map"]}}',
  '{"json":{},"meta":{"values":{"__proto__.polluted":["undefined"]}}}',
  '{"json":{},"meta":{"values":{"constructor.prototype.polluted":["undefined"]}}}',
  '{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["__proto__"]}}}',
  '{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["b.c.d"]}}}',
  '{"json":{},"meta":{"values":{"a.b.c":["Date"]}}}',
  '{"json":{},"meta":"str"}',
  '{"json":{},"meta":{"values":5}}',
  '{"json":{},"meta":{"v":999}}',
  '{"json":"1","meta":{"values":["number"]}}',
  '{"json":"Infinity","meta":{"values":["number"]}}',
];

/** Query strings with broken percent-encoding or broken JSON. */
export const malformedQueries: readonly string[] = [
  "?input=%",
  "?input=%E0%A4%A",
  "?input=%ZZ",
  "?input=%00",
  "?input=%ED%A0%80",
  "?input=%C0%AF",
  "?input={",
  "?input=null",
  "?input=",
  `?input=${enc('{"json":"\\ud800"}')}`,
  `?input=${enc('{"json":"\\u0000"}')}`,
  "?input=1&input=2",
  "?input[]=1",
  "?input=%7B%22json%22%3A",
  "?batch=1&input=%7B",
  "?batch=abc",
  "?batch=1",
  "?batch=1&input=%5B%5D",
  "?batch=1&input=null",
  `?batch=1&input=${enc('{"0":1,"__proto__":{}}')}`,
  `?batch=1&input=${enc('{"-1":{},"99":{}}')}`,
  `?input=${enc('{"json":{}}')}&batch=0`,
  "?%=%",
  "?input=%25%25%25",
];

export const contentTypes: readonly string[] = [
  "text/plain",
  "multipart/form-data",
  "multipart/form-data; boundary=xyz",
  "application/octet-stream",
  "application/x-www-form-urlencoded",
  "application/json; charset=latin1",
  "application/jsonl",
  "application/json, text/plain",
  "*/*",
  "",
];

const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
const manyKeys = (n: number) => `{"json":{${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(",")}}}`;

/** Every fixed raw case, for every app. */
export function fixedRawCases(ctx: RawContext): RawCase[] {
  const cases: RawCase[] = [];
  const query = ctx.procedures.find((p) => p.type === "query" && ctx.sampleInput(p.path) !== undefined) ?? ctx.procedures[0]!;
  const mutation = ctx.procedures.find((p) => p.type === "mutation" && ctx.sampleInput(p.path) !== undefined) ?? ctx.procedures[0]!;
  const queries = ctx.procedures.filter((p) => p.type === "query");
  const mutations = ctx.procedures.filter((p) => p.type === "mutation");
  const validBody = encodeInput(ctx.sampleInput(mutation.path));
  const huge = `{"json":{"name":"${"a".repeat(8 * 1024 * 1024)}"}}`;

  for (const app of ctx.apps) {
    for (const signedIn of [false, true]) {
      const h = ctx.baseHeaders(app, signedIn);
      const add = (label: string, request: RawRequest) => cases.push({ label: `${label}${signedIn ? " (signed in)" : ""}`, app, request });
      const post = (label: string, path: string, body: string | Buffer | undefined, contentType = json, extra: Record<string, string> = {}) =>
        add(label, {
          method: "POST",
          path,
          headers: { ...h, ...(contentType ? { "content-type": contentType } : {}), ...extra },
          ...(body === undefined ? {} : { body }),
        });

      // Signed in, the same request only differs once it reaches a procedure: the shorter lists suffice.
      const some = <T>(list: readonly T[]) => (signedIn ? list.filter((_, i) => i % 4 === 0) : list);
      for (const body of some(malformedBodies)) post(`malformed body ${JSON.stringify(body).slice(0, 80)}`, `/api/trpc/${mutation.path}`, body);
      post("no body", `/api/trpc/${mutation.path}`, undefined);
      if (!signedIn) {
        post("deeply nested body", `/api/trpc/${mutation.path}`, `{"json":${deep(10_000)}}`);
        post("100k keys", `/api/trpc/${mutation.path}`, manyKeys(100_000));
        post("8 MiB body", `/api/trpc/${mutation.path}`, huge);
      }
      for (const type of some(contentTypes)) post(`content-type ${JSON.stringify(type)}`, `/api/trpc/${mutation.path}`, validBody, type);
      post(
        "form-data with a broken part",
        `/api/trpc/${mutation.path}`,
        '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n\u0000\r\n--xy',
        "multipart/form-data; boundary=xyz",
      );
      post("form-data, no boundary in body", `/api/trpc/${mutation.path}`, "garbage", "multipart/form-data; boundary=xyz");
      post("octet-stream body", `/api/trpc/${mutation.path}`, Buffer.from([0, 255, 254, 0xed, 0xa0, 0x80]), "application/octet-stream");
      post(
        "invalid UTF-8 in JSON",
        `/api/trpc/${mutation.path}`,
        Buffer.concat([Buffer.from('{"json":{"name":"'), Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80, 0xff]), Buffer.from('"}}')]),
      );

      for (const q of some(malformedQueries)) add(`query string ${q.slice(0, 60)}`, { method: "GET", path: `/api/trpc/${query.path}${q}`, headers: h });
      add("query input of 1 MB", { method: "GET", path: `/api/trpc/${query.path}?input=${enc(JSON.stringify({ json: "x".repeat(1_000_000) }))}`, headers: h });

      // Batches: several queries, queries and mutations mixed, a hundred at once.
      const batchQueries = queries.slice(0, 6);
      const batchInput = Object.fromEntries(batchQueries.map((p, i) => [i, superjson.serialize(ctx.sampleInput(p.path))]));
      add("batch of queries", {
        method: "GET",
        path: `/api/trpc/${batchQueries.map((p) => p.path).join(",")}?batch=1&input=${enc(JSON.stringify(batchInput))}`,
        headers: h,
      });
      add("batch of every query, no inputs", { method: "GET", path: `/api/trpc/${queries.map((p) => p.path).join(",")}?batch=1`, headers: h });
      const mixed = [queries[0]!, mutations[0]!, queries[1] ?? queries[0]!, mutations[1] ?? mutations[0]!];
      const mixedInput = JSON.stringify(Object.fromEntries(mixed.map((p, i) => [i, superjson.serialize(ctx.sampleInput(p.path))])));
      post("batch mixing queries and mutations", `/api/trpc/${mixed.map((p) => p.path).join(",")}?batch=1`, mixedInput);
      add("GET batch mixing queries and mutations", {
        method: "GET",
        path: `/api/trpc/${mixed.map((p) => p.path).join(",")}?batch=1&input=${enc(mixedInput)}`,
        headers: h,
      });
      const mBatch = mutations.slice(0, 5);
      post(
        "batch of mutations",
        `/api/trpc/${mBatch.map((p) => p.path).join(",")}?batch=1`,
        JSON.stringify(Object.fromEntries(mBatch.map((p, i) => [i, superjson.serialize(ctx.sampleInput(p.path))]))),
      );
      add("batch of 100 calls", { method: "GET", path: `/api/trpc/${Array.from({ length: 100 }, () => query.path).join(",")}?batch=1`, headers: h });
      add("batch with empty and unknown names", { method: "GET", path: `/api/trpc/${query.path},,nope.nope,${query.path}?batch=1`, headers: h });
      post("batch body that is an array", `/api/trpc/${mutation.path}?batch=1`, '[{"json":{}}]');
      post(
        "batch body with one entry for three calls",
        `/api/trpc/${mutation.path},${mutation.path},${mutation.path}?batch=1`,
        JSON.stringify({ 0: JSON.parse(validBody) as unknown }),
      );
      add("streamed batch (jsonl)", {
        method: "GET",
        path: `/api/trpc/${batchQueries.map((p) => p.path).join(",")}?batch=1&input=${enc(JSON.stringify(batchInput))}`,
        headers: { ...h, "trpc-accept": "application/jsonl" },
      });

      // Paths and methods.
      for (const path of some([
        "",
        "nope",
        "nope.nope",
        "constructor",
        "__proto__",
        "toString",
        "hasOwnProperty",
        `${query.path}.x`,
        query.path.split(".")[0]!,
        "..%2f..%2fetc%2fpasswd",
        "%00",
        "%ZZ",
        "%ED%A0%80",
        "a".repeat(10_000),
        `${query.path}%00`,
      ])) {
        add(`path ${JSON.stringify(path.slice(0, 40))}`, { method: "GET", path: `/api/trpc/${path}`, headers: h });
      }
      add("GET of a mutation", { method: "GET", path: `/api/trpc/${mutation.path}?input=${enc(validBody)}`, headers: h });
      post("POST of a query", `/api/trpc/${query.path}`, encodeInput(ctx.sampleInput(query.path)));
      add("HEAD of a query", { method: "HEAD", path: `/api/trpc/${query.path}`, headers: h });
      add("OPTIONS preflight", { method: "OPTIONS", path: `/api/trpc/${mutation.path}`, headers: { ...h, "access-control-request-method": "POST" } });

      // Headers: cookies, storefront, client address, request id, origin.
      const cookieName = `${app}.session-token`;
      for (const cookie of [
        `${cookieName}=%E0%A4%A`,
        `${cookieName}=%`,
        `${cookieName}=${"x".repeat(8_000)}`,
        `${cookieName}=a.b.c.d.e`,
        `${cookieName}.0=abc; ${cookieName}.1=%ZZ`,
        "=; ;;; =x",
        `${cookieName}=${"%41".repeat(3_000)}`,
      ]) {
        add(`cookie ${cookie.slice(0, 40)}`, { method: "GET", path: `/api/trpc/${query.path}`, headers: { ...h, cookie } });
      }
      for (const company of ["nope", "../acme", "%00", "' OR 1=1 --", "x".repeat(5_000), "ACME", " ", "é"]) {
        add(`x-company ${company.slice(0, 30)}`, { method: "GET", path: `/api/trpc/${query.path}`, headers: { ...h, "x-company": company } });
      }
      for (const xff of ["garbage", "1.1.1.1, ::ffff:1.2.3.4, 999.999.1.1", ",,,", "x".repeat(5_000), "::1", "[::1]:80", "unknown, 10.0.0.1"]) {
        add(`x-forwarded-for ${xff.slice(0, 30)}`, { method: "GET", path: `/api/trpc/${query.path}`, headers: { ...h, "x-forwarded-for": xff } });
      }
      for (const rid of ["", "x", "../../etc", "a".repeat(5_000), "' OR 1=1"])
        add(`x-request-id ${rid.slice(0, 20)}`, { method: "GET", path: `/api/trpc/${query.path}`, headers: { ...h, "x-request-id": rid } });
      for (const origin of ["null", "http://web.test.evil.com", "http://[::1", "file://", "x".repeat(3_000)])
        post(`origin ${origin.slice(0, 30)}`, `/api/trpc/${mutation.path}`, validBody, json, { origin });
    }
  }
  return cases;
}

/** A random raw request: a real call (or a batch) with its body, query, method, content type or headers broken. */
export function rawArbitrary(ctx: RawContext): fc.Arbitrary<RawCase> {
  const procedure = fc.constantFrom(...ctx.procedures);
  const corrupt = (text: string) =>
    fc.oneof(
      fc.nat({ max: Math.max(0, text.length) }).map((i) => ({ text: text.slice(0, i), how: `cut at ${i}` })),
      fc
        .tuple(fc.nat({ max: text.length }), fc.constantFrom("\u0000", '"', "\\", "{", "]", ",", "\ud800", "%", "\\u", "\\ud800", "\n"))
        .map(([i, c]) => ({ text: text.slice(0, i) + c + text.slice(i), how: `${JSON.stringify(c)} inserted at ${i}` })),
      fc
        .tuple(fc.nat({ max: text.length }), fc.nat({ max: 20 }))
        .map(([i, n]) => ({ text: text.slice(0, i) + text.slice(i + n), how: `${n} chars cut at ${i}` })),
      fc.constant({ text, how: "as sent by the client" }),
    );
  return fc
    .record({
      app: fc.constantFrom(...ctx.apps),
      signedIn: fc.boolean(),
      targets: fc.array(procedure, { minLength: 1, maxLength: 4 }),
      batch: fc.boolean(),
      method: fc.constantFrom("GET", "POST", "GET", "POST", "OPTIONS", "HEAD", "PUT"),
      contentType: fc.oneof({ weight: 4, arbitrary: fc.constant(json) }, { weight: 1, arbitrary: fc.constantFrom(...contentTypes) }),
      extraHeader: fc.option(
        fc.tuple(
          fc.constantFrom("x-company", "cookie", "x-forwarded-for", "trpc-accept", "x-trpc-source", "origin", "content-encoding", "transfer-encoding-x"),
          fc.constantFrom("", "%", "gzip", "application/jsonl", "x".repeat(2_000), "null", "a=%ZZ"),
        ),
      ),
    })
    .chain((r) => {
      const targets = r.batch ? r.targets : r.targets.slice(0, 1);
      const inputs = targets.map((t) => ctx.sampleInput(t.path));
      const payload = r.batch ? JSON.stringify(Object.fromEntries(inputs.map((input, i) => [i, superjson.serialize(input)]))) : encodeInput(inputs[0]);
      return corrupt(payload).map(({ text, how }) => {
        const path = `/api/trpc/${targets.map((t) => t.path).join(",")}`;
        const headers: Record<string, string> = { ...ctx.baseHeaders(r.app, r.signedIn) };
        if (r.extraHeader) headers[r.extraHeader[0]] = r.extraHeader[1];
        const batchQuery = r.batch ? "batch=1" : "";
        const request: RawRequest =
          r.method === "GET" || r.method === "HEAD"
            ? { method: r.method, path: `${path}?${[batchQuery, `input=${encodeForQuery(text)}`].filter(Boolean).join("&")}`, headers }
            : {
                method: r.method,
                path: `${path}${batchQuery ? `?${batchQuery}` : ""}`,
                headers: { ...headers, ...(r.contentType ? { "content-type": r.contentType } : {}) },
                body: text,
              };
        const label = `${r.method} ${targets.map((t) => t.path).join(",")}${r.batch ? " (batch)" : ""}, body ${how}${r.extraHeader ? `, ${r.extraHeader[0]}: ${r.extraHeader[1].slice(0, 20)}` : ""}`;
        return { label: `${label}${r.signedIn ? " (signed in)" : ""}`, app: r.app, request };
      });
    });
}

/** Percent-encodes what can be encoded; a lone surrogate (which encodeURIComponent refuses) goes raw-escaped as %ED%A0%80-style bytes. */
function encodeForQuery(text: string): string {
  try {
    return enc(text);
  } catch {
    return [...text]
      .map((ch) => {
        try {
          return enc(ch);
        } catch {
          return "%ED%A0%80";
        }
      })
      .join("");
  }
}
