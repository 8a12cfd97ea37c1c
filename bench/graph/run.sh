#!/usr/bin/env bash
# The link-analysis benchmark of issue 8 in one run (figures in docs/performance.md):
#   1. the data: bench_graph_gen, a skewed world of phones and accounts (seed 1);
#   2. ours: bench_graph (graph load, memory, 2-hop neighbourhoods, shortest paths, Louvain, k-core,
#      components, snapshot save/load, money traced 5 hops) and bench_import (the calls file into a
#      fresh `ariadne init` data directory through RunImport, and the same file parsed only);
#   3. the peers on the same files and the same queries: python3-igraph (igraph_bench.py);
#      PostgreSQL 15 (COPY of the calls file into a table with our call_records indexes; the edge
#      list, then recursive queries for the 2-hop neighbourhood and a bounded shortest path); the
#      sqlite3 shell's .import of the calls file into a table with the same indexes;
#   4. a table with the ratios and the issue's targets (report.py).
#
#   bench/graph/run.sh              # 1,000,000 nodes, 10,000,000 edges, calls and payments (~15 min)
#   SMALL=1 bench/graph/run.sh      # 100,000 nodes, 1,000,000 of each (a quick look)
#
# Env: NODES EDGES CALLS TXNS (the size), SEED (1), BIN (build), WORK (keep the data and results
#      there; default a temp dir removed at the end), PG_HOOD_NODES (200) and PG_PATH_PAIRS (50):
#      how many of the queries PostgreSQL runs, PG_TIMEOUT (statement timeout, default 5s),
#      IGRAPH_PATH_BUDGET_S (120) and IGRAPH_HOOD_BUDGET_S (300): time budgets of the igraph query
#      sets, PGBIN (/usr/lib/postgresql/15/bin).
# Needs the bench targets built: make -C build bench_graph_gen bench_graph bench_import ariadne.
# Installs python3-igraph, postgresql and sqlite3 with apt-get when missing. PostgreSQL runs as a
# throwaway cluster of the postgres user in the work dir (unix socket only), stopped on exit.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$REPO/bench/graph
BIN=${BIN:-$REPO/build}
SEED=${SEED:-1}
if [[ -n ${SMALL:-} ]]; then
  NODES=${NODES:-100000} EDGES=${EDGES:-1000000} CALLS=${CALLS:-1000000} TXNS=${TXNS:-1000000}
else
  NODES=${NODES:-1000000} EDGES=${EDGES:-10000000} CALLS=${CALLS:-10000000} TXNS=${TXNS:-10000000}
fi
PG_HOOD_NODES=${PG_HOOD_NODES:-200}
PG_PATH_PAIRS=${PG_PATH_PAIRS:-50}
PG_TIMEOUT=${PG_TIMEOUT:-5s}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
export ARIADNE_CONFIG=$REPO/config

for b in bench_graph_gen bench_graph bench_import ariadne; do
  [[ -x $BIN/$b ]] || { echo "graph bench: build $b first (make -C build $b)" >&2; exit 1; }
