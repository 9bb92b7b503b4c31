#!/usr/bin/env bash
# npm run bench: starts the storefront against a fresh seeded database and drives it over HTTP
# on loopback, beside a baseline that does the same database work directly with `pg`.
source "$(dirname "$0")/lib.sh"
prepare
npx turbo run build --filter=@commerce/web --output-logs=errors-only

run_id="$(date +%s)"
export DATABASE_URL="postgresql://postgres@127.0.0.1:5432/commerce_bench_$run_id" LOG_LEVEL=warn BENCH_PORT=3300
# The bench drives one address and one account as hard as it can: lift the limits that would stop it.
export RATE_LIMIT_API_PER_IP=1000000000 RATE_LIMIT_API_PER_USER=1000000000 RATE_LIMIT_SIGNIN_PER_IP=1000 WEB_URL=http://127.0.0.1:3300
if port_open 127.0.0.1 "$BENCH_PORT"; then echo "port $BENCH_PORT is taken: stop what runs there first" >&2; exit 1; fi
migrate_and_seed
# The binary itself, not npx: the cleanup's SIGTERM must reach the server.
node tooling/next/serve.js apps/web "$BENCH_PORT" > /tmp/commerce-bench-web.log 2>&1 &
web=$!
cleanup() {
  kill -TERM "$web" 2>/dev/null || true; wait "$web" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"commerce_bench_$run_id\" WITH (FORCE)" || true
}
trap cleanup EXIT
wait_port 127.0.0.1 "$BENCH_PORT" 60 storefront
npx tsx scripts/bench.ts
