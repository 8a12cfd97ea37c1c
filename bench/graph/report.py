#!/usr/bin/python3
"""The table of bench/graph/run.sh: ours against python3-igraph, PostgreSQL and sqlite3's .import,
with the ratios (the peer's time over ours: above 1, ours is faster) and the targets of issue 8.

    /usr/bin/python3 bench/graph/report.py RESULTS_DIR
"""
import json
import os
import sys

R = sys.argv[1]


def load(name):
    path = os.path.join(R, name)
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        return json.loads(f.read().strip().splitlines()[-1])


ours, imp, parse = load("ours.json"), load("import.json"), load("parse.json")
ig, igd, sq, pg = load("igraph.json"), load("igraph-detail.json"), load("sqlite.json"), load("pg.json")
snap = load("snapshot.json")  # a fresh process started from the snapshot
if snap and "snapshot" in ours:
    ours["snapshot"]["load_s"] = snap["load_s"]
    ours["snapshot"]["vm_hwm_mb"] = snap["vm_hwm_mb"]
w = ours.get("world", {})


def g(d, *keys):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


def f(x, digits=2):
    if x is None:
        return "—"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, int):
        return f"{x:,}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:.{digits}f}"


def pcts(d):
    if not d or not d.get("n"):
        return "—"
    cut = d.get("censored", [])
    v = lambda k: ("≥ " if k in cut else "") + f(d[k], 3)
    return f"{v('p50_ms')} / {v('p95_ms')} / {v('p99_ms')}"


def ratio(peer, mine, lower_bound=False):
    if peer is None or mine is None or mine == 0:
        return "—"
    r = peer / mine
    s = f"{r:,.0f}×" if r >= 100 else f"{r:.1f}×" if r >= 1 else f"{r:.2f}×"
    return "≥ " + s if lower_bound else s


def cut95(d):
    return bool(d) and "p95_ms" in d.get("censored", [])


def n_of(d):
    return f" (n={d['n']})" if d and d.get("n") else ""


print(f"## Graph: {f(g(ours, 'load', 'nodes'))} nodes, {f(g(ours, 'load', 'edges'))} edges "
      f"({f(w.get('call_pairs'))} call pairs, {f(w.get('txn_pairs'))} payment pairs)")
print()
print("Times in ms as p50 / p95 / p99 over the same nodes (nodes.txt) and pairs (pairs.txt); "
      "ratio = the peer's p95 (or time) over ours: above 1, ours is faster.")
print()
print("| measure | ours | python3-igraph | PostgreSQL | igraph ÷ ours | PostgreSQL ÷ ours |")
print("|---|---|---|---|---:|---:|")
rows = []
rows.append(("load the edge list (s)", f(g(ours, "load", "seconds")), f(g(ig, "load", "seconds")),
             f(g(pg, "edges_load_s")) + " (COPY, both directions, index)",
             ratio(g(ig, "load", "seconds"), g(ours, "load", "seconds")),
             ratio(g(pg, "edges_load_s"), g(ours, "load", "seconds"))))
rows.append(("load from our snapshot (s)", f(g(ours, "snapshot", "load_s")) + f" ({f(g(ours, 'snapshot', 'file_mb'))} MB file)",
             "", "", ratio(g(ig, "load", "seconds"), g(ours, "snapshot", "load_s")), ""))
rows.append(("memory (MB)",
             f"{f(g(ours, 'load', 'memory_bytes_mb'))} MemoryBytes; peak RSS {f(g(ours, 'load', 'vm_hwm_mb'))} at load, {f(g(ours, 'snapshot', 'vm_hwm_mb'))} from snapshot",
             f"peak RSS {f(g(ig, 'load', 'peak_rss_mb'))} after load (interpreter {f(g(ig, 'load', 'interpreter_mb'))})",
             "", "", ""))
