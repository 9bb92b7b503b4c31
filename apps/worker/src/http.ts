import { createServer, type Server } from "node:http";
import type { Logger } from "@commerce/core/logger";

/** A route of the worker's small HTTP server: a web Response, as the Next apps' route handlers give. */
export type Route = () => Promise<Response> | Response;

/** Serves /api/health, /api/ready and /api/metrics on the worker's own port (GET only). */
export async function startHttp(port: number, routes: Record<string, Route>, log: Logger): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://worker").pathname;
    const route = routes[path];
    void (async () => {
      const answer = !route
        ? new Response("not found\n", { status: 404 })
        : req.method !== "GET" && req.method !== "HEAD"
          ? new Response("method not allowed\n", { status: 405, headers: { allow: "GET, HEAD" } })
          : await route();
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(req.method === "HEAD" ? undefined : Buffer.from(await answer.arrayBuffer()));
    })().catch((error: unknown) => {
      log.error("probe failed", { path, error });
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: "error" }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "0.0.0.0", () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
