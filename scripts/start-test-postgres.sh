#!/usr/bin/env bash
# Starts this machine's PostgreSQL 15 cluster for the server's PostgreSQL test leg (issue 18) and
# prints `export TEST_DATABASE_URL=…` for the caller to eval. Where there is no PostgreSQL 15 (or
# it won't start) it says so on stderr and prints nothing: that leg is skipped, the PGlite leg runs.
set -uo pipefail

DB=hub_test
PASSWORD=hub-test-only

skip() {
  echo "PostgreSQL 15 is not available ($1): the PostgreSQL leg of the server tests is skipped." >&2
  exit 0
}

command -v pg_ctlcluster >/dev/null 2>&1 || skip "no pg_ctlcluster"
[[ "$(id -u)" == "0" ]] || skip "starting the cluster needs root"
pg_ctlcluster 15 main status >/dev/null 2>&1 || pg_ctlcluster 15 main start >&2 || skip "the cluster did not start"

as_postgres() { su postgres -c "$1" </dev/null >&2; }
# A password for TCP connections (the tests connect over 127.0.0.1), and an empty database each run.
as_postgres "psql -q -c \"ALTER USER postgres PASSWORD '$PASSWORD'\"" || skip "could not set a password"
as_postgres "dropdb --if-exists $DB && createdb $DB" || skip "could not create $DB"
echo "export TEST_DATABASE_URL=postgres://postgres:$PASSWORD@127.0.0.1:5432/$DB"
