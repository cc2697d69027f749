#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start` prints the URL to export as SKILLS_TEST_POSTGRES_URL,
# `stop` removes the cluster. PostgreSQL refuses to run as root, so the cluster belongs to a system user it creates.
#   eval "$(bash scripts/postgres-test-cluster.sh start)"   # sets SKILLS_TEST_POSTGRES_URL and SKILLS_TEST_POSTGRES_DIR
#   bash scripts/postgres-test-cluster.sh stop "$SKILLS_TEST_POSTGRES_DIR"
set -euo pipefail
owner=skillspg

sudo_prefix() { [ "$(id -u)" -eq 0 ] || echo sudo; }

install_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "installing: postgresql" >&2
    $(sudo_prefix) apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $(sudo_prefix) apt-get install -y -qq postgresql postgresql-client >/dev/null
  fi
  # Debian's package starts its own cluster; the tests never use it.
  id "$owner" >/dev/null 2>&1 || $(sudo_prefix) useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
}

as_owner() {
  if [ "$(id -un)" = "$owner" ]; then "$@"; else $(sudo_prefix) runuser -u "$owner" -- "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  install_postgres
  local bin
  bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  local dir port
  dir=$(mktemp -d /tmp/skills-postgres.XXXXXX)
  chmod 755 "$dir"
  mkdir "$dir/data" "$dir/socket"
  chown "$owner" "$dir/data" "$dir/socket"
  as_owner "$bin/initdb" -D "$dir/data" -U "$owner" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  port=$(free_port)
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/socket/server.log" -w \
    -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  echo "export SKILLS_TEST_POSTGRES_URL=postgres://$owner@127.0.0.1:$port/postgres"
  echo "export SKILLS_TEST_POSTGRES_DIR=$dir"
}

stop() {
  local dir=${1:?give the folder start printed as SKILLS_TEST_POSTGRES_DIR}
  local bin
  bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")
  [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-${SKILLS_TEST_POSTGRES_DIR:-}}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 64 ;;
esac
