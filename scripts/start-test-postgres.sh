#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the relay tests and prints its postgres:// URL.
#
#   scripts/start-test-postgres.sh [DIR]     start a cluster in DIR (default: a new temp
#                                            dir); prints the URL on stdout
#   scripts/start-test-postgres.sh --stop DIR  stop that cluster and delete DIR
#
# The cluster listens on 127.0.0.1 only, on a free port, with a random password
# (scram-sha-256) and fsync off: test data, never real data. Installs Debian's
# `postgresql` package when it is missing. As root, the server runs as `postgres`
# (PostgreSQL refuses to run as root). Progress goes to stderr.
set -euo pipefail

log() { echo "start-test-postgres: $*" >&2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

pg_bin() {
  local initdb
  initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$initdb" ] && dirname "$initdb"
}

# Runs a PostgreSQL tool as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "${1:-}" = "--stop" ]; then
  dir=${2:?usage: $0 --stop DIR}
  bin=$(pg_bin || true)
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  exit 0
fi

if [ -z "$(pg_bin || true)" ]; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
fi
bin=$(pg_bin)
if [ -z "$bin" ]; then
  log "PostgreSQL is not installed and could not be installed"
  exit 1
fi

dir=${1:-$(mktemp -d /tmp/saib-pg.XXXXXX)}
mkdir -p "$dir"
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    log "no 'postgres' user to run the server as"
    exit 1
  fi
  chown postgres "$dir"
fi
chmod 700 "$dir"

# A free port: try random ones until nothing answers there.
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
    port=$candidate
    break
  fi
done
[ -n "$port" ] || { log "no free port found"; exit 1; }

password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
pwfile="$dir/pwfile"
printf '%s\n' "$password" > "$pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres "$pwfile"

as_owner "$bin/initdb" -D "$dir/data" --username=saib --pwfile="$pwfile" \
  --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync >&2
rm -f "$pwfile"
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >&2
as_owner "$bin/createdb" -h "$dir" -p "$port" -U saib saib_relay_test >&2

log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir/data"
echo "postgres://saib:$password@127.0.0.1:$port/saib_relay_test"
