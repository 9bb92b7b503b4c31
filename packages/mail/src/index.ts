// The server (./mailbox) is deliberately not here: apps send mail, only tests and the CLI run a mailbox.
export { createMailSender, MailDeliveryError, SmtpMailSender, type MailSender, type OutgoingMail, type SmtpOptions } from "./sender";
export { firstLink, MailboxClient, type WaitForMessage } from "./mailbox-client";
export type { StoredMail } from "./mailbox";
