#!/usr/bin/env bash
# Peer baseline for cross-case person resolution: PostgreSQL 15 + pg_trgm similarity self-join on
# ICAO-transliterated full names (what a user without our engine would reach for).
#
#   bash bench/resolve/pg_trgm_peer.sh DIR [THRESHOLD...]        # default thresholds 0.5 0.6 0.7
#   LIMIT=100000 bash bench/resolve/pg_trgm_peer.sh DIR 0.6      # only the first N records
#   OUT=/tmp/peer-results bash bench/resolve/pg_trgm_peer.sh DIR # keep pairs + evaluations
#
# DIR is a gen_people.py output (entities.jsonl, truth.jsonl).  Runs a throwaway cluster as the
# postgres user in a temp dir (unix socket only), removed on exit, failure or interrupt.
# Env: LIMIT (0 = all records), OUT, PGBIN (default /usr/lib/postgresql/15/bin),
#      PG_PARALLEL (max_parallel_workers_per_gather, default 0: one core, like the generator),
#      PG_WORK_MEM (default 256MB), EXPLAIN=1 (print the join's plan to stderr).
set -euo pipefail
[[ $# -ge 1 ]] || { sed -n 2,13p "$0" >&2; exit 2; }
DIR=$(cd "$1" && pwd); shift
THRESHOLDS=("$@"); [[ ${#THRESHOLDS[@]} -gt 0 ]] || THRESHOLDS=(0.5 0.6 0.7)
for TH in "${THRESHOLDS[@]}"; do
  [[ $TH =~ ^(0(\.[0-9]+)?|1(\.0+)?)$ ]] || { echo "peer: threshold must be in [0, 1]: $TH" >&2; exit 2; }
done
HERE=$(cd "$(dirname "$0")" && pwd)
LIMIT=${LIMIT:-0}
[[ $LIMIT =~ ^[0-9]+$ ]] || { echo "peer: LIMIT must be a number" >&2; exit 2; }
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PG_PARALLEL=${PG_PARALLEL:-0}
PG_WORK_MEM=${PG_WORK_MEM:-256MB}
[[ -f $DIR/entities.jsonl && -f $DIR/truth.jsonl ]] || { echo "peer: no entities/truth in $DIR" >&2; exit 2; }
[[ -x $PGBIN/postgres ]] || { echo "peer: no PostgreSQL in $PGBIN" >&2; exit 2; }

WORK=$(mktemp -d /tmp/pg_trgm_peer.XXXXXX)
chmod 755 "$WORK"
PGDATA=$WORK/data
SOCK=$WORK/sock
LOGS=$WORK/log
mkdir -p "$PGDATA" "$SOCK" "$LOGS"
chown postgres: "$PGDATA" "$SOCK" "$LOGS"
cleanup() {
  local rc=$?
  if [[ -f $PGDATA/postmaster.pid ]]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }

runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth=trust >"$LOGS/initdb.log" 2>&1 || { cat "$LOGS/initdb.log" >&2; exit 1; }
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$LOGS/server.log" -w \
  -o "-k $SOCK -p $PORT -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c shared_buffers=512MB -c max_parallel_workers_per_gather=$PG_PARALLEL -c work_mem=$PG_WORK_MEM -c maintenance_work_mem=1GB" \
  start >/dev/null || { cat "$LOGS/server.log" >&2; exit 1; }
pg() { psql -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" -U postgres -d postgres "$@"; }

N=$(python3 "$HERE/pg_trgm_peer.py" names "$DIR/entities.jsonl" "$LIMIT" "$WORK/names.tsv")
pg -c "CREATE EXTENSION pg_trgm" -c "CREATE TABLE t (id int NOT NULL, name text NOT NULL)"
t0=$(now)
pg -c "\\copy t FROM '$WORK/names.tsv'"
t1=$(now)
pg -c "CREATE INDEX t_name_trgm ON t USING gin (name gin_trgm_ops)" -c "ANALYZE t"
t2=$(now)
LOAD_S=$(secs "$t0" "$t1"); INDEX_S=$(secs "$t1" "$t2")
echo "pg_trgm peer: $N records from $DIR (PostgreSQL $(pg -At -c 'SHOW server_version'), pg_trgm $(pg -At -c "SELECT extversion FROM pg_extension WHERE extname='pg_trgm'"), parallel workers/gather $PG_PARALLEL); load ${LOAD_S}s, GIN index + analyze ${INDEX_S}s" >&2

JOIN="SELECT a.id, b.id, round(similarity(a.name, b.name)::numeric, 4) FROM t a JOIN t b ON a.name % b.name AND a.id < b.id"
ROWS=()
for TH in "${THRESHOLDS[@]}"; do
  if [[ -n ${EXPLAIN:-} ]]; then
    pg -c "SET pg_trgm.similarity_threshold = $TH" -c "EXPLAIN $JOIN" >&2
  fi
  t0=$(now)
  pg -c "SET pg_trgm.similarity_threshold = $TH" \
     -c "\\copy ($JOIN) TO '$WORK/pairs.csv' WITH (FORMAT csv)"
  t1=$(now)
  JOIN_S=$(secs "$t0" "$t1")
  python3 "$HERE/pg_trgm_peer.py" pairs "$WORK/pairs.csv" "$WORK/pairs-$TH.jsonl" >/dev/null
  python3 "$HERE/evaluate.py" --truth "$DIR/truth.jsonl" --limit "$N" --pairs "$WORK/pairs-$TH.jsonl" \
    --label "pg_trgm similarity >= $TH ($N records)" --json "$WORK/eval-$TH.json" >"$WORK/eval-$TH.md"
  IFS=$'\t' read -r TRUE P PREC REC F1 RS RB RN < <(python3 "$HERE/pg_trgm_peer.py" table "$WORK/eval-$TH.json")
  ROWS+=("| $TH | $JOIN_S | $P | $PREC | $REC | $F1 | $RS | $RB | $RN |")
  echo "  threshold $TH: ${JOIN_S}s, $P pairs, P=$PREC R=$REC" >&2
  if [[ -n ${OUT:-} ]]; then
    mkdir -p "$OUT"
    cp "$WORK/pairs-$TH.jsonl" "$WORK/eval-$TH.md" "$WORK/eval-$TH.json" "$OUT/"
  fi
done

echo
echo "pg_trgm self-join, $N records ($TRUE true pairs), load ${LOAD_S} s, GIN index + analyze ${INDEX_S} s"
echo
echo "| threshold | seconds | pairs | precision | recall | F1 | recall shared_identifier | recall name_and_birth_date | recall name_alone |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"
