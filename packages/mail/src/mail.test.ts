import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import nodemailer from "nodemailer";
import { firstLink, MailboxClient } from "./mailbox-client";
import { startMailbox, type Mailbox } from "./mailbox";
import { MailDeliveryError, SmtpMailSender } from "./sender";

// Everything here goes over real sockets: nodemailer speaks SMTP to the mailbox, the client
// reads it back over HTTP. The exact-string assertions are what catch broken decoding.

let mailbox: Mailbox;
let sender: SmtpMailSender;
let client: MailboxClient;

beforeAll(async () => {
  mailbox = await startMailbox({});
  sender = new SmtpMailSender({ host: "127.0.0.1", port: mailbox.smtpPort, from: "Shop <shop@example.test>" });
  client = new MailboxClient(mailbox.url);
});
afterAll(() => mailbox.close());

const link =
  "https://shop.example.test/acme/reset-password?token=abc%3D%3D=def&email=j%C3%BCrgen%40example.test&next=/account?page=2&sort=desc&x=" + "z".repeat(90);

describe("sending through SMTP into the mailbox", () => {
  it("keeps a long link with = and & and non-ASCII text exactly, through quoted-printable", async () => {
    const text = `Grüße aus Köln, Zoë!\n\nChoose a new password: ${link}\n.a line that starts with a dot\ntrailing space \nEnde: 100 % sicher – ✓\n`;
    await sender.send({ to: "Ada@Example.test", subject: "Reset your password", text });
    const mail = await client.waitForMessage({ to: "ada@example.test" });
    expect(mail.raw).toContain("Content-Transfer-Encoding: quoted-printable"); // the path under test
    expect(mail.text).toBe(text);
    expect(mail.html).toBeUndefined();
    expect(mail.subject).toBe("Reset your password");
    expect(mail.from).toBe("shop@example.test");
    expect(mail.to).toEqual(["Ada@example.test"]); // nodemailer lower-cases the domain only
    expect(firstLink(mail)).toBe(link);
  });

  it("reads both parts of a message with html", async () => {
    const html = `<p>Grüße!</p><p><a href="${link.replaceAll("&", "&amp;")}">Bestellung ansehen</a></p>`;
    await sender.send({ to: "bo@example.test", subject: "Your order", text: `Grüße! Bestellung: ${link}`, html });
    const mail = await client.waitForMessage({ to: "bo@example.test" });
    expect(mail.raw).toContain("multipart/alternative");
    expect(mail.text).toBe(`Grüße! Bestellung: ${link}`); // a part has no line break of the wire's
    expect(mail.html).toBe(html);
  });

  it("decodes non-ASCII subjects, folded over several encoded words", async () => {
    const subject = "Bestätigung Ihrer Bestellung #1001 – Grüße aus Köln ✓ 🎉 und noch ein paar Wörter mehr";
    await sender.send({ to: "cy@example.test", subject, text: "x\n" });
    const mail = await client.waitForMessage({ to: "cy@example.test" });
    expect(mail.raw).toMatch(/=\?UTF-8\?Q\?[^\r\n]*\r\n =\?UTF-8\?Q\?/); // really folded
    expect(mail.subject).toBe(subject);
  });

  it("decodes base64 bodies and B-encoded subjects", async () => {
    const transport = nodemailer.createTransport({ host: "127.0.0.1", port: mailbox.smtpPort, secure: false, ignoreTLS: true });
    const subject = "日本語のテスト件名です。長い件名を折り返します";
    const text = "ÄÖÜ äöü ß ".repeat(20) + "\n";
    await transport.sendMail({ from: "a@example.test", to: "dee@example.test", bcc: "hidden@example.test", subject, text, textEncoding: "base64" });
    const mail = await client.waitForMessage({ to: "dee@example.test" });
    expect(mail.raw).toContain("Content-Transfer-Encoding: base64");
    expect(mail.raw).toContain("?B?");
    expect(mail.subject).toBe(subject);
    expect(mail.text).toBe(text);
    expect(mail.to).toEqual(["dee@example.test", "hidden@example.test"]);
  });

  it("refuses a message over 1 MB", async () => {
    const error = await sender.send({ to: "big@example.test", subject: "big", text: "a".repeat(1_100_000) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as MailDeliveryError).unreachable).toBe(false);
    expect((error as Error).message).toMatch(
      new RegExp(`^SMTP server 127\\.0\\.0\\.1:${mailbox.smtpPort} did not accept the mail to big@example\\.test: .*552`),
    );
  });

  it("raises MailDeliveryError naming host:port when nothing listens there", async () => {
    const port = await closedPort();
    const dead = new SmtpMailSender({ host: "127.0.0.1", port, from: "x@example.test" });
    const error = await dead.send({ to: "a@example.test", subject: "s", text: "t" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as MailDeliveryError).unreachable).toBe(true);
    expect((error as Error).message).toMatch(new RegExp(`^SMTP server 127\\.0\\.0\\.1:${port} is unreachable: .*ECONNREFUSED`));
  });
});