rows.append(("2-hop neighbourhood, hub cap 50 (nodes + links)", pcts(g(ours, "hood2_cap50")), "", "", "", ""))
rows.append(("2-hop, no cap: nodes and the links among them", pcts(g(ours, "hood2_uncapped")),
             pcts(g(ig, "hood2_subgraph")) + " neighborhood + induced_subgraph" + n_of(g(ig, "hood2_subgraph")), "",
             ratio(g(ig, "hood2_subgraph", "p95_ms"), g(ours, "hood2_uncapped", "p95_ms")), ""))
rows.append(("2-hop, no cap: nodes only", pcts(g(ours, "hood2_plain_bfs")) + " plain BFS on our CSR",
             pcts(g(ig, "hood2")) + " neighborhood(order=2)" + n_of(g(ig, "hood2")),
             pcts(g(pg, "hood")) + f" recursive CTE (n={g(pg, 'hood', 'n')}, {g(pg, 'hood', 'timed_out')} timed out at {g(pg, 'timeout')})",
             ratio(g(ig, "hood2", "p95_ms"), g(ours, "hood2_plain_bfs", "p95_ms")),
             ratio(g(pg, "hood", "p95_ms"), g(ours, "hood2_plain_bfs", "p95_ms"), cut95(g(pg, "hood")))))
rows.append(("all shortest paths, ≤ 6 links", pcts(g(ours, "paths")) + " (limit 20 paths)",
             pcts(g(ig, "paths_all")) + " get_all_shortest_paths" + n_of(g(ig, "paths_all")), "",
             ratio(g(ig, "paths_all", "p95_ms"), g(ours, "paths", "p95_ms")), ""))
rows.append(("one shortest path", pcts(g(ours, "paths")) + " (all shortest, as above)",
             pcts(g(ig, "paths_one")) + " get_shortest_paths" + n_of(g(ig, "paths_one")),
             pcts(g(pg, "path")) + f" recursive CTE, ≤ 6 links (n={g(pg, 'path', 'n')}, {g(pg, 'path', 'timed_out')} "
             f"timed out at {g(pg, 'timeout')})",
             ratio(g(ig, "paths_one", "p95_ms"), g(ours, "paths", "p95_ms")),
             ratio(g(pg, "path", "p95_ms"), g(ours, "paths", "p95_ms"), cut95(g(pg, "path")))))
rows.append(("all shortest paths, hub cap 50", pcts(g(ours, "paths_cap50")), "", "", "", ""))
rows.append(("communities (s, modularity)",
             f"{f(g(ours, 'whole', 'louvain', 'seconds'))} s, Q = {g(ours, 'whole', 'louvain', 'modularity')} "
             f"(+ {f(g(ours, 'whole', 'induce_all_s'))} s InduceAll)",
             f"{f(g(ig, 'louvain', 'seconds'))} s, Q = {g(ig, 'louvain', 'modularity')} community_multilevel", "",
             ratio(g(ig, "louvain", "seconds"), g(ours, "whole", "louvain", "seconds")), ""))
rows.append(("k-core (s)", f"{f(g(ours, 'whole', 'core_numbers', 'seconds'), 3)} (max core {g(ours, 'whole', 'core_numbers', 'max_core')})",
             f"{f(g(ig, 'core_numbers', 'seconds'), 3)} coreness (max {g(ig, 'core_numbers', 'max_core')}, parallel edges counted)", "",
             ratio(g(ig, "core_numbers", "seconds"), g(ours, "whole", "core_numbers", "seconds")), ""))
rows.append(("connected components (s)", f"{f(g(ours, 'whole', 'components', 'seconds'), 3)} ({g(ours, 'whole', 'components', 'count')}, "
             f"largest {f(g(ours, 'whole', 'components', 'largest'))})",
             f"{f(g(ig, 'components', 'seconds'), 3)} ({g(ig, 'components', 'count')} of 2+ nodes, largest {f(g(ig, 'components', 'largest'))})",
             "", ratio(g(ig, "components", "seconds"), g(ours, "whole", "components", "seconds")), ""))
