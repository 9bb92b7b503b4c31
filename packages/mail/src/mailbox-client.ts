import type { StoredMail } from "./mailbox";

// Reads the local mailbox over HTTP: how integration and browser tests pick up mailed links.
// Only a type comes from ./mailbox, so importing this does not load the SMTP server.

export interface WaitForMessage {
  to: string;
  subjectIncludes?: string;
  /** Ignore mail received before this moment (e.g. from an earlier step of the same test). */
  after?: Date;
  timeoutMs?: number;
}

export class MailboxClient {
  private readonly url: string;

  constructor(url: string) {
    this.url = url.replace(/\/+$/, "");
  }

  /** Newest first; `to` matches a recipient address case-insensitively. */
  async list(to?: string): Promise<StoredMail[]> {
    return (await this.request(`/messages${to ? `?to=${encodeURIComponent(to)}` : ""}`)) as StoredMail[];
  }

  async get(id: string): Promise<StoredMail> {
    return (await this.request(`/messages/${encodeURIComponent(id)}`)) as StoredMail;
  }

  async clear(): Promise<void> {
    await this.request("/messages", "DELETE");
  }

  /** Polls every 100 ms until a matching mail is there (the newest one wins), or throws naming what it waited for. */
  async waitForMessage({ to, subjectIncludes, after, timeoutMs = 10_000 }: WaitForMessage): Promise<StoredMail> {
    const deadline = Date.now() + timeoutMs;
    let seen: StoredMail[] = [];
    let lastError: unknown;
    for (;;) {
      try {
        seen = await this.list(to);
        lastError = undefined;
        const found = seen.find(
          (m) => (subjectIncludes === undefined || m.subject.includes(subjectIncludes)) && (!after || Date.parse(m.receivedAt) >= after.getTime()),
        );
        if (found) return found;
      } catch (error) {
        lastError = error; // the mailbox may be starting or restarting: keep trying until the deadline
      }
      const left = deadline - Date.now();
      if (left <= 0) break;
      await new Promise((resolve) => setTimeout(resolve, Math.min(100, left)));
    }
    const wanted = [subjectIncludes !== undefined && `with a subject containing "${subjectIncludes}"`, after && `received after ${after.toISOString()}`]
      .filter(Boolean)
      .join(" ");
    const context = lastError
      ? `the mailbox at ${this.url} could not be read: ${(lastError as Error).message}`
      : seen.length
        ? `mailbox ${this.url} holds ${seen.length} other mail(s) for that address: ${seen
            .slice(0, 5)
            .map((m) => JSON.stringify(m.subject))
            .join(", ")}`
        : `mailbox ${this.url} holds no mail for that address`;
    throw new Error(`No mail for ${to}${wanted ? ` ${wanted}` : ""} arrived within ${timeoutMs} ms (${context})`);
  }

  private async request(path: string, method = "GET"): Promise<unknown> {
    const res = await fetch(this.url + path, { method, signal: AbortSignal.timeout(5_000) });
    const body = (await res.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
    if (!res.ok) throw new Error(`Mailbox ${method} ${path} answered ${res.status}${body?.error?.message ? `: ${body.error.message}` : ""}`);
    return body;
  }
}

/** The first http(s) link in a mail's text, without sentence punctuation that follows it. */
export function firstLink(mail: Pick<StoredMail, "subject" | "text">): string {
  const link = /https?:\/\/[^\s<>"]+/.exec(mail.text)?.[0]?.replace(/[.,;:!?)\]]+$/, "");
  if (!link) throw new Error(`Mail "${mail.subject}" has no link in its text`);
  return link;
}
