import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type { Config } from "@commerce/config";

// Outgoing mail goes over SMTP: to the local mailbox in development and tests, to a real
// relay in production. Same code path either way.

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** The mail did not leave: the server could not be reached, or it refused the message. */
export class MailDeliveryError extends Error {
  override name = "MailDeliveryError";
  constructor(
    message: string,
    /** True when no SMTP conversation took place (server down, wrong host or port): worth a retry later. */
    readonly unreachable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// nodemailer's codes for "never got to talk SMTP"; anything else is the server answering.
const unreachableCodes = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED"]);

export interface SmtpOptions {
  host: string;
  port: number;
  from: string;
}

export class SmtpMailSender implements MailSender {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;

  constructor(private readonly options: SmtpOptions) {
    // Plain SMTP without auth: the local mailbox offers nothing else, and a production relay
    // is reached over the private network. Short timeouts, so a dead server fails a request
    // in seconds instead of nodemailer's default two minutes.
    this.transport = nodemailer.createTransport({
      host: options.host,
      port: options.port,
      secure: false,
      ignoreTLS: true,
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const server = `${this.options.host}:${this.options.port}`;
    try {
      const info = await this.transport.sendMail({ from: this.options.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      return { messageId: info.messageId };
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      const unreachable = code !== undefined && unreachableCodes.has(code);
      throw new MailDeliveryError(
        unreachable ? `SMTP server ${server} is unreachable: ${message}` : `SMTP server ${server} did not accept the mail to ${mail.to}: ${message}`,
        unreachable,
        { cause: error },
      );
    }
  }
}

export function createMailSender(cfg: Pick<Config, "SMTP_HOST" | "SMTP_PORT" | "MAIL_FROM">): MailSender {
  return new SmtpMailSender({ host: cfg.SMTP_HOST, port: cfg.SMTP_PORT, from: cfg.MAIL_FROM });
}
