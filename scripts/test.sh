#!/usr/bin/env bash
# Quick start: runs every test — lint, types, unit, integration (real PostgreSQL + JetStream) and
# Playwright end to end in the system Chromium. Exits non-zero if anything fails.
started_ms=$(date +%s%3N)
source "$(dirname "$0")/lib.sh"

ensure_chromium
prepare
mkdir -p .run
rm -f .run/vitest.json .run/fuzz.json .run/playwright.json .run/*.log .run/*.status # nothing from an earlier run counts
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

# Two cores, used side by side: the type check, then the app builds, then lint run in the
# background while vitest's files (mostly waiting on PostgreSQL, NATS and their own servers) run
# in the foreground; each step's output is shown when it is done, with its time. The API fuzzer
# (a few thousand requests against servers in its own process) and the end-to-end tests (real
# browsers against timers) come after, each alone on the machine.
build_apps() { npx turbo run build --filter='./apps/*' --output-logs=errors-only; }
(
  step typecheck .run/typecheck.log typecheck || true
  step build .run/build.log build_apps || true
  step lint .run/lint.log npm run --silent lint || true
) &
checks=$!

say "unit and integration tests (vitest)"
t0=$(date +%s)
VITEST_WITHOUT_FUZZ=1 npx vitest run --reporter=default --reporter=json --outputFile.json=.run/vitest.json || failed+=(vitest)
say "vitest took $(($(date +%s) - t0))s"

wait $checks || true
show typecheck .run/typecheck.log
if [ -f .run/build.log.status ]; then show build .run/build.log; else failed+=(build); fi
if [ -f .run/lint.log.status ]; then show lint .run/lint.log; else failed+=(lint); fi

say "API fuzz (vitest, fixed seed)"
t0=$(date +%s)
npx vitest run packages/api/src/fuzz --reporter=default --reporter=json --outputFile.json=.run/fuzz.json || failed+=(fuzz)
say "the fuzz took $(($(date +%s) - t0))s"

if [[ ! " ${failed[*]} " =~ " build " ]]; then
  # A fresh database and stream for this run; the apps, worker and payment simulator are
  # started by Playwright against them.
  run_id="$(date +%s)$RANDOM"
  export DATABASE_URL="postgresql://postgres@127.0.0.1:5432/commerce_e2e_$run_id"
  export EVENTS_STREAM="E2E_$run_id" EVENTS_SUBJECT_PREFIX="e2e$run_id."
  export WEB_PORT=3100 ADMIN_PORT=3101 POS_PORT=3102 PAYMENT_PROVIDER_PORT=4110
  export PAYMENT_PROVIDER_URL="http://127.0.0.1:4110" LOG_LEVEL=info
  export WEB_URL="http://127.0.0.1:3100" ADMIN_URL="http://127.0.0.1:3101" POS_URL="http://127.0.0.1:3102"
  export SMTP_PORT=1125 MAILBOX_HTTP_PORT=8125 WORKER_HTTP_PORT=9465
  migrate_and_seed
  say "end-to-end tests (Playwright, system Chromium)"
  t0=$(date +%s)
  PLAYWRIGHT_JSON_OUTPUT_NAME=.run/playwright.json npx playwright test --reporter=list,json || failed+=(playwright)
  say "Playwright took $(($(date +%s) - t0))s"
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"commerce_e2e_$run_id\" WITH (FORCE)" || true
fi

node scripts/test-summary.mjs --started-ms="$started_ms" .run/vitest.json .run/fuzz.json .run/playwright.json "${failed[@]}"
