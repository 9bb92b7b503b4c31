# Shared by the Quick start scripts. Everything the platform needs is installed or started here.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NEXT_TELEMETRY_DISABLED=1

say() { printf '\033[1m▸ %s\033[0m\n' "$*"; }

apt_install() {
  [ "$(id -u)" = 0 ] || { echo "need root to apt-get install $*" >&2; return 1; }
  if [ ! -f /tmp/.commerce-apt-updated ]; then apt-get update -qq && touch /tmp/.commerce-apt-updated; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

port_open() { (echo > "/dev/tcp/$1/$2") >/dev/null 2>&1; }

wait_port() { # host port seconds name
  for _ in $(seq 1 "$3"); do port_open "$1" "$2" && return 0; sleep 1; done
  echo "$4 did not come up on $1:$2" >&2; return 1
}

ensure_postgres() {
  port_open 127.0.0.1 5432 && return 0
  say "starting PostgreSQL"
  [ -d /etc/postgresql ] || apt_install postgresql
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  wait_port 127.0.0.1 5432 30 PostgreSQL
}

ensure_nats() {
  port_open 127.0.0.1 4222 && return 0
  say "starting NATS with JetStream"
  [ -x /usr/sbin/nats-server ] || apt_install nats-server
  mkdir -p /var/lib/nats-server
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log
  wait_port 127.0.0.1 4222 30 NATS
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  say "installing Chromium (Debian package) for end-to-end tests"
  apt_install chromium
}

ensure_dependencies() {
  local stamp=node_modules/.commerce-lock
  if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
    say "installing dependencies"
    # npm install rather than npm ci: npm ci refuses lock files that omit other platforms'
    # optional binaries (turbo, esbuild), a known npm issue; install still follows the lock.
    npm install --no-audit --no-fund --loglevel=error
    cp package-lock.json "$stamp"
  fi
}

load_env() {
  [ -f .env ] || cp .env.example .env
  # Keys added to .env.example since .env was copied are appended, so old checkouts keep starting.
  local key
  for key in $(grep -oE '^[A-Z_]+=' .env.example | tr -d '='); do
    grep -qE "^${key}=" .env || grep -E "^${key}=" .env.example >> .env
  done
  set -a; . ./.env; set +a
}

generate_prisma() {
  say "generating the Prisma client"
  (cd packages/db && DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}" npx prisma generate >/dev/null)
}

# create_database URL: creates the database named in URL if it does not exist.
create_database() {
  local name="${1##*/}"; name="${name%%\?*}"
  psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE \"$name\""
}

migrate_and_seed() {
  create_database "$DATABASE_URL"
  say "applying migrations"
  (cd packages/db && npx prisma migrate deploy >/dev/null)
  npx tsx packages/db/src/seed-cli.ts
}

# npm run typecheck and npm test: the route types `next build` would check (next typegen, one
# app at a time is quick), then `tsc -b` over the root tsconfig.json: every package, app, test and
# tool config, each checked once, its dependants reading its declarations (see tooling/typescript).
typecheck() {
  local app
  for app in web admin pos; do (cd "apps/$app" && "$ROOT/node_modules/.bin/next" typegen >/dev/null) || return 1; done
  "$ROOT/node_modules/.bin/tsc" -b
}

# What every entry point needs before it runs anything of the project's.
prepare() {
  ensure_postgres
  ensure_nats
  ensure_dependencies
  load_env
  generate_prisma
}
