#!/usr/bin/python3
"""The peer of bench_graph in python3-igraph (the Debian package, C core): the same edge list,
the same nodes (nodes.txt) and pairs (pairs.txt), the same whole-graph measures.

    /usr/bin/python3 bench/graph/igraph_bench.py DIR [--path-budget-s 120] [--hood-budget-s 300]

Loaded undirected, as bench_graph follows links both ways; reciprocal pairs stay parallel edges
(bench_graph folds them into one link of weight 2 for the measures: the same modularity).
Each query set stops at its time budget; "n" says how many ran. One JSON line on stdout.
"""
import argparse
import json
import math
import resource
import sys
import time

import igraph


def percentiles(ms):
    if not ms:
        return {"n": 0}
    ms = sorted(ms)
    at = lambda p: round(ms[min(len(ms) - 1, math.ceil(p * len(ms)) - 1)], 3)
    return {"n": len(ms), "p50_ms": at(0.50), "p95_ms": at(0.95), "p99_ms": at(0.99),
            "max_ms": round(ms[-1], 3), "mean_ms": round(sum(ms) / len(ms), 3)}


def peak_mb():
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def ids(path):
    with open(path) as f:
        return [tuple(int(x) for x in line.split()) for line in f if line.strip()]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--path-budget-s", type=float, default=120)
    ap.add_argument("--hood-budget-s", type=float, default=300)
    ap.add_argument("--max-length", type=int, default=6)
    ap.add_argument("--detail-out", help="per-query answers (2-hop sizes, distances), to check the others by")
    a = ap.parse_args()
    world = json.load(open(f"{a.dir}/world.json"))
    out = {"igraph": igraph.__version__, "python": sys.version.split()[0]}

    base = peak_mb()
    t0 = time.perf_counter()
    g = igraph.Graph.Read_Edgelist(f"{a.dir}/edges.txt", directed=False)
    if g.vcount() < world["nodes"]:
        g.add_vertices(world["nodes"] - g.vcount())
    out["load"] = {"seconds": round(time.perf_counter() - t0, 3), "nodes": g.vcount(), "edges": g.ecount(),
                   "peak_rss_mb": peak_mb(), "interpreter_mb": base}
    log("igraph load:", out["load"])

    seeds = [s[0] for s in ids(f"{a.dir}/nodes.txt")]
    pairs = [p for p in ids(f"{a.dir}/pairs.txt") if len(p) >= 2]
    for s in seeds[-20:]:  # warm-up
        g.neighborhood(s, order=2)

    ms, total, hood_sizes, distances = [], 0, [], []
    deadline = time.perf_counter() + a.hood_budget_s
    for s in seeds:
        t = time.perf_counter()
        n = g.neighborhood(s, order=2)
        ms.append((time.perf_counter() - t) * 1000)
        total += len(n)
        hood_sizes.append(len(n))
        if time.perf_counter() > deadline:
            break
    out["hood2"] = percentiles(ms) | {"nodes_total": total}
    log("igraph 2-hop:", out["hood2"])
    # What bench_graph's Neighbourhood returns: the nodes and the links among them.
    ms, total = [], 0
    deadline = time.perf_counter() + a.hood_budget_s
    for s in seeds:
        t = time.perf_counter()
        sub = g.induced_subgraph(g.neighborhood(s, order=2))
        ms.append((time.perf_counter() - t) * 1000)
        total += sub.ecount()
        if time.perf_counter() > deadline:
            break
    out["hood2_subgraph"] = percentiles(ms) | {"edges_total": total}
    log("igraph 2-hop + induced_subgraph:", out["hood2_subgraph"])

    # All shortest paths, as AllShortestPaths; igraph has no length bound, so pairs further than
    # max_length apart count as not found for the comparison (the time is what igraph took).
    for name, fn in (("paths_all", lambda u, v: g.get_all_shortest_paths(u, to=v)),
                     ("paths_one", lambda u, v: g.get_shortest_paths(u, to=v, output="vpath"))):
        ms, found, length_sum, npaths = [], 0, 0, 0
        deadline = time.perf_counter() + a.path_budget_s
        for u, v in pairs:
            t = time.perf_counter()
            p = fn(u, v)
            ms.append((time.perf_counter() - t) * 1000)
            p = [x for x in p if x]
            if name == "paths_one":
                distances.append(len(p[0]) - 1 if p else -1)
            if p and len(p[0]) - 1 <= a.max_length:
                found += 1
                npaths += len(p)
                length_sum += len(p[0]) - 1
            if time.perf_counter() > deadline:
                break
        out[name] = percentiles(ms) | {"found": found, "length_sum": length_sum, "paths_total": npaths}
        log(f"igraph {name}:", out[name])

    t = time.perf_counter()
    c = g.community_multilevel()
    out["louvain"] = {"seconds": round(time.perf_counter() - t, 3), "modularity": round(c.modularity, 4),
                      "communities": len(c)}
    log("igraph multilevel:", out["louvain"])
    t = time.perf_counter()
    core = g.coreness()
    out["core_numbers"] = {"seconds": round(time.perf_counter() - t, 3), "max_core": max(core) if core else 0}
    t = time.perf_counter()
    comp = g.connected_components()
    out["components"] = {"seconds": round(time.perf_counter() - t, 3),
                         "count": sum(1 for x in comp.sizes() if x > 1), "largest": max(comp.sizes())}
    out["peak_rss_mb"] = peak_mb()
    print(json.dumps(out))
    if a.detail_out:
        with open(a.detail_out, "w") as f:
            json.dump({"hood_sizes": hood_sizes, "distances": distances}, f)


if __name__ == "__main__":
    main()