done
MISSING=()
/usr/bin/python3 -c 'import igraph' 2>/dev/null || MISSING+=(python3-igraph)
[[ -x $PGBIN/postgres ]] || MISSING+=(postgresql)
command -v sqlite3 >/dev/null || MISSING+=(sqlite3)
if [[ ${#MISSING[@]} -gt 0 ]]; then
  echo "== installing ${MISSING[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${MISSING[@]}" >/dev/null
fi

if [[ -n ${WORK:-} ]]; then
  mkdir -p "$WORK"
  KEEP=1
else
  WORK=$(mktemp -d /tmp/graph-bench.XXXXXX)
  KEEP=
fi
WORK=$(cd "$WORK" && pwd)
chmod 755 "$WORK"
DATA=$WORK/world
RES=$WORK/results
PGDATA=$WORK/pg/data
SOCK=$WORK/pg/sock
mkdir -p "$DATA" "$RES"
cleanup() {
  local rc=$?
  if [[ -f $PGDATA/postmaster.pid ]]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [[ -z $KEEP ]]; then rm -rf "$WORK"; else rm -rf "$WORK/pg" "$WORK/ariadne" "$WORK/ariadne.keys" "$WORK/calls.sqlite"*; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
# shellcheck source=bench/graph/loaders.sh
source "$HERE/loaders.sh"  # now, secs, sqlite_import, pg_start, pg, pg_copy_calls

echo "# Link-analysis benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB," \
     "$NODES nodes, $EDGES edges, $CALLS calls, $TXNS payments, seed $SEED"
echo "   build: $(grep -E '^CMAKE_BUILD_TYPE' "$BIN/CMakeCache.txt" | cut -d= -f2), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ ! -f $DATA/world.json ]]; then
  echo "== generating into $DATA"
  "$BIN/bench_graph_gen" --out "$DATA" --nodes "$NODES" --edges "$EDGES" --calls "$CALLS" --txns "$TXNS" --seed "$SEED"
fi
du -sh "$DATA" | sed 's/^/data: /'
chmod 644 "$DATA"/*

echo "== ours: bench_graph"
/usr/bin/time -f '{"wall_s": %e, "max_rss_mb": %M}' -o "$RES/ours.time" "$BIN/bench_graph" --dir "$DATA" --seed "$SEED" \
  --snapshot "$WORK/graph.snap" > "$RES/ours.json"
echo "== ours: a fresh process started from the snapshot"
"$BIN/bench_graph" --dir "$DATA" --load-snapshot "$WORK/graph.snap" > "$RES/snapshot.json"
cat "$RES/snapshot.json"
rm -f "$WORK/graph.snap"

echo "== ours: import of calls.csv through RunImport into a fresh data directory"
"$BIN/ariadne" init --data "$WORK/ariadne" >/dev/null
# The store's WAL is watched while it runs: the import commits a chunk after another and the
# passive checkpoint rarely finds the WAL idle, so it can grow far past the database. Stopped
# (and reported) before it fills the disk: IMPORT_MIN_FREE_GB (default 15) must stay free.
IMPORT_T0=$(now)
"$BIN/bench_import" --data "$WORK/ariadne" --mapping "$DATA/calls-mapping.json" "$DATA/calls.csv" > "$RES/import.json" \
  2> "$RES/import.err" &
IMPORT_PID=$!
WAL_MAX=0
MIN_FREE=$(( ${IMPORT_MIN_FREE_GB:-15} * 1024 * 1024 * 1024 ))
while kill -0 "$IMPORT_PID" 2>/dev/null; do
  sleep 2
  wal=$(stat -c %s "$WORK/ariadne/ariadne.db-wal" 2>/dev/null || echo 0)
  (( wal > WAL_MAX )) && WAL_MAX=$wal
  if (( $(df --output=avail -B1 "$WORK" | tail -1) < MIN_FREE )); then
    echo "   stopping the import: less than ${IMPORT_MIN_FREE_GB:-15} GB free, WAL at $((wal / 1048576)) MB" >&2
    kill -TERM "$IMPORT_PID"
    # What the progress line said last: rows staged so far and the rate until then.
    /usr/bin/python3 - "$RES/import.err" "$(secs "$IMPORT_T0" "$(now)")" > "$RES/import.json" <<'PY'
import json, re, sys
last = re.findall(r"(\d+) rows, (\d+) rows/s", open(sys.argv[1]).read())
rows, rate = (int(last[-1][0]), int(last[-1][1])) if last else (None, None)
print(json.dumps({"aborted": "disk", "rows_at_last_progress": rows, "rows_per_s_at_last_progress": rate,
                  "seconds_at_stop": float(sys.argv[2])}))
PY
    break
  fi
done
wait "$IMPORT_PID" || true
tr '\r' '\n' < "$RES/import.err" | tail -n 3
/usr/bin/python3 -c "import json,sys; p=sys.argv[1]; j=json.load(open(p)); j['wal_max_mb']=round(int(sys.argv[2])/1048576,1); json.dump(j,open(p,'w'))" \
  "$RES/import.json" "$WAL_MAX" 2>/dev/null || true
cat "$RES/import.json"; echo
STORED=$(sqlite3 "$WORK/ariadne/ariadne.db" "SELECT count(*) FROM call_records" 2>/dev/null || echo "?")
echo "   call_records rows: $STORED"
rm -rf "$WORK/ariadne" "$WORK/ariadne.keys"
"$BIN/bench_import" --parse-only --mapping "$DATA/calls-mapping.json" "$DATA/calls.csv" > "$RES/parse.json"
cat "$RES/parse.json"

echo "== python3-igraph"
/usr/bin/python3 "$HERE/igraph_bench.py" "$DATA" --detail-out "$RES/igraph-detail.json" --path-budget-s "${IGRAPH_PATH_BUDGET_S:-120}" \
  --hood-budget-s "${IGRAPH_HOOD_BUDGET_S:-300}" > "$RES/igraph.json"

echo "== sqlite3 .import of calls.csv (table and indexes as call_records; WAL, synchronous=NORMAL, 32 MB cache as our store)"
sqlite_import "$DATA" "$WORK" > "$RES/sqlite.json"
cat "$RES/sqlite.json"

echo "== PostgreSQL"
pg_start "$WORK" || exit 1
PGV=$(pg -At -c 'SHOW server_version')

PG_COPY=$(pg_copy_calls "$DATA")
read -r PG_COPY_S PG_ROWS <<< "$PG_COPY"
echo "   COPY calls: $PG_ROWS rows in $PG_COPY_S s"

t0=$(now)
pg -c "CREATE TABLE edges (a int NOT NULL, b int NOT NULL)" \
   -c "COPY edges FROM '$DATA/edges.txt' WITH (FORMAT text, DELIMITER ' ')" \
   -c "CREATE TABLE adj AS SELECT a AS src, b AS dst FROM edges UNION ALL SELECT b, a FROM edges" \
   -c "CREATE INDEX adj_src ON adj (src, dst)" -c "VACUUM ANALYZE adj"
t1=$(now)
PG_EDGES_S=$(secs "$t0" "$t1")
echo "   edges: COPY, both directions, index (src, dst), VACUUM ANALYZE: $PG_EDGES_S s"

# One session, one query per sample, each after an \echo mark; psql's \timing line follows it, and
# a query cut off by the timeout prints no result row (its error goes to the log). The path query
# enumerates simple paths breadth first (PostgreSQL evaluates the recursion a level at a time and
# stops at the outer LIMIT), so the first row for the target is at the shortest distance; -1: none
# within 6 links.
{
  echo '\timing on'
  echo "SET statement_timeout = '$PG_TIMEOUT';"
  head -n "$PG_HOOD_NODES" "$DATA/nodes.txt" | while read -r n; do
    echo "\\echo @hood $n"
    echo "WITH RECURSIVE hood(node, depth) AS (SELECT $n, 0 UNION SELECT a.dst, h.depth + 1 FROM hood h JOIN adj a ON a.src = h.node WHERE h.depth < 2) SELECT count(DISTINCT node) FROM hood;"
  done
  head -n "$PG_PATH_PAIRS" "$DATA/pairs.txt" | while read -r a b; do
    echo "\\echo @path $a $b"
    echo "WITH RECURSIVE p(node, depth, path) AS (SELECT $a, 0, ARRAY[$a] UNION ALL SELECT a.dst, p.depth + 1, p.path || a.dst FROM p JOIN adj a ON a.src = p.node WHERE p.depth < 6 AND a.dst <> ALL (p.path)) SELECT coalesce((SELECT depth FROM p WHERE node = $b LIMIT 1), -1);"
  done
} > "$WORK/pg/queries.sql"
pg -v ON_ERROR_STOP=0 -At -f "$WORK/pg/queries.sql" > "$WORK/pg/queries.out" 2> "$WORK/pg/queries.err" || true
/usr/bin/python3 - "$WORK/pg/queries.out" "$PGV" "$PG_COPY_S" "$PG_ROWS" "$PG_EDGES_S" "$PG_TIMEOUT" > "$RES/pg.json" <<'PY'
import json, math, sys
out, version, copy_s, rows, edges_s, timeout = sys.argv[1:]
kinds = {"hood": [], "path": []}
cur = None
for line in open(out):
    line = line.rstrip("\n")
    if line.startswith("@"):
        kind = line[1:].split()[0]
        cur = {"result": None, "ms": None}
        kinds[kind].append(cur)
    elif line.startswith("Time: ") and cur is not None:
        cur["ms"] = float(line.split()[1])
    elif cur is not None and cur["ms"] is None and line:
        cur["result"] = line
def pct(q):
    # A query cut off by the timeout counts at the time it was stopped, and a percentile that falls
    # on one is only a lower bound ("censored").
    ms = sorted((x["ms"], x["result"] is None) for x in q if x["ms"] is not None)
    if not ms: return {"n": 0}
    res = {"n": len(ms), "censored": []}
    for name, p in (("p50_ms", .5), ("p95_ms", .95), ("p99_ms", .99), ("max_ms", 1.0)):
        v, cut = ms[min(len(ms) - 1, math.ceil(p * len(ms)) - 1)]
        res[name] = round(v, 3)
        if cut: res["censored"].append(name)
    return res
res = {"version": version, "copy_calls_s": float(copy_s), "copy_calls_rows": int(rows), "edges_load_s": float(edges_s),
       "timeout": timeout}
for k, q in kinds.items():
    done = [x for x in q if x["result"] is not None]
    res[k] = pct(q) | {"asked": len(q), "timed_out": len(q) - len(done),
                       "results": [None if x["result"] is None else int(x["result"]) for x in q]}
print(json.dumps(res))
PY
cat "$RES/pg.json"

echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
/usr/bin/python3 "$HERE/report.py" "$RES"
[[ -n $KEEP ]] && echo "results in $RES"
