#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# postgres.sh start DIR | stop DIR: a throw-away PostgreSQL 15 cluster for the tests, in DIR
# (created; removed by stop), listening on 127.0.0.1 on a free port and on a socket in DIR.
# start prints the URL of its maintenance database for BUILTON_TEST_POSTGRES, e.g.
#   postgresql://builton@127.0.0.1:54321/postgres
# The cluster trusts local connections and skips fsync: it holds test data only. PostgreSQL
# refuses to run as root, so as root it runs as the user postgres.
set -eu
command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "postgres.sh: no PostgreSQL server (Debian: postgresql-15)" >&2
    exit 1
fi
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U builton -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(shuf -i 20000-60000 -n 1)
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300" \
            start >/dev/null 2>&1; then
            echo "postgresql://builton@127.0.0.1:$port/postgres"
            exit 0
        fi
        echo "postgres.sh: port $port did not work (attempt $attempt)" >&2
    done
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
