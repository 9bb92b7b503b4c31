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
export STARVED_PORT=$((BENCH_PORT + 1))
for p in "$BENCH_PORT" "$STARVED_PORT"; do
  if port_open 127.0.0.1 "$p"; then echo "port $p is taken: stop what runs there first" >&2; exit 1; fi
done
migrate_and_seed
# Node itself, not npx: the cleanup's SIGTERM must reach the servers.
node tooling/next/serve.js apps/web "$BENCH_PORT" > /tmp/commerce-bench-web.log 2>&1 &
web=$!
# A second storefront with a starved pool (2 connections, 200 ms to get one), so the checkout
# burst meets a saturated database: it must answer 503 with Retry-After, never 500.
DATABASE_POOL_SIZE=2 DATABASE_POOL_TIMEOUT_MS=200 node tooling/next/serve.js apps/web "$STARVED_PORT" > /tmp/commerce-bench-web-starved.log 2>&1 &
starved=$!
cleanup() {
  kill -TERM "$web" "$starved" 2>/dev/null || true; wait "$web" "$starved" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"commerce_bench_$run_id\" WITH (FORCE)" || true
}
trap cleanup EXIT
wait_port 127.0.0.1 "$BENCH_PORT" 60 storefront
wait_port 127.0.0.1 "$STARVED_PORT" 60 "storefront (starved pool)"
npx tsx scripts/bench.ts
