import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import superjson from "superjson";
import { peerAddressHeader, type App } from "@commerce/auth";
import type { Answer } from "./oracle";

// Real HTTP for the fuzzer: a node:http server per app that hands each request, as a fetch
// Request, to the same route handler the Next apps mount (what `next start` does, minus Next),
// and a small client that can send anything, malformed or not.

export type RouteHandler = { GET(req: Request): Promise<Response>; POST(req: Request): Promise<Response>; OPTIONS(req: Request): Promise<Response> };

export interface AppServer {
  app: App;
  port: number;
  close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1 (a free port), as a Next app would at /api/trpc/*. */
export async function serve(app: App, handler: RouteHandler): Promise<AppServer> {
  // Big enough that huge GET inputs reach the handler instead of stopping at Node's 16 KiB header limit.
  const server: Server = createServer({ maxHeaderSize: 4 * 1024 * 1024, requestTimeout: 60_000 }, (req, res) => {
    void (async () => {
      // As the apps' server (tooling/next/serve.js) does: the peer address, whatever the client sent.
      req.headers[peerAddressHeader] = req.socket.remoteAddress ?? "";
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      const method = req.method ?? "GET";
      const route = method === "POST" ? handler.POST : method === "OPTIONS" ? handler.OPTIONS : method === "GET" || method === "HEAD" ? handler.GET : undefined;
      if (!route) {
        // Next answers other methods of a route that doesn't export them with 405 itself.
        res.writeHead(405, { allow: "GET, POST, OPTIONS" }).end();
        return;
      }
      let request: Request;
      try {
        request = new Request(new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`), {
          method,
          headers: toHeaders(req.headers),
          ...(method === "GET" || method === "HEAD" ? {} : { body }),
        });
      } catch (error) {
        // A request the fetch API can't represent never reaches a Next route handler either.
        res
          .writeHead(400, { "content-type": "text/plain", "x-fuzz-adapter": "unrepresentable" })
          .end(`not a request a route handler can receive: ${(error as Error).name}`);
        return;
      }
      const response = await route(request);
      const out = Buffer.from(await response.arrayBuffer());
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => (headers[key] = value));
      res.writeHead(response.status, headers).end(method === "HEAD" ? undefined : out);
    })().catch((error: unknown) => {
      // The route handler itself threw: Next would answer 500, and so do we (a failure).
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain", "x-fuzz-adapter": "handler-threw" });
      res.end(`route handler threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    });
  });
  // As tooling/next/serve.js: idle keep-alive sockets stay open longer than a client waits between
  // requests. With Node's default (5 s) a loaded machine's pause between two properties let the
  // server close sockets the client was reusing at that moment: ECONNRESET, not an answer.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    app,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, v);
      } catch {
        // A header value fetch refuses (Node accepts a little more): dropped, as Next's adapter does.
      }
    }
  }
  return headers;
}

export interface RawRequest {
  method: string;
  /** Path and query, sent byte for byte. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 32 });

/** Sends one request and reads the whole answer; `null` when the client itself can't send it (e.g. a path Node refuses). */
export function send(port: number, raw: RawRequest, timeoutMs = 30_000): Promise<Answer | null> {
  return new Promise((resolve, reject) => {
    let req;
    try {
      req = httpRequest({ host: "127.0.0.1", port, method: raw.method, path: raw.path, headers: raw.headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(", ") : v;
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", reject);
      });
    } catch {
      resolve(null);
      return;
    }
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(raw.body);
  });
}

export function closeClient(): void {
  agent.destroy();
}

/** superjson + JSON, as the tRPC client sends an input. Throws if the value can't be serialized. */
export function encodeInput(input: unknown): string {
  return JSON.stringify(superjson.serialize(input));
}

/** How the tRPC client (httpLink, no batching) sends one call. */
export function trpcRequest(path: string, type: "query" | "mutation", input: unknown, headers: Record<string, string>): RawRequest {
  if (type === "query") {
    const query = input === undefined ? "" : `?input=${encodeURIComponent(encodeInput(input))}`;
    return { method: "GET", path: `/api/trpc/${path}${query}`, headers };
  }
  return {
    method: "POST",
    path: `/api/trpc/${path}`,
    headers: { "content-type": "application/json", ...headers },
    ...(input === undefined ? {} : { body: encodeInput(input) }),
  };
}

/** One line describing a request for reports (method, path, body), long parts cut. */
export function describeRequest(raw: RawRequest, max = 600): string {
  const body = raw.body === undefined ? "" : ` body=${typeof raw.body === "string" ? raw.body : `<${raw.body.length} bytes>`}`;
  const headers = Object.entries(raw.headers ?? {})
    .filter(([k]) => k !== "cookie" && k !== "x-request-id" && k !== "user-agent")
    .map(([k, v]) => `${k}: ${v}`)
    .join("; ");
  const line = `${raw.method} ${decodeForReport(raw.path)}${headers ? ` [${headers}]` : ""}${body}`;
  return line.length > max ? `${line.slice(0, max)}…(${line.length} chars)` : line;
}

function decodeForReport(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