for r in rows:
    print("| " + " | ".join(r) + " |")

# The same answers: node counts of the 2-hop neighbourhoods, distances of the pairs.
print()
checks = []
if g(ours, "hood2_uncapped", "nodes_total") is not None and g(ig, "hood2", "nodes_total") is not None:
    same = g(ours, "hood2_uncapped", "nodes_total") == g(ig, "hood2", "nodes_total") and g(ig, "hood2", "n") == g(ours, "hood2_uncapped", "n")
    checks.append(f"2-hop node counts ours = igraph: {f(same)} ({f(g(ours, 'hood2_uncapped', 'nodes_total'))} "
                  f"vs {f(g(ig, 'hood2', 'nodes_total'))})")
if igd.get("hood_sizes") and g(pg, "hood", "results"):
    pairs = [(a, b) for a, b in zip(pg["hood"]["results"], igd["hood_sizes"]) if a is not None]
    checks.append(f"2-hop node counts PostgreSQL = igraph: {f(all(a == b for a, b in pairs))} (over {len(pairs)})")
if igd.get("distances"):
    d = [x for x in igd["distances"] if 0 <= x <= 6]
    checks.append(f"shortest distances ours = igraph: {f(sum(d) == g(ours, 'paths', 'length_sum') and len(d) == g(ours, 'paths', 'found'))} "
                  f"({g(ours, 'paths', 'found')} pairs joined within 6, length sum {g(ours, 'paths', 'length_sum')} vs {sum(d)})")
    if g(pg, "path", "results"):
        pairs = [(a, b) for a, b in zip(pg["path"]["results"], igd["distances"]) if a is not None]
        checks.append(f"distances PostgreSQL = igraph: {f(all(a == (b if 0 <= b <= 6 else -1) for a, b in pairs))} (over {len(pairs)} answered)")
if g(ours, "snapshot", "same_neighbourhoods") is not None:
    checks.append(f"snapshot round trip gives the same neighbourhoods: {f(g(ours, 'snapshot', 'same_neighbourhoods'))}")
for c in checks:
    print(f"- {c}")

print()
print(f"## Import of calls.csv ({f(w.get('calls'))} rows)")
print()
if imp.get("db_mb"):
    print(f"Our store after the import: database {f(imp.get('db_mb'))} MB, WAL {f(imp.get('wal_mb'))} MB at the end "
          f"(peak {f(imp.get('wal_max_mb'))} MB), peak RSS {f(imp.get('vm_hwm_mb'))} MB.")
    print()
print("| loader | seconds | rows/s | its time ÷ ours |")
print("|---|---:|---:|---:|")
mine = imp.get("import_s")
if not imp.get("aborted"):
    print(f"| ours, RunImport (parse, normalise to E.164, store in chunks of {imp.get('chunk_rows')}, 3 indexes, publish) | "
          f"{f(mine)} | {f(imp.get('rows_per_s'))} | 1 |")
if imp.get("aborted"):
    print(f"| ours, RunImport: stopped after {f(imp.get('seconds_at_stop'))} s ({imp['aborted']}: the WAL at "
          f"{f(imp.get('wal_max_mb'))} MB); {f(imp.get('rows_at_last_progress'))} rows in by the last progress line | — | "
          f"{f(imp.get('rows_per_s_at_last_progress'))} | 1 |")
    rate = imp.get("rows_per_s_at_last_progress")
    mine = w["calls"] / rate if rate and w.get("calls") else None  # every row at that rate: the ratios below
print(f"| ours, parse and normalise only (no store) | {f(parse.get('seconds'))} | {f(parse.get('rows_per_s'))} | "
      f"{ratio(parse.get('seconds'), mine)} |")
if pg:
    print(f"| PostgreSQL {pg.get('version')} COPY (2 indexes, no normalisation) | {f(pg.get('copy_calls_s'))} | "
          f"{f(pg['copy_calls_rows'] / pg['copy_calls_s'] if pg.get('copy_calls_s') else None)} | {ratio(pg.get('copy_calls_s'), mine)} |")
