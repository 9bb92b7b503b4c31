import type { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { SMTPServer } from "smtp-server";
import type { Logger } from "@commerce/core/logger";
import { parseMail, type ParsedMail } from "./mime";

// A local mail catcher standing in for a real relay (like MailHog): a real SMTP server that
// keeps what it receives in memory and shows it over HTTP, so people and tests can read the
// links that were mailed. Nothing is ever delivered onwards.

export interface StoredMail {
  id: string;
  /** Envelope sender (MAIL FROM). */
  from: string;
  /** Envelope recipients (RCPT TO), as the sender spelled them; Bcc included. */
  to: string[];
  subject: string;
  /** Decoded text/plain part, line breaks as "\n"; "" when the mail has none. */
  text: string;
  /** Decoded text/html part, when the mail has one. */
  html?: string;
  /** The message as received, headers and encoded body. */
  raw: string;
  receivedAt: string; // ISO 8601
}

export interface MailboxOptions {
  smtpPort?: number;
  httpPort?: number;
  host?: string;
  /** Oldest mail is dropped beyond this, so a long-running mailbox cannot grow without bound. */
  maxMessages?: number;
  log?: Logger;
}

export interface Mailbox {
  smtpPort: number;
  httpPort: number;
  /** Base URL of the HTTP API. */
  url: string;
  close(): Promise<void>;
}

const maxSize = 1024 * 1024; // a transactional mail is a few kB; anything near this is a bug

export async function startMailbox({ smtpPort = 0, httpPort = 0, host = "127.0.0.1", maxMessages = 10_000, log }: MailboxOptions = {}): Promise<Mailbox> {
  const messages: StoredMail[] = []; // oldest first

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: maxSize,
    logger: false,
    closeTimeout: 1_000, // close() must not wait 30 s for an idle client to say QUIT
    disableReverseLookup: true, // a DNS lookup per connection only slows tests down
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (error) => callback(error));
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          return callback(Object.assign(new Error(`Message exceeds the maximum size of ${maxSize} bytes`), { responseCode: 552 }));
        }
        const raw = Buffer.concat(chunks);
        let parsed: ParsedMail = { subject: "", text: "" };
        try {
          parsed = parseMail(raw);
        } catch (error) {
          log?.warn("could not parse a received mail; kept raw only", { error }); // the sender's mail still arrived
        }
        const mail: StoredMail = {
          id: randomUUID(),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parsed,
          raw: raw.toString("utf8"),
          receivedAt: new Date().toISOString(),
        };
        messages.push(mail);
        if (messages.length > maxMessages) messages.splice(0, messages.length - maxMessages);
        log?.info("mail received", { id: mail.id, to: mail.to, subject: mail.subject });
        callback(null, `Message queued as ${mail.id}`);
      });
    },
  });
  // A client that resets its connection is not our failure; without a listener it would crash us.
  smtp.on("error", (error) => log?.warn("smtp server error", { error }));
  await listen((ready) => smtp.listen(smtpPort, host, ready), smtp.server);

  const http = createServer((req, res) => route(req, res, messages));
  await listen((ready) => http.listen(httpPort, host, ready), http).catch(async (error: unknown) => {
    await new Promise<void>((resolve) => smtp.close(() => resolve())); // don't leave half a mailbox running
    throw error;
  });

  const actualHttpPort = (http.address() as AddressInfo).port;
  return {
    smtpPort: (smtp.server.address() as AddressInfo).port,
    httpPort: actualHttpPort,
    url: `http://${host}:${actualHttpPort}`,
    async close() {
      http.closeAllConnections(); // fetch keeps connections alive; close() would wait for them
      await Promise.all([new Promise<void>((resolve) => smtp.close(() => resolve())), new Promise<void>((resolve) => http.close(() => resolve()))]);
    },
  };
}

/** Resolves once listening; rejects on e.g. EADDRINUSE instead of emitting it unheard. */
function listen(start: (ready: () => void) => void, server: EventEmitter): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    start(() => {
      server.off("error", reject);
      resolve();
    });
  });
}

function route(req: IncomingMessage, res: ServerResponse, messages: StoredMail[]): void {
  const url = new URL(req.url ?? "/", "http://mailbox");
  const path = url.pathname.replace(/\/+$/, "") || "/";
  if (req.method === "GET" && path === "/health") return json(res, 200, { status: "ok", messages: messages.length });
  if (req.method === "GET" && path === "/messages") {
    const to = url.searchParams.get("to")?.trim().toLowerCase();
    const newestFirst = messages.slice().reverse();
    return json(res, 200, to ? newestFirst.filter((m) => m.to.some((r) => r.toLowerCase() === to)) : newestFirst);
  }
  if (req.method === "DELETE" && path === "/messages") {
    const deleted = messages.length;
    messages.length = 0;
    return json(res, 200, { deleted });
  }
  const one = /^\/messages\/([^/]+)$/.exec(path);
  if (req.method === "GET" && one) {
    const id = one[1]!;
    const mail = messages.find((m) => m.id === id);
    return mail ? json(res, 200, mail) : notFound(res, `no message with id ${id}`);
  }
  notFound(res, `no route ${req.method} ${path}`);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function notFound(res: ServerResponse, message: string): void {
  json(res, 404, { error: { code: "not_found", message } });
}
