#!/usr/bin/env bash
# Quick start: brings up the whole platform on this machine and keeps it running until Ctrl-C.
source "$(dirname "$0")/lib.sh"

prepare
migrate_and_seed
say "building the apps"
npx turbo run build --filter='./apps/*' --output-logs=errors-only

for port in "$PAYMENT_PROVIDER_PORT" "$SMTP_PORT" "$MAILBOX_HTTP_PORT" "$WEB_PORT" "$ADMIN_PORT" "$POS_PORT" "$WORKER_HTTP_PORT"; do
  if port_open 127.0.0.1 "$port"; then
    echo "Port $port is already in use (is the platform already running?). Stop that process or change the port in .env." >&2
    exit 1
  fi
done

mkdir -p .run/logs
pids=()
start() { # name command... (binaries run directly, not through npx, so SIGTERM reaches them)
  local name=$1; shift
  "$@" > ".run/logs/$name.log" 2>&1 &
  pids+=($!)
}
stop_all() {
  say "stopping (SIGTERM to every process)"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  exit 0
}
trap stop_all INT TERM

start payment-simulator node_modules/.bin/tsx packages/payments/src/simulator-cli.ts
start mailbox node_modules/.bin/tsx packages/mail/src/mailbox-cli.ts
start worker node_modules/.bin/tsx apps/worker/src/main.ts
start web node tooling/next/serve.js apps/web "$WEB_PORT"
start admin node tooling/next/serve.js apps/admin "$ADMIN_PORT"
start pos node tooling/next/serve.js apps/pos "$POS_PORT"

wait_port 127.0.0.1 "$PAYMENT_PROVIDER_PORT" 60 "payment simulator"
wait_port 127.0.0.1 "$MAILBOX_HTTP_PORT" 60 mailbox
wait_port 127.0.0.1 "$WEB_PORT" 60 storefront
wait_port 127.0.0.1 "$ADMIN_PORT" 60 "admin portal"
wait_port 127.0.0.1 "$POS_PORT" 60 POS
cat <<MSG

  The platform is up. Open:
    Storefronts    http://localhost:$WEB_PORT/acme   http://localhost:$WEB_PORT/globex
    Admin portal   http://localhost:$ADMIN_PORT        (admin@acme.test / Demo-pass-2026, super@commerce.test)
    POS            http://localhost:$POS_PORT        (shop ACME-DT, staff 101, PIN 1111)
    Mailbox        http://127.0.0.1:$MAILBOX_HTTP_PORT/messages   (password-reset and invitation mail)
  More demo sign-ins in README.md.
  Worker, payment simulator and app logs: .run/logs/   (Ctrl-C stops everything)

MSG
wait
