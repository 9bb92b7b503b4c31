// A small MIME reader for the mailbox: enough of RFC 2045-2047 to read what nodemailer and
// ordinary mail clients send (mailparser is not installable here). It works on "binary"
// strings (one char per byte, latin1) so that byte-level encodings survive until the charset
// is applied once, at the end; decoding bytes piecemeal would split multi-byte characters.

export interface ParsedMail {
  subject: string;
  /** The first text/plain part that is not an attachment, decoded; "" when there is none. */
  text: string;
  /** The first text/html part that is not an attachment, decoded. */
  html?: string;
}

interface Entity {
  headers: Map<string, string>; // lower-case name → first value, unfolded, still binary
  body: string; // binary
}

/**
 * Parses one message as received over SMTP (the bytes between DATA and the final dot).
 * SMTP ends every message with a line break, so a single-part text the author did not end
 * with "\n" comes back with one; parts of a multipart message come back exactly.
 */
export function parseMail(raw: Buffer): ParsedMail {
  const entity = readEntity(raw.toString("latin1"));
  const found: { text?: string; html?: string } = {};
  collect(entity, found, 0);
  const mail: ParsedMail = { subject: decodeHeader(entity.headers.get("subject") ?? ""), text: found.text ?? "" };
  if (found.html !== undefined) mail.html = found.html;
  return mail;
}

function readEntity(binary: string): Entity {
  // A part with no headers starts directly with the empty line.
  const blank = /^\r?\n/.exec(binary) ?? /\r?\n\r?\n/.exec(binary);
  const head = blank ? binary.slice(0, blank.index) : binary;
  const body = blank ? binary.slice(blank.index + blank[0].length) : "";
  const headers = new Map<string, string>();
  // Unfold: a line starting with white space continues the previous header (RFC 5322 2.2.3).
  for (const line of head.split(/\r?\n(?![ \t])/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name))
      headers.set(
        name,
        line
          .slice(colon + 1)
          .replace(/\r?\n/g, "")
          .trim(),
      );
  }
  return { headers, body };
}

function collect(entity: Entity, found: { text?: string; html?: string }, depth: number): void {
  const type = parseParams(entity.headers.get("content-type") ?? "text/plain");
  const mediaType = type.value.toLowerCase();
  if (mediaType.startsWith("multipart/")) {
    const boundary = type.params.boundary;
    if (!boundary || depth > 8) return;
    for (const part of splitMultipart(entity.body, boundary)) collect(readEntity(part), found, depth + 1);
    return;
  }
  const disposition = parseParams(entity.headers.get("content-disposition") ?? "inline").value.toLowerCase();
  if (disposition === "attachment") return;
  const key = mediaType === "text/plain" ? "text" : mediaType === "text/html" ? "html" : undefined;
  if (!key || found[key] !== undefined) return;
  const bytes = decodeTransfer(entity.body, entity.headers.get("content-transfer-encoding") ?? "7bit");
  // SMTP carries CRLF; authors write "\n". Hand back what the author wrote.
  found[key] = decodeBytes(bytes, type.params.charset ?? "us-ascii").replace(/\r\n/g, "\n");
}

/** The bodies between `--boundary` lines; the preamble and epilogue are not parts. */
function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of body.split(/\r?\n/)) {
    const trimmed = line.trimEnd(); // transport padding after a delimiter is allowed
    if (trimmed === `--${boundary}--`) break;
    if (trimmed === `--${boundary}`) {
      if (current) parts.push(current.join("\r\n"));
      current = [];
    } else if (current) {
      current.push(line);
    }
  }
  if (current) parts.push(current.join("\r\n"));
  return parts;
}

/** `type/subtype; key=value; key="quoted; value"` → value and lower-case params. */
export function parseParams(header: string): { value: string; params: Record<string, string> } {
  const pieces: string[] = [];
  let piece = "";
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i]!;
    if (quoted && c === "\\" && i + 1 < header.length) {
      piece += header[++i];
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ";" && !quoted) {
      pieces.push(piece);
      piece = "";
    } else {
      piece += c;
    }
  }
  pieces.push(piece);
  const params: Record<string, string> = {};
  for (const p of pieces.slice(1)) {
    const eq = p.indexOf("=");
    if (eq > 0) params[p.slice(0, eq).trim().toLowerCase()] = p.slice(eq + 1).trim();
  }
  return { value: pieces[0]!.trim(), params };
}

function decodeTransfer(body: string, encoding: string): Uint8Array {
  switch (encoding.trim().toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64");
    case "quoted-printable":
      return decodeQuotedPrintable(body);
    default: // 7bit, 8bit, binary: the bytes are the content
      return Buffer.from(body, "latin1");
  }
}

/**
 * RFC 2045 6.7: white space at a line's end was added in transit, `=` at a line's end is a
 * soft break (the line was only wrapped), `=XX` is one byte. Bytes, not characters: "ü" is
 * `=C3=BC`, and the two halves may even sit on either side of a soft break.
 */
export function decodeQuotedPrintable(body: string): Uint8Array {
  const joined = body.replace(/[ \t]+(?=\r?\n|$)/g, "").replace(/=(\r?\n|$)/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === "=" ? joined.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(joined.charCodeAt(i) & 0xff); // a stray "=" is kept, as RFC 2045 suggests
    }
  }
  return Uint8Array.from(bytes);
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  const label = charset.trim().toLowerCase();
  try {
    // Plain ASCII declared but 8-bit bytes sent: UTF-8 is by far the likeliest truth today.
    return new TextDecoder(label === "us-ascii" || label === "ascii" ? "utf-8" : label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes); // unknown charset label
  }
}

const encodedWord = /=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/g;

/**
 * RFC 2047 encoded words (`=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=`, `=?UTF-8?B?...?=`) in a header value.
 * White space between two encoded words is folding, not text; adjacent words of one charset
 * are joined as bytes first, since a sender may split a character across them.
 */
export function decodeHeader(value: string): string {
  // Raw 8-bit header bytes (SMTPUTF8) are UTF-8.
  const text = Buffer.from(value, "latin1").toString("utf8");
  const out: string[] = [];
  let pending: { charset: string; bytes: number[] } | undefined;
  let last = 0;
  const flush = () => {
    if (pending) out.push(decodeBytes(Uint8Array.from(pending.bytes), pending.charset));
    pending = undefined;
  };
  for (const match of text.matchAll(encodedWord)) {
    const between = text.slice(last, match.index);
    last = match.index + match[0].length;
    const charset = match[1]!.split("*")[0]!.toLowerCase(); // RFC 2231 language suffix
    const bytes = match[2]!.toUpperCase() === "B" ? [...Buffer.from(match[3]!, "base64")] : qWordBytes(match[3]!);
    if (pending && /^[ \t\r\n]*$/.test(between)) {
      if (pending.charset === charset) {
        pending.bytes.push(...bytes);
        continue;
      }
      flush();
    } else {
      flush();
      out.push(between);
    }
    pending = { charset, bytes };
  }
  flush();
  out.push(text.slice(last));
  return out.join("");
}

function qWordBytes(word: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const hex = word[i] === "=" ? word.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(word[i] === "_" ? 0x20 : word.charCodeAt(i) & 0xff);
    }
  }
  return bytes;
}
