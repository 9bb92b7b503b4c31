#!/usr/bin/env node
// Serves one Next app: `node tooling/next/serve.js apps/web 3000 [--dev]`.
// Instead of `next start`, so the API knows who is calling: Next passes on an X-Forwarded-For
// that a client wrote itself, so the socket's peer address goes in a header of our own, always
// overwritten here (see packages/auth/src/client-address.ts).
import { createServer } from "node:http";
import { resolve } from "node:path";

const [dirArg, portArg, ...flags] = process.argv.slice(2);
if (!dirArg || !portArg || !/^\d+$/.test(portArg)) {
  console.error("usage: serve.js <app dir> <port> [--dev]");
  process.exit(64);
}
const dir = resolve(dirArg);
const port = Number(portArg);
// Every interface (IPv6 and IPv4) unless HOSTNAME_BIND names one.
const bind = process.env.HOSTNAME_BIND;
const dev = flags.includes("--dev");
// As `next start` and `next dev` do, before Next and React load: production builds of React,
// production error pages.
process.env.NODE_ENV = dev ? "development" : "production";
const { default: next } = await import("next");

const app = next({ dev, dir, hostname: bind ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

/** Next answers a path it cannot percent-decode (e.g. %ED%A0%80, half a character) with a bare 500. */
function decodablePath(url) {
  try {
    decodeURIComponent(new URL(url ?? "/", "http://local").pathname);
    return true;
  } catch {
    return false;
  }
}

const server = createServer((req, res) => {
  if (!decodablePath(req.url)) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
    res.end("Bad request: the address is not valid UTF-8 percent-encoding.");
    return;
  }
  req.headers["x-commerce-peer"] = req.socket.remoteAddress ?? "";
  handle(req, res).catch((error) => {
    console.error(JSON.stringify({ level: "error", msg: "request failed in the Next server", error: String(error) }));
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
    res.end("Something went wrong");
  });
});
server.keepAliveTimeout = 65_000;
const ready = () => console.log(`${dirArg} ready on http://${bind ?? "localhost"}:${port}${dev ? " (dev)" : ""}`);
if (bind) server.listen(port, bind, ready);
else server.listen(port, ready);

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
