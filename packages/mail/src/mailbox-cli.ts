import { config } from "@commerce/config";
import { createLogger } from "@commerce/core/logger";
import { startMailbox } from "./mailbox";

// `npm run mailbox`: the mail catcher for development, npm start and test runs. Runners wait
// for the "mailbox started" line on stdout before they send mail.

const cfg = config();
const log = createLogger({ process: "mailbox" }, cfg.LOG_LEVEL);
const mailbox = await startMailbox({ smtpPort: cfg.SMTP_PORT, httpPort: cfg.MAILBOX_HTTP_PORT, log }).catch((error: unknown) => {
  log.error("mailbox could not start (is a port taken?)", { smtpPort: cfg.SMTP_PORT, httpPort: cfg.MAILBOX_HTTP_PORT, error });
  process.exit(1);
});
log.info("mailbox started", { smtpPort: mailbox.smtpPort, httpPort: mailbox.httpPort, url: mailbox.url });

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, async () => {
    log.info("shutting down", { signal });
    await mailbox.close();
    process.exit(0);
  });
}
