#!/usr/bin/env bash
# The import of calls.csv by ours, by the sqlite3 shell's .import and by PostgreSQL's COPY, one
# after another on the same file: the import steps of bench/graph/run.sh (the same loaders, from
# loaders.sh) without the graph queries, for a look at the import alone (docs/performance.md).
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
WORK=${WORK:?a scratch directory, emptied first}
export ARIADNE_CONFIG=$REPO/config
# shellcheck source=bench/graph/loaders.sh
source "$REPO/bench/graph/loaders.sh"
rm -rf "$WORK" && mkdir -p "$WORK"
echo "start $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"

"$BIN/ariadne" init --data "$WORK/ariadne" >/dev/null
"$BIN/bench_import" --data "$WORK/ariadne" --mapping "$DATA/calls-mapping.json" "$DATA/calls.csv" 2>/dev/null

SQ=$(sqlite_import "$DATA" "$WORK")
echo "sqlite3 .import: $SQ"

chmod o+r "$DATA/calls.csv"  # COPY reads it as the postgres user
pg_start "$WORK"
trap 'runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -w stop >/dev/null 2>&1 || true' EXIT
PGV=$(pg -At -c 'SHOW server_version')
PG_COPY=$(pg_copy_calls "$DATA")
echo "PostgreSQL $PGV COPY (seconds, rows): $PG_COPY"
echo "end $(date -u +%FT%TZ)"
