#!/usr/bin/env bash
# The import of calls.csv by ours, by the sqlite3 shell's .import and by PostgreSQL's COPY, one
# after another on the same file: the import steps of bench/graph/run.sh (same tables, indexes and
# settings) without the graph queries, for a look at the import alone (docs/performance.md).
#
#   DATA=WORK/world WORK=/tmp/import-peers bench/graph/import_peers.sh
#
# DATA: the files of bench_graph_gen; WORK: a scratch directory, emptied first. Needs build/ariadne
# and build/bench_import, sqlite3 and PostgreSQL 15 (bench/graph/run.sh installs them).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${BIN:-$REPO/build}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
DATA=${DATA:?the directory bench_graph_gen wrote}
W=${WORK:?a scratch directory, emptied first}
export ARIADNE_CONFIG=$REPO/config
rm -rf "$W" && mkdir -p "$W"
now() { date +%s.%N; }
secs() { /usr/bin/python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
echo "start $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"

"$BIN/ariadne" init --data "$W/ariadne" >/dev/null
"$BIN/bench_import" --data "$W/ariadne" --mapping "$DATA/calls-mapping.json" "$DATA/calls.csv" 2>/dev/null

sqlite3 "$W/calls.sqlite" >/dev/null <<'SQL'
PRAGMA journal_mode=WAL;
CREATE TABLE calls (caller TEXT NOT NULL, callee TEXT NOT NULL, start TEXT NOT NULL, duration INTEGER NOT NULL);
CREATE INDEX calls_caller ON calls(caller, start);
CREATE INDEX calls_callee ON calls(callee, start);
SQL
t0=$(now)
sqlite3 -cmd "PRAGMA synchronous=NORMAL" -cmd "PRAGMA cache_size=-32000" "$W/calls.sqlite" \
  ".import --csv --skip 1 $DATA/calls.csv calls"
t1=$(now)
echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1) .import: $(secs "$t0" "$t1") s, $(sqlite3 "$W/calls.sqlite" 'SELECT count(*) FROM calls') rows"
rm -f "$W/calls.sqlite"*

PGDATA=$W/pg/data SOCK=$W/pg/sock
mkdir -p "$PGDATA" "$SOCK" && chown -R postgres: "$W/pg"
chmod o+r "$DATA/calls.csv"  # COPY reads it as the postgres user
PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$W/pg/server.log" -w \
  -o "-k $SOCK -p $PORT -c listen_addresses='' -c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=1GB -c max_wal_size=20GB -c checkpoint_timeout=30min" \
  start >/dev/null
trap 'runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -w stop >/dev/null 2>&1 || true' EXIT
pg() { psql -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" -U postgres -d postgres "$@"; }
pg -c "CREATE TABLE calls (caller text NOT NULL, callee text NOT NULL, start timestamp NOT NULL, duration int NOT NULL)" \
   -c "CREATE INDEX calls_caller ON calls (caller, start)" -c "CREATE INDEX calls_callee ON calls (callee, start)"
t0=$(now)
pg -c "COPY calls FROM '$DATA/calls.csv' WITH (FORMAT csv, HEADER true)"
t1=$(now)
echo "PostgreSQL $(pg -At -c 'SHOW server_version') COPY: $(secs "$t0" "$t1") s, $(pg -At -c 'SELECT count(*) FROM calls') rows"
echo "end $(date -u +%FT%TZ)"
