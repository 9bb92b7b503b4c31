// Prints one closing line over every runner: "N passed, N failed, N skipped in Mm SSs", the time
// being that of the whole test command when it passes --started-ms=<epoch ms of its start>.
import { existsSync, readFileSync } from "node:fs";

const args = process.argv.slice(2);
const startedArg = args[0]?.startsWith("--started-ms=") ? args.shift() : undefined;
const startedMs = startedArg ? Number(startedArg.slice("--started-ms=".length)) : NaN;
// Reports (vitest's or Playwright's JSON, told apart by their shape) end in .json; the other
// arguments name steps that failed.
const reports = args.filter((a) => a.endsWith(".json"));
const failedSteps = args.filter((a) => !a.endsWith(".json"));
let passed = 0,
  failed = 0,
  skipped = 0;

for (const file of reports.filter((f) => existsSync(f))) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (typeof report.numPassedTests === "number") {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } else {
    const s = report.stats ?? {};
    passed += s.expected ?? 0;
    failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
    skipped += s.skipped ?? 0;
  }
}
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(", ")}`);
const seconds = Math.round((Date.now() - startedMs) / 1000);
const elapsed = Number.isFinite(seconds) ? ` in ${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s` : "";
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped${elapsed}`);
process.exit(failedSteps.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
