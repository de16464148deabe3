# Sourced by .ci/run: starts a throw-away PostgreSQL and a NATS JetStream server on loopback for the
# scale-out tests and exports NEWSGRAPH_PG_URL / NEWSGRAPH_NATS_URL. Both stop when .ci/run exits.
# A server that cannot be installed or started fails the run: its tests are part of CI, and a run
# that skipped them must not pass. Package installs wait for apt's lock (ng_apt in .ci/run).
NG_SVC_DIR="$(mktemp -d /tmp/newsgraph-ci.XXXXXX)"
NG_PG_PORT=56432
NG_NATS_PORT=56222

ng_stop_services() {
  if [ -n "${NG_PG_BIN:-}" ] && [ -f "$NG_SVC_DIR/pg/postmaster.pid" ]; then
    runuser -u postgres -- "$NG_PG_BIN/pg_ctl" -D "$NG_SVC_DIR/pg" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -f "$NG_SVC_DIR/nats.pid" ]; then kill "$(cat "$NG_SVC_DIR/nats.pid")" 2>/dev/null || true; fi
  rm -rf "$NG_SVC_DIR"
}
trap ng_stop_services EXIT

ng_install() {
  local missing=()
  ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
  command -v nats-server >/dev/null 2>&1 || missing+=(nats-server)
  [ ${#missing[@]} -eq 0 ] && return 0
  # The first try uses the package lists as they are; a stale list gets one update and a retry.
  for attempt in 1 2 3; do
    if ng_apt install -y -qq --no-install-recommends "${missing[@]}"; then return 0; fi
    ng_apt update -qq || true
    sleep 5
  done
  return 1
}

ng_start_postgres() {
  NG_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -n "$NG_PG_BIN" ] || return 1
  mkdir -p "$NG_SVC_DIR/pg" && chown postgres "$NG_SVC_DIR" "$NG_SVC_DIR/pg" && chmod 755 "$NG_SVC_DIR"
  runuser -u postgres -- "$NG_PG_BIN/initdb" -D "$NG_SVC_DIR/pg" -A trust -U postgres >"$NG_SVC_DIR/initdb.log" 2>&1 || return 1
  runuser -u postgres -- "$NG_PG_BIN/pg_ctl" -D "$NG_SVC_DIR/pg" -l "$NG_SVC_DIR/pg.log" -w -t 60 \
    -o "-p $NG_PG_PORT -k $NG_SVC_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null || return 1
  for _ in $(seq 1 60); do
    "$NG_PG_BIN/pg_isready" -h 127.0.0.1 -p "$NG_PG_PORT" -q && return 0
    sleep 1
  done
  return 1
}

ng_start_nats() {
  nats-server -a 127.0.0.1 -p "$NG_NATS_PORT" -js -sd "$NG_SVC_DIR/nats" >"$NG_SVC_DIR/nats.log" 2>&1 &
  echo $! >"$NG_SVC_DIR/nats.pid"
  for _ in $(seq 1 60); do
    if grep -q 'Server is ready' "$NG_SVC_DIR/nats.log" 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$NG_NATS_PORT") 2>/dev/null; then return 0; fi
    sleep 1
  done
  return 1
}

if ! ng_install; then
  echo "!! could not install postgresql/nats-server; the scale-out tests need them, so CI fails" >&2
  exit 1
fi
if ng_start_postgres; then
  export NEWSGRAPH_PG_URL="postgres://postgres@127.0.0.1:$NG_PG_PORT/postgres"
  echo "== PostgreSQL on 127.0.0.1:$NG_PG_PORT"
else
  echo "!! PostgreSQL did not start; its tests need it, so CI fails" >&2
  cat "$NG_SVC_DIR"/initdb.log "$NG_SVC_DIR"/pg.log 2>/dev/null | tail -20 >&2 || true
  exit 1
fi
if ng_start_nats; then
  export NEWSGRAPH_NATS_URL="nats://127.0.0.1:$NG_NATS_PORT"
  echo "== NATS JetStream on 127.0.0.1:$NG_NATS_PORT"
else
  echo "!! nats-server did not start; its tests need it, so CI fails" >&2
  tail -20 "$NG_SVC_DIR/nats.log" >&2 || true
  exit 1
fi