describe("MailboxClient.waitForMessage", () => {
  it("waits for mail that arrives later, matching subject and time", async () => {
    await sender.send({ to: "eve@example.test", subject: "Welcome", text: "old\n" });
    const after = new Date();
    const waiting = client.waitForMessage({ to: "EVE@example.test", subjectIncludes: "invited", after, timeoutMs: 5_000 });
    await new Promise((r) => setTimeout(r, 250)); // the client is polling by now
    await sender.send({ to: "eve@example.test", subject: "You're invited: set your password", text: "new\n" });
    const mail = await waiting;
    expect(mail.text).toBe("new\n");
  });

  it("times out with a message naming the recipient", async () => {
    await expect(client.waitForMessage({ to: "nobody@example.test", timeoutMs: 300 })).rejects.toThrow(
      `No mail for nobody@example.test arrived within 300 ms (mailbox ${mailbox.url} holds no mail for that address)`,
    );
  });

  it("says what did arrive when only the subject does not match", async () => {
    await sender.send({ to: "fay@example.test", subject: "Reset your password", text: "x\n" });
    await client.waitForMessage({ to: "fay@example.test" });
    await expect(client.waitForMessage({ to: "fay@example.test", subjectIncludes: "Invoice", timeoutMs: 200 })).rejects.toThrow(
      `No mail for fay@example.test with a subject containing "Invoice" arrived within 200 ms (mailbox ${mailbox.url} holds 1 other mail(s) for that address: "Reset your password")`,
    );
  });

  it("times out clearly when the mailbox is not there at all", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    await expect(new MailboxClient(url).waitForMessage({ to: "a@example.test", timeoutMs: 200 })).rejects.toThrow(
      `No mail for a@example.test arrived within 200 ms (the mailbox at ${url} could not be read: fetch failed)`,
    );
  });
});

describe("mailbox HTTP API", () => {
  it("lists newest first, filters by recipient, fetches one, clears", async () => {
    const box = await startMailbox({});
    const api = new MailboxClient(box.url);
    const to = (n: number) => sendVia(box, { to: `u${n}@example.test`, subject: `m${n}`, text: "t\n" });
    try {
      await to(1);
      await to(2);
      await to(1);
      expect((await api.list()).map((m) => m.subject)).toEqual(["m1", "m2", "m1"]);
      const forOne = await api.list("U1@EXAMPLE.TEST");
      expect(forOne.map((m) => m.to)).toEqual([["u1@example.test"], ["u1@example.test"]]);
      expect(Date.parse(forOne[0]!.receivedAt)).toBeGreaterThanOrEqual(Date.parse(forOne[1]!.receivedAt));
      expect(await api.get(forOne[0]!.id)).toEqual(forOne[0]);

      expect(await getJson(box, "/health")).toEqual({ status: 200, body: { status: "ok", messages: 3 } });
      expect(await getJson(box, "/messages/nope")).toEqual({ status: 404, body: { error: { code: "not_found", message: "no message with id nope" } } });
      expect(await getJson(box, "/inbox")).toEqual({ status: 404, body: { error: { code: "not_found", message: "no route GET /inbox" } } });
      await expect(api.get("nope")).rejects.toThrow("Mailbox GET /messages/nope answered 404: no message with id nope");

      await api.clear();
      expect(await api.list()).toEqual([]);
    } finally {
      await box.close();
    }
  });

  it("drops the oldest mail beyond its limit", async () => {
    const box = await startMailbox({ maxMessages: 2 });
    try {
      for (const n of [1, 2, 3]) await sendVia(box, { to: "a@example.test", subject: `m${n}`, text: "t\n" });
      expect((await new MailboxClient(box.url).list()).map((m) => m.subject)).toEqual(["m3", "m2"]);
    } finally {
      await box.close();
    }
  });

  it("fails to start on a taken port", async () => {
    const box = await startMailbox({});
    try {
      await expect(startMailbox({ httpPort: box.httpPort })).rejects.toThrow(`listen EADDRINUSE: address already in use 127.0.0.1:${box.httpPort}`);
    } finally {
      await box.close();
    }
  });

  it("closes both servers", async () => {
    const box = await startMailbox({});
    await new MailboxClient(box.url).list(); // leaves a kept-alive connection open
    await box.close();
    await expect(fetch(`${box.url}/health`)).rejects.toThrow("fetch failed");
    await expect(sendVia(box, { to: "a@example.test", subject: "s", text: "t" })).rejects.toThrow(`SMTP server 127.0.0.1:${box.smtpPort} is unreachable`);
  });
});

function sendVia(box: Mailbox, mail: { to: string; subject: string; text: string }) {
  return new SmtpMailSender({ host: "127.0.0.1", port: box.smtpPort, from: "t@example.test" }).send(mail);
}

async function getJson(box: Mailbox, path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(box.url + path);
  return { status: res.status, body: await res.json() };
}

/** A port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
