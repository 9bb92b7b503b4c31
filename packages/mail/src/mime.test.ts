import { describe, expect, it } from "vitest";
import { decodeHeader, decodeQuotedPrintable, parseMail, parseParams } from "./mime";

// Hand-written messages for what nodemailer never sends but other clients do.

const crlf = (lines: string[]) => Buffer.from(lines.join("\r\n") + "\r\n", "utf8");
const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("quoted-printable", () => {
  it("joins soft line breaks, even inside a character, and decodes =XX as UTF-8 bytes", () => {
    expect(utf8(decodeQuotedPrintable("Gr=C3=\r\n=BC=c3=9Fe a=3Db&c=3D=\r\nd"))).toBe("Grüße a=b&c=d");
  });

  it("drops white space added in transit at line ends but keeps encoded trailing space", () => {
    expect(utf8(decodeQuotedPrintable("one  \r\ntwo=20\r\nthree= \r\nfour\t"))).toBe("one\r\ntwo \r\nthreefour");
  });

  it("keeps a stray = that starts no escape", () => {
    expect(utf8(decodeQuotedPrintable("a=zz=4"))).toBe("a=zz=4");
  });
});

describe("headers", () => {
  it("decodes Q and B encoded words and joins adjacent ones split inside a character", () => {
    expect(decodeHeader("=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus?= =?utf-8?q?_K=C3?=\r\n =?UTF-8?Q?=B6ln?=")).toBe("Grüße aus Köln");
    expect(decodeHeader("=?UTF-8?B?QmVzdMOk?= =?UTF-8?B?dGlndW5n?=")).toBe("Bestätigung");
    expect(decodeHeader("Order =?ISO-8859-1?Q?Best=E4tigung?= #12")).toBe("Order Bestätigung #12");
    expect(decodeHeader("plain text, not =?encoded")).toBe("plain text, not =?encoded");
  });

  it("parses parameters, quoted or not", () => {
    expect(parseParams('multipart/alternative; boundary="a;b=c"; charset=UTF-8')).toEqual({
      value: "multipart/alternative",
      params: { boundary: "a;b=c", charset: "UTF-8" },
    });
  });
});

describe("parseMail", () => {
  it("reads a message with bare LF line endings and a folded subject", () => {
    const raw = Buffer.from("Subject: a long\n subject\nContent-Type: text/plain; charset=utf-8\n\nGrüße\nzwei\n", "utf8");
    expect(parseMail(raw)).toEqual({ subject: "a long subject", text: "Grüße\nzwei\n" });
  });

  it("treats a message without Content-Type as 7bit text/plain", () => {
    expect(parseMail(crlf(["Subject: hi", "", "hello"]))).toEqual({ subject: "hi", text: "hello\n" });
  });

  it("decodes a latin-1 quoted-printable body by its charset", () => {
    const raw = crlf(["Subject: x", "Content-Type: text/plain; charset=ISO-8859-1", "Content-Transfer-Encoding: quoted-printable", "", "Gr=FC=DFe"]);
    expect(parseMail(raw).text).toBe("Grüße\n");
  });

  it("finds text and html inside nested multiparts and skips attachments", () => {
    const raw = crlf([
      "Subject: nested",
      'Content-Type: multipart/mixed; boundary="outer"',
      "",
      "preamble, not a part",
      "--outer",
      "Content-Type: multipart/alternative; boundary=inner",
      "",
      "--inner",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from("Grüße\nzwei").toString("base64"),
      "--inner",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>Grüße</p>",
      "--inner--",
      "--outer",
      "Content-Type: text/plain",
      'Content-Disposition: attachment; filename="notes.txt"',
      "",
      "attached, not the body",
      "--outer--  ",
      "epilogue",
    ]);
    expect(parseMail(raw)).toEqual({ subject: "nested", text: "Grüße\nzwei", html: "<p>Grüße</p>" });
  });
});
