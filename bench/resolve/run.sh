#!/usr/bin/env bash
# The resolution benchmark in one run (figures in docs/performance.md):
#   1. the data: gen_people.py, 1,000,000 records, seed 1 (the weights were fitted on seed 7);
#   2. ours, end to end: `ariadne resolve` on all of it (time, memory, precision and recall per
#      kind of evidence, pairwise and through clusters);
#   3. ours, live: bench_resolve_live, 1,000 records matched one by one against the other 999,000;
#   4. ours and the peer on the same first 100,000 records: `ariadne resolve`, then PostgreSQL
#      pg_trgm's similarity self-join on transliterated names (pg_trgm_peer.sh), both scored by
#      evaluate.py --limit 100000.
#
#   bash bench/resolve/run.sh [OUT_DIR=/tmp/resolve-bench] [PEER_THRESHOLDS="0.5 0.6 0.7"]
# Needs a release build (make build) and PostgreSQL 15 (apt-get install postgresql).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-/tmp/resolve-bench}
read -r -a THRESHOLDS <<< "${2:-0.5 0.6 0.7}"
BIN=${BIN:-$REPO/build}
mkdir -p "$OUT"
DATA=$OUT/people-1m
[[ -f $DATA/truth.jsonl ]] || python3 "$REPO/bench/resolve/gen_people.py" --records 1000000 --seed 1 --out "$DATA"
nproc_info="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "# Resolution benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $nproc_info, commit $(git -C "$REPO" rev-parse --short HEAD)"

echo; echo "## ariadne resolve, 1,000,000 records"
/usr/bin/time -f '{"wall_s": %e, "max_rss_mb": %M}' "$BIN/ariadne" resolve --input "$DATA/entities.jsonl" \
  --output "$OUT/ours-1m.jsonl" --config "$REPO/config" 2> "$OUT/ours-1m.stats"
cat "$OUT/ours-1m.stats"
python3 "$REPO/bench/resolve/evaluate.py" --truth "$DATA/truth.jsonl" --pairs "$OUT/ours-1m.jsonl" --clusters --sweep \
  --label "ariadne resolve, 1M" --json "$OUT/ours-1m.eval.json"

echo; echo "## live index: a saved record matched against 999,000"
"$BIN/bench_resolve_live" "$DATA/entities.jsonl" 1000 "$REPO/config"

echo; echo "## the same first 100,000 records: ours, then PostgreSQL pg_trgm"
head -n 100000 "$DATA/entities.jsonl" > "$OUT/first-100k.jsonl"
/usr/bin/time -f '{"wall_s": %e, "max_rss_mb": %M}' "$BIN/ariadne" resolve --input "$OUT/first-100k.jsonl" \
  --output "$OUT/ours-100k.jsonl" --config "$REPO/config" 2> "$OUT/ours-100k.stats"
cat "$OUT/ours-100k.stats"
python3 "$REPO/bench/resolve/evaluate.py" --truth "$DATA/truth.jsonl" --pairs "$OUT/ours-100k.jsonl" --limit 100000 \
  --clusters --label "ariadne resolve, first 100k"
LIMIT=100000 OUT=$OUT/peer bash "$REPO/bench/resolve/pg_trgm_peer.sh" "$DATA" "${THRESHOLDS[@]}"
