#!/usr/bin/env bash
# `npm run services -- start|stop|status|env`: a PostgreSQL and a NATS JetStream server for the
# scale-out path (`newsgraph worker`, `ingest --queue`, `--db postgres://`), run as the current
# user from the binaries Debian installs (`postgresql`, `nats-server`; no root needed to run
# them, and no system service touched). Data, logs and pid files live in one folder,
# `.services/` by default; `stop` stops both, `stop --wipe` also deletes that folder.
#
# Settings (environment): NEWSGRAPH_SERVICES_DIR (folder), NEWSGRAPH_PG_PORT (default 55432),
# NEWSGRAPH_NATS_PORT (default 54222), NEWSGRAPH_PG_BIN (folder of initdb/pg_ctl; default the
# newest /usr/lib/postgresql/*/bin), NEWSGRAPH_NATS_SERVER (default nats-server on PATH).
#
# For development and tests: PostgreSQL trusts local connections (no password) and listens on
# 127.0.0.1 only, with fsync on. For production use a managed PostgreSQL and NATS cluster.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${NEWSGRAPH_SERVICES_DIR:-$here/.services}"
pg_port="${NEWSGRAPH_PG_PORT:-55432}"
nats_port="${NEWSGRAPH_NATS_PORT:-54222}"
user="$(id -un)"

say() { printf 'newsgraph services: %s\n' "$*"; }
fail() { printf 'newsgraph services: %s\n' "$*" >&2; exit 1; }

pg_bin() {
  if [ -n "${NEWSGRAPH_PG_BIN:-}" ]; then echo "$NEWSGRAPH_PG_BIN"; return; fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  [ -n "$found" ] || fail "PostgreSQL is not installed: apt-get install postgresql (or set NEWSGRAPH_PG_BIN to a folder with initdb and pg_ctl)"
  echo "$found"
}

nats_bin() {
  local bin="${NEWSGRAPH_NATS_SERVER:-nats-server}"
  command -v "$bin" >/dev/null 2>&1 || [ -x "$bin" ] || fail "nats-server is not installed: apt-get install nats-server (or set NEWSGRAPH_NATS_SERVER)"
  echo "$bin"
}

pg_url() { echo "postgres://$user@127.0.0.1:$pg_port/postgres"; }
nats_url() { echo "nats://127.0.0.1:$nats_port"; }

pg_running() { [ -f "$dir/pg/postmaster.pid" ] && "$(pg_bin)/pg_ctl" -D "$dir/pg" status >/dev/null 2>&1; }
nats_running() { [ -f "$dir/nats.pid" ] && kill -0 "$(cat "$dir/nats.pid")" 2>/dev/null; }

# True when something answers on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_pg() {
  local bin
  bin="$(pg_bin)"
  if pg_running; then say "PostgreSQL already running on port $pg_port"; return; fi
  if [ ! -f "$dir/pg/PG_VERSION" ]; then
    mkdir -p "$dir/pg"
    chmod 700 "$dir/pg"
    "$bin/initdb" -D "$dir/pg" -A trust -U "$user" -E UTF8 >"$dir/initdb.log" 2>&1 || { tail -20 "$dir/initdb.log" >&2; fail "initdb failed (log: $dir/initdb.log)"; }
  fi
  port_open "$pg_port" && fail "port $pg_port is taken by another program; set NEWSGRAPH_PG_PORT"
  # The socket goes into our folder too: the system's /var/run/postgresql needs its owner.
  "$bin/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -w -t 60 \
    -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
    || { tail -20 "$dir/pg.log" >&2; fail "PostgreSQL did not start (log: $dir/pg.log)"; }
}

start_nats() {
  local bin
  bin="$(nats_bin)"
  if nats_running; then say "NATS already running on port $nats_port"; return; fi
  port_open "$nats_port" && fail "port $nats_port is taken by another program; set NEWSGRAPH_NATS_PORT"
  mkdir -p "$dir/nats"
  nohup "$bin" -a 127.0.0.1 -p "$nats_port" -js -sd "$dir/nats" >"$dir/nats.log" 2>&1 &
  echo $! >"$dir/nats.pid"
  for _ in $(seq 1 100); do
    if grep -q 'Server is ready' "$dir/nats.log" 2>/dev/null && port_open "$nats_port"; then return; fi
    nats_running || break
    sleep 0.2
  done
  tail -20 "$dir/nats.log" >&2
  fail "nats-server did not start (log: $dir/nats.log)"
}

stop_all() {
  if pg_running; then "$(pg_bin)/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null && say "PostgreSQL stopped"; fi
  if nats_running; then
    local pid
    pid="$(cat "$dir/nats.pid")"
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    say "NATS stopped"
  fi
  rm -f "$dir/nats.pid"
}

print_env() {
  echo "export NEWSGRAPH_PG_URL=$(pg_url)"
  echo "export NEWSGRAPH_NATS_URL=$(nats_url)"
}

case "${1:-status}" in
  start)
    [ "$(id -u)" != 0 ] || fail "PostgreSQL does not run as root: start the services as a normal user (as root: runuser -u postgres -- npm run services -- start)"
    mkdir -p "$dir"
    start_pg
    start_nats
    say "PostgreSQL  $(pg_url)"
    say "NATS        $(nats_url)"
    say "use them:   eval \"\$(npm run -s services -- env)\"   (or pass --db / --nats)"
    say "stop them:  npm run services -- stop"
    ;;
  stop)
    stop_all
    if [ "${2:-}" = "--wipe" ]; then rm -rf "$dir" && say "removed $dir"; fi
    ;;
  status)
    code=0
    if pg_running; then say "PostgreSQL running: $(pg_url)"; else say "PostgreSQL stopped"; code=3; fi
    if nats_running; then say "NATS running: $(nats_url)"; else say "NATS stopped"; code=3; fi
    exit "$code"
    ;;
  env) print_env ;;
  *) fail "usage: npm run services -- start|stop [--wipe]|status|env" ;;
esac
