// Prints one closing line over every runner: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

const [vitestFile, playwrightFile, ...failedSteps] = process.argv.slice(2);
let passed = 0, failed = 0, skipped = 0;

if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, "utf8"));
  passed += v.numPassedTests; failed += v.numFailedTests; skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
if (existsSync(playwrightFile)) {
  const s = JSON.parse(readFileSync(playwrightFile, "utf8")).stats ?? {};
  passed += s.expected ?? 0; failed += (s.unexpected ?? 0) + (s.flaky ?? 0); skipped += s.skipped ?? 0;
}
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(", ")}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
