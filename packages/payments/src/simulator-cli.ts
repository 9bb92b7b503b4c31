import { config } from "@commerce/config";
import { createLogger } from "@commerce/core/logger";
import { startPaymentSimulator } from "./simulator";

const cfg = config();
const log = createLogger({ process: "payment-simulator" }, cfg.LOG_LEVEL);
const sim = await startPaymentSimulator({ apiKey: cfg.PAYMENT_PROVIDER_API_KEY }, cfg.PAYMENT_PROVIDER_PORT);
log.info("payment provider simulator listening", { url: sim.url });
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, async () => {
    log.info("shutting down", { signal });
    await sim.close();
    process.exit(0);
  });
}
