#!/usr/bin/env bash
# A private PostgreSQL and a private redis-server for the scale-out tests (several
# omnikast-server processes sharing rooms). ctest runs `start` and `stop` as a fixture around the
# tests that need them; the tests read DIR/services.env for where to connect.
#
#   scale-out-services.sh start DIR   start both (or reuse running ones); waits until they answer
#   scale-out-services.sh stop DIR    stop both; a no-op when none runs
#
# Unlike the audio fixture, a missing binary is an error: the scale-out tests must not pass
# silently on a machine without PostgreSQL or Redis (scripts/install-deps.sh installs both).
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system
# user (runuser) and lives in a /tmp directory that user owns. Every step is bounded.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
envfile=$dir/services.env

pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then
    echo "$d"
  elif command -v initdb >/dev/null; then
    dirname "$(command -v initdb)"
  fi
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  # Ask the kernel for a free port, then give it back; redis takes no port 0.
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' \
    2>/dev/null || echo $((20000 + RANDOM % 30000))
}

stop_all() {
  local pgdata
  pgdata=$(cat "$dir/pgdata.path" 2>/dev/null || true)
  if [ -n "$pgdata" ] && [ -d "$pgdata" ]; then
    local bin
    bin=$(pg_bindir)
    if [ -n "$bin" ]; then
      as_pg timeout 30 "$bin/pg_ctl" -D "$pgdata/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pgdata"
  fi
  local rpid
  rpid=$(cat "$dir/redis.pid" 2>/dev/null || true)
  if [ -n "$rpid" ] && kill -0 "$rpid" 2>/dev/null; then
    kill "$rpid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$rpid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$rpid" 2>/dev/null || true
  fi
  rm -f "$dir/pgdata.path" "$dir/redis.pid" "$envfile"
}

case $cmd in
start)
  bin=$(pg_bindir)
  if [ -z "$bin" ]; then
    echo "scale-out-services: PostgreSQL (initdb, pg_ctl) is not installed; run scripts/install-deps.sh" >&2
    exit 1
  fi
  if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    echo "scale-out-services: redis-server is not installed; run scripts/install-deps.sh" >&2
    exit 1
  fi
  if [ -f "$envfile" ]; then
    # shellcheck disable=SC1090
    . "$envfile"
    if as_pg "$bin/pg_isready" -q -h "$OMNIKAST_TEST_PG_SOCKET_DIR" -p 5432 &&
      timeout 5 redis-cli -p "$OMNIKAST_TEST_REDIS_PORT" ping >/dev/null 2>&1; then
      echo "scale-out-services: reusing the services in $dir"
      exit 0
    fi
    stop_all
  fi

  # The socket path must stay short (108 bytes) and readable by the postgres user.
  pgdata=$(mktemp -d /tmp/omnikast-pg.XXXXXX)
  echo "$pgdata" >"$dir/pgdata.path"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$pgdata"; fi
  chmod 755 "$pgdata"
  as_pg timeout 120 "$bin/initdb" -D "$pgdata/data" -U postgres -A trust -E UTF8 --no-sync \
    >"$dir/initdb.log" 2>&1 ||
    { echo "scale-out-services: initdb failed" >&2; cat "$dir/initdb.log" >&2; exit 1; }
  # Unix socket only: no TCP port to collide with another cluster on this machine.
  as_pg timeout 60 "$bin/pg_ctl" -D "$pgdata/data" -l "$pgdata/postgres.log" -w -t 50 \
    -o "-c listen_addresses='' -c unix_socket_directories='$pgdata' -p 5432 -c max_connections=200 -c fsync=on" \
    start >/dev/null ||
    { echo "scale-out-services: postgres failed to start" >&2; cat "$pgdata/postgres.log" >&2; exit 1; }

  started=""
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" >/dev/null 2>&1 || true
    for _ in $(seq 1 50); do
      if timeout 2 redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; then
        started=$port
        break
      fi
      sleep 0.1
    done
    [ -n "$started" ] && break
  done
  if [ -z "$started" ]; then
    echo "scale-out-services: redis-server did not answer" >&2
    cat "$dir/redis.log" >&2 || true
    exit 1
  fi

  {
    echo "OMNIKAST_TEST_PG_SOCKET_DIR=$pgdata"
    echo "OMNIKAST_TEST_PG_URL=postgresql://postgres@/postgres?host=$pgdata&port=5432"
    echo "OMNIKAST_TEST_REDIS_PORT=$started"
    echo "OMNIKAST_TEST_REDIS_URL=redis://127.0.0.1:$started"
  } >"$envfile"
  echo "scale-out-services: postgres on $pgdata/.s.PGSQL.5432, redis on 127.0.0.1:$started"
  ;;
stop)
  stop_all
  echo "scale-out-services: stopped"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
