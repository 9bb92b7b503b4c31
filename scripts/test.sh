#!/usr/bin/env bash
# Quick start: runs every test — lint, types, unit, integration (real PostgreSQL + JetStream) and
# Playwright end to end in the system Chromium. Exits non-zero if anything fails.
started_ms=$(date +%s%3N)
source "$(dirname "$0")/lib.sh"

ensure_chromium
prepare
mkdir -p .run
rm -f .run/vitest.json .run/playwright.json .run/*.log .run/*.status # nothing from an earlier run counts
failed=()

# step NAME LOG COMMAND...: runs one step, its output into LOG, and prints how long it took.
step() {
  local name=$1 log=$2 t0=$(date +%s) rc=0
  shift 2
  "$@" >"$log" 2>&1 || rc=$?
  echo "$rc $(($(date +%s) - t0))" >"$log.status"
  return $rc
}
# show NAME LOG: prints a step's output under its name, with its time; adds it to failed if it failed.
show() {
  local rc secs
  read -r rc secs <"$2.status"
  say "$1 (${secs}s)"
  cat "$2"
  [ "$rc" = 0 ] || failed+=("$1")
}

# Two cores, two lanes side by side, each step's output shown when it is done, with its time:
# - the app builds, then the end-to-end tests (real browsers against the built apps, the worker
#   and the simulators, on a fresh database and stream), then lint;
# - the type check (while the builds run), then vitest's files (mostly waiting on
#   PostgreSQL, NATS and their own servers; the API fuzzer among them sends a few thousand
#   requests to servers in its own process) while the end-to-end tests run.
build_apps() { npx turbo run build --filter='./apps/*' --output-logs=errors-only; }
end_to_end() {
  # A fresh database and stream for this run; the apps, worker and payment simulator are
  # started by Playwright against them.
  local run_id
  run_id="$(date +%s)$RANDOM"
  export DATABASE_URL="postgresql://postgres@127.0.0.1:5432/commerce_e2e_$run_id"
  export EVENTS_STREAM="E2E_$run_id" EVENTS_SUBJECT_PREFIX="e2e$run_id."
  export WEB_PORT=3100 ADMIN_PORT=3101 POS_PORT=3102 PAYMENT_PROVIDER_PORT=4110
  export PAYMENT_PROVIDER_URL="http://127.0.0.1:4110" LOG_LEVEL=info
  export WEB_URL="http://127.0.0.1:3100" ADMIN_URL="http://127.0.0.1:3101" POS_URL="http://127.0.0.1:3102"
  export SMTP_PORT=1125 MAILBOX_HTTP_PORT=8125 WORKER_HTTP_PORT=9465
  local rc=0
  migrate_and_seed && PLAYWRIGHT_JSON_OUTPUT_NAME=.run/playwright.json npx playwright test --reporter=list,json || rc=$?
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"commerce_e2e_$run_id\" WITH (FORCE)" || true
  return $rc
}
(
  step build .run/build.log build_apps && step e2e .run/e2e.log end_to_end
  step lint .run/lint.log npm run --silent lint
) &
browser_lane=$!

step typecheck .run/typecheck.log typecheck || true
show typecheck .run/typecheck.log
say "unit and integration tests, the API fuzz among them (vitest)"
t0=$(date +%s)
npx vitest run --reporter=default --reporter=json --outputFile.json=.run/vitest.json || failed+=(vitest)
say "vitest took $(($(date +%s) - t0))s"

wait $browser_lane || true
if [ -f .run/build.log.status ]; then show build .run/build.log; else failed+=(build); fi
if [ -f .run/e2e.log.status ]; then show "end-to-end tests (Playwright, system Chromium)" .run/e2e.log; else failed+=(e2e); fi
if [ -f .run/lint.log.status ]; then show lint .run/lint.log; else failed+=(lint); fi

node scripts/test-summary.mjs --started-ms="$started_ms" .run/vitest.json .run/playwright.json "${failed[@]}"
