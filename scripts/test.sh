#!/usr/bin/env bash
# Quick start: runs every test — types, unit, integration (real PostgreSQL + JetStream) and
# Playwright end to end in the system Chromium. Exits non-zero if anything fails.
source "$(dirname "$0")/lib.sh"

ensure_chromium
prepare
mkdir -p .run
failed=()

say "typecheck"
npx turbo run typecheck --output-logs=errors-only || failed+=(typecheck)

say "unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.run/vitest.json || failed+=(vitest)

say "building the apps for end-to-end tests"
if npx turbo run build --filter='./apps/*' --output-logs=errors-only; then
  # A fresh database and stream for this run; the apps, worker and payment simulator are
  # started by Playwright against them.
  run_id="$(date +%s)$RANDOM"
  export DATABASE_URL="postgresql://postgres@127.0.0.1:5432/commerce_e2e_$run_id"
  export EVENTS_STREAM="E2E_$run_id" EVENTS_SUBJECT_PREFIX="e2e$run_id."
  export WEB_PORT=3100 ADMIN_PORT=3101 POS_PORT=3102 PAYMENT_PROVIDER_PORT=4110
  export PAYMENT_PROVIDER_URL="http://127.0.0.1:4110" LOG_LEVEL=info
  export WEB_URL="http://127.0.0.1:3100" ADMIN_URL="http://127.0.0.1:3101" POS_URL="http://127.0.0.1:3102"
  export SMTP_PORT=1125 MAILBOX_HTTP_PORT=8125
  migrate_and_seed
  say "end-to-end tests (Playwright, system Chromium)"
  PLAYWRIGHT_JSON_OUTPUT_NAME=.run/playwright.json npx playwright test --reporter=list,json || failed+=(playwright)
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"commerce_e2e_$run_id\" WITH (FORCE)" || true
else
  failed+=(build)
fi

node scripts/test-summary.mjs .run/vitest.json .run/playwright.json "${failed[@]}"
