import { config } from "@commerce/config";
import { createDb } from "@commerce/db";
import { verifyAudit } from "./domains/audit/audit.service";

// npm run audit:verify — recomputes every audit chain and exits 1 if any entry was changed or removed.

const db = createDb(config().DATABASE_URL);
try {
  const report = await verifyAudit(db);
  if (report.breaks.length === 0) {
    console.log(`Audit log intact: ${report.entries} entries in ${report.chains} chains verified.`);
  } else {
    console.error(`Audit log TAMPERED: ${report.breaks.length} break(s) in ${report.entries} entries.`);
    for (const b of report.breaks) console.error(`  chain ${b.chain} seq ${b.seq} (${b.id}): ${b.reason}`);
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}
