#!/usr/bin/env node
// Serves one Next app: `node tooling/next/serve.js apps/web 3000 [--dev]`.
// Instead of `next start`, so the API knows who is calling: Next passes on an X-Forwarded-For
// that a client wrote itself, so the socket's peer address goes in a header of our own, always
// overwritten here (see packages/auth/src/client-address.ts).
import { createServer } from "node:http";
import { resolve } from "node:path";
import next from "next";

const [dirArg, portArg, ...flags] = process.argv.slice(2);
if (!dirArg || !portArg || !/^\d+$/.test(portArg)) {
  console.error("usage: serve.js <app dir> <port> [--dev]");
  process.exit(64);
}
const dir = resolve(dirArg);
const port = Number(portArg);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
const dev = flags.includes("--dev");

const app = next({ dev, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers["x-commerce-peer"] = req.socket.remoteAddress ?? "";
  handle(req, res).catch((error) => {
    console.error(JSON.stringify({ level: "error", msg: "request failed in the Next server", error: String(error) }));
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
    res.end("Something went wrong");
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`${dirArg} ready on http://${hostname}:${port}${dev ? " (dev)" : ""}`));

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
