// Prints one closing line over every runner: "N passed, N failed, N skipped in Mm SSs", the time
// being that of the whole test command when it passes --started-ms=<epoch ms of its start>.
import { existsSync, readFileSync } from "node:fs";

const args = process.argv.slice(2);
const startedArg = args[0]?.startsWith("--started-ms=") ? args.shift() : undefined;
const startedMs = startedArg ? Number(startedArg.slice("--started-ms=".length)) : NaN;
const [vitestFile, playwrightFile, ...failedSteps] = args;
let passed = 0,
  failed = 0,
  skipped = 0;

if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, "utf8"));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
if (existsSync(playwrightFile)) {
  const s = JSON.parse(readFileSync(playwrightFile, "utf8")).stats ?? {};
  passed += s.expected ?? 0;
  failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
  skipped += s.skipped ?? 0;
}
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(", ")}`);
const seconds = Math.round((Date.now() - startedMs) / 1000);
const elapsed = Number.isFinite(seconds) ? ` in ${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s` : "";
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped${elapsed}`);
process.exit(failedSteps.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
