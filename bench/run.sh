#!/usr/bin/env bash
# Benchmarks of issue 2, in one run: case-list latency through the store (as an ordinary
# investigator), the same query in the sqlite3 shell, HTTP throughput under wrk with every
# request auditing, resident memory, and `audit verify` over the whole trail.
#
#   bench/run.sh                 # 100,000 cases, 20,000,000 audit rows (≈ 10 GB, minutes to seed)
#   CASES=10000 AUDIT=200000 bench/run.sh   # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-100000}
AUDIT=${AUDIT:-20000000}
DIR=${BENCH_DIR:-/tmp/ariadne-bench-$CASES-$AUDIT}
BIN=build
export ARIADNE_CONFIG=$PWD/config
command -v wrk >/dev/null || { echo "bench: apt-get install wrk" >&2; exit 1; }
cmake --build $BIN -j "$(nproc)" --target ariadne bench_seed bench_case_list bench_bare_http >/dev/null

if [[ ! -f $DIR/ariadne.db ]]; then
  rm -rf "$DIR" "$DIR.keys"
  $BIN/ariadne init --data "$DIR" >/dev/null
  echo "== seeding $CASES cases and $AUDIT audit rows into $DIR"
  /usr/bin/time -f "seed: %e s, max RSS %M KB" $BIN/bench_seed --data "$DIR" --cases "$CASES" --audit "$AUDIT"
fi
du -sh "$DIR" | sed 's/^/store size: /'

echo "== case list through the store interface"
$BIN/bench_case_list --data "$DIR" --user bench.investigator --runs 2000
$BIN/bench_case_list --data "$DIR" --user bench.supervisor --runs 500

echo "== the same query in the sqlite3 shell (bench.investigator, 50 rows by last change)"
UID_=$(sqlite3 "$DIR/ariadne.db" "SELECT id FROM users WHERE username='bench.investigator'")
sqlite3 "$DIR/ariadne.db" <<SQL | grep -E "^Run Time" | tail -2
.timer on
SELECT c.id, c.reference, c.title, c.updated_at FROM cases c WHERE (c.id IN (SELECT case_id FROM case_team WHERE user_id = '$UID_' UNION ALL SELECT case_id FROM case_shares WHERE user_id = '$UID_')) ORDER BY c.updated_at DESC, c.id DESC LIMIT 51;
SELECT c.id, c.reference, c.title, c.updated_at FROM cases c WHERE (c.id IN (SELECT case_id FROM case_team WHERE user_id = '$UID_' UNION ALL SELECT case_id FROM case_shares WHERE user_id = '$UID_')) AND c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH '"Rakhimov"*') ORDER BY c.updated_at DESC, c.id DESC LIMIT 51;
SQL

echo "== audit verify over the whole trail"
/usr/bin/time -f "audit verify: %e s, max RSS %M KB" $BIN/ariadne audit verify --data "$DIR"

echo "== HTTP under wrk -c64 (2 threads) on the same 2 cores; every request but /health authenticated by token and audited"
TOKEN=$($BIN/ariadne token create --data "$DIR" --user bench.investigator --name bench)
CASE=$(sqlite3 "$DIR/ariadne.db" "SELECT case_id FROM case_team t JOIN users u ON u.id=t.user_id WHERE u.username='bench.investigator' LIMIT 1")
LOG=$(mktemp)
$BIN/ariadne serve --data "$DIR" --listen 127.0.0.1:0 >"$LOG" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q listening "$LOG" && break; sleep 0.1; done
URL=$(grep -o 'http://[0-9.:]*' "$LOG")
# wrk prints p50/p75/p90/p99; this script adds p95 and the share of non-2xx answers.
LUA=$(mktemp --suffix=.lua)
cat >"$LUA" <<'LUA'
done = function(summary, latency, requests)
  local errs = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("   %.0f requests/s  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  errors %d of %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errs, summary.requests))
end
LUA
# The floor: the same server loop with no application behind it.
BARE_LOG=$(mktemp)
$BIN/bench_bare_http --listen-port 0 >"$BARE_LOG" 2>&1 &
BARE=$!
for _ in $(seq 100); do grep -q listening "$BARE_LOG" && break; sleep 0.1; done
echo "-- GET / on bench_bare_http (Beast loop only: no routing, auth, store or audit)"
wrk -t2 -c64 -d${WRK_SECONDS:-15}s -s "$LUA" "$(grep -o 'http://[0-9.:]*' "$BARE_LOG")/" | grep "requests/s"
kill -TERM $BARE; wait $BARE || true

SEQ0=$(sqlite3 "$DIR/ariadne.db" "SELECT max(seq) FROM audit_log")
AUDITED=0
for target in "/api/v1/health" "/api/v1/cases/$CASE" "/api/v1/cases?limit=50" "/api/v1/cases?limit=50&q=Rakhimov"; do
  echo "-- GET $target"
  OUT=$(wrk -t2 -c64 -d${WRK_SECONDS:-15}s -s "$LUA" -H "Authorization: Bearer $TOKEN" "$URL$target" | grep "requests/s")
  echo "$OUT"
  [[ $target == */health ]] || AUDITED=$((AUDITED + $(echo "$OUT" | sed -E 's/.* of ([0-9]+)$/\1/')))
done
echo "resident memory of ariadne serve: $(grep VmRSS /proc/$PID/status | awk '{print $2/1024 " MB"}') (peak $(grep VmHWM /proc/$PID/status | awk '{print $2/1024 " MB"}'))"
# RssAnon is the heap; RssFile the binary, its libraries and fonts (the store is not memory-mapped).
echo "  of which anonymous: $(grep RssAnon /proc/$PID/status | awk '{print $2/1024 " MB"}'), file-backed (binary and libraries): $(grep RssFile /proc/$PID/status | awk '{print $2/1024 " MB"}')"
kill -TERM $PID; wait $PID || true
trap - EXIT
echo "audit rows written while serving: $(( $(sqlite3 "$DIR/ariadne.db" "SELECT max(seq) FROM audit_log") - SEQ0 )) for $AUDITED audited requests (wrk counts only completed ones)"
$BIN/ariadne audit verify --data "$DIR"