if sq:
    print(f"| sqlite3 {sq.get('version')} .import (2 indexes, no normalisation) | {f(sq.get('seconds'))} | "
          f"{f(sq['rows'] / sq['seconds'] if sq.get('seconds') else None)} | {ratio(sq.get('seconds'), mine)} |")

m = ours.get("money", {})
print()
print(f"## Money: {f(g(m, 'ledger', 'transactions'))} payments, {f(g(m, 'ledger', 'accounts'))} accounts "
      f"(ledger read {f(g(m, 'ledger', 'read_parse_s'))} s, built {f(g(m, 'ledger', 'build_s'))} s, "
      f"+{f(g(m, 'ledger', 'rss_growth_mb'))} MB)")
print()
print("| 5 hops forward, FIFO | p50 / p95 / p99 (ms) | max | flows | truncated at 100,000 flows |")
print("|---|---|---:|---:|---:|")
for label, key in (("200 random active accounts (10+ payments out)", "trace_5_hops_fifo"),
                   ("the 10 very active accounts", "trace_5_hops_fifo_busy_accounts")):
    d = m.get(key, {})
    print(f"| {label} | {pcts(d)} | {f(d.get('max_ms'))} | {f(d.get('flows_total'))} | {f(d.get('truncated'))} |")

print()
print("## Targets of issue 8")
print()
print("| target | measured | met |")
print("|---|---|---|")


def target(label, value, ok, shown):
    print(f"| {label} | {shown} | {'—' if value is None else ('yes' if ok else 'NO')} |")


v = g(ours, "load", "seconds")
target("graph loaded in < 10 s", v, v is not None and v < 10,
       f"{f(v)} s from the edge list, {f(g(ours, 'snapshot', 'load_s'))} s from the snapshot")
v = g(ours, "load", "memory_bytes_mb")
target("held in < 1 GB", v, v is not None and v < 1024,
       f"MemoryBytes {f(v)} MB; resident "
       f"{f(g(ours, 'load', 'vm_rss_mb'))} MB after load, peak {f(g(ours, 'load', 'vm_hwm_mb'))} MB")
v = g(ours, "hood2_cap50", "p95_ms")
target("2-hop neighbourhood p95 < 2 ms", v, v is not None and v < 2, f"p95 {f(v, 3)} ms, p99 {f(g(ours, 'hood2_cap50', 'p99_ms'), 3)} ms (hub cap 50)")
v = g(ours, "paths", "p95_ms")
target("shortest path p95 < 10 ms", v, v is not None and v < 10,
       f"p95 {f(v, 3)} ms, p99 {f(g(ours, 'paths', 'p99_ms'), 3)} ms (hub cap 50: p95 {f(g(ours, 'paths_cap50', 'p95_ms'), 3)} ms)")
v = g(ours, "whole", "louvain", "seconds")
t = None if v is None else v + (g(ours, "whole", "induce_all_s") or 0)
target("communities < 30 s", t, t is not None and t < 30, f"{f(t)} s (InduceAll + Louvain)")
v = imp.get("rows_per_s") or imp.get("rows_per_s_at_last_progress")
target("10 M call records imported at ≥ 250,000 rows/s", v, v is not None and v >= 250000,
       f"{f(v)} rows/s" + (f" (stopped at {f(imp.get('rows_at_last_progress'))} rows: WAL {f(imp.get('wal_max_mb'))} MB)"
                           if imp.get("aborted") else ""))
v = g(m, "trace_5_hops_fifo", "p95_ms")
target("money traced 5 hops in < 50 ms", v, v is not None and v < 50,
       f"p95 {f(v, 3)} ms, p99 {f(g(m, 'trace_5_hops_fifo', 'p99_ms'), 3)} ms; the very active accounts: p95 "
       f"{f(g(m, 'trace_5_hops_fifo_busy_accounts', 'p95_ms'), 3)} ms")
