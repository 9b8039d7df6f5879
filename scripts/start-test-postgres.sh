#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store's integration tests and print the
# connection URL to use as PARALLAX_TEST_POSTGRES. Installs Debian's postgresql when no
# server binaries are present. Usage: scripts/start-test-postgres.sh [data-dir] [port]
set -euo pipefail
DATA="${1:-/tmp/parallax-test-pg}"
PORT="${2:-54329}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

# initdb refuses to run as root: the server runs as the postgres user when we are root.
as_owner() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

if [ ! -f "$DATA/PG_VERSION" ]; then
  rm -rf "$DATA"; mkdir -p "$DATA"
  [ "$(id -u)" -eq 0 ] && chown postgres "$DATA"
  as_owner "'$BIN/initdb' -D '$DATA' -A trust -U parallax >/dev/null"
fi
if ! as_owner "'$BIN/pg_ctl' -D '$DATA' status >/dev/null 2>&1"; then
  as_owner "'$BIN/pg_ctl' -D '$DATA' -l '$DATA/server.log' -w -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1\" start >/dev/null"
fi
echo "postgres://parallax@127.0.0.1:$PORT/postgres"
