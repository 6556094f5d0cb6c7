#!/bin/sh
# System services for the test suite: headless Chromium and a PostgreSQL cluster on loopback.
#
#   scripts/test-services.sh start   install what is missing (as root, with apt), start PostgreSQL
#   scripts/test-services.sh stop    stop the PostgreSQL cluster started by `start`
#
# Never fails the run: where something cannot be installed or started, it says so and the
# tests that need it skip with the reason. The cluster lives in a temp dir, listens on
# 127.0.0.1:$NEWSDESK_TEST_PG_PORT (default 55432) and holds the database newsdesk_test;
# tests reach it through NEWSDESK_TEST_PG, which the Makefile passes.
set -u

PORT="${NEWSDESK_TEST_PG_PORT:-55432}"
PGDATA_DIR="${NEWSDESK_TEST_PG_DIR:-${TMPDIR:-/tmp}/newsdesk-test-pg-$PORT}"

say() { echo "test-services: $*" >&2; }

pg_bindir() {
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
    done
    command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
    return 1
}

install_missing() {
    packages=""
    [ -x /usr/bin/chromium ] || packages="$packages chromium"
    pg_bindir >/dev/null || packages="$packages postgresql"
    [ -n "$packages" ] || return 0
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        say "missing:$packages (not root or no apt-get: not installing; tests needing them skip)"
        return 0
    fi
    say "installing$packages (apt-get, quiet)"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get update -qq >/dev/null 2>&1; then
        say "apt-get update failed: not installing$packages"
        return 0
    fi
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $packages >/dev/null 2>&1 \
        || say "apt-get install$packages failed; tests needing them skip"
}

# Run a PostgreSQL tool as the cluster's owner (postgres refuses to run as root).
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start_pg() {
    bindir="$(pg_bindir)" || { say "PostgreSQL not installed: PostgreSQL tests skip"; return 0; }
    if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$PORT" 2>/dev/null; then
        say "PostgreSQL already answering on 127.0.0.1:$PORT"
    else
        if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
            mkdir -p "$PGDATA_DIR"
            [ "$(id -u)" = 0 ] && chown postgres: "$PGDATA_DIR"
            as_owner "$bindir/initdb" -D "$PGDATA_DIR" -U postgres -A trust -E UTF8 \
                --locale=C.UTF-8 >/dev/null 2>&1 \
                || { say "initdb failed in $PGDATA_DIR: PostgreSQL tests skip"; return 0; }
        fi
        as_owner "$bindir/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDATA_DIR -c fsync=off" \
            start >/dev/null 2>&1 \
            || { say "PostgreSQL did not start (see $PGDATA_DIR/server.log): tests skip"; return 0; }
        say "PostgreSQL started on 127.0.0.1:$PORT ($PGDATA_DIR)"
    fi
    if ! "$bindir/psql" -h 127.0.0.1 -p "$PORT" -U postgres -Atqc \
        "SELECT 1 FROM pg_database WHERE datname = 'newsdesk_test'" postgres 2>/dev/null | grep -q 1
    then
        "$bindir/createdb" -h 127.0.0.1 -p "$PORT" -U postgres newsdesk_test 2>/dev/null \
            || say "could not create database newsdesk_test"
    fi
}

stop_pg() {
    bindir="$(pg_bindir)" || return 0
    [ -f "$PGDATA_DIR/postmaster.pid" ] || return 0
    as_owner "$bindir/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 \
        && say "PostgreSQL on 127.0.0.1:$PORT stopped"
    return 0
}

case "${1:-start}" in
    start) install_missing; start_pg ;;
    stop) stop_pg ;;
    *) say "usage: $0 [start|stop]"; exit 2 ;;
esac
exit 0
