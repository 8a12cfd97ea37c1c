#!/usr/bin/env python3
"""Score a resolver's proposed pairs / clusters against gen_people.py's ground truth.

    python3 bench/resolve/evaluate.py --truth DIR/truth.jsonl --pairs PAIRS.jsonl \
        [--clusters] [--label NAME] [--json OUT.json] [--min-score X] [--sweep] [--limit N]

PAIRS.jsonl lines: {"a": id, "b": id, "score": p, "reasons": [...]} (a proposed pair; a missing
score counts as 1.0) or {"cluster": [id, ...]}; other lines are ignored.  Pairs are unordered and
de-duplicated (the highest score is kept).  --clusters also scores the pairs implied by the
clusters (every pair inside a cluster), by counting, so one huge cluster does not blow up memory.
--limit N keeps only the first N truth records (what a peer run on the first N entities saw).

Kind of evidence for a pair of records: "shared_identifier" if they share a passport/ID number
or phone (as recorded in truth.jsonl, i.e. including numbers a record merely carries),
else "name_and_birth_date" if both records carry a birth date (any precision), else "name_alone".
Python 3 standard library only.
"""
import argparse
import json
import sys

KINDS = ("shared_identifier", "name_and_birth_date", "name_alone")
SHARED, NAME_BD, NAME_ALONE = 0, 1, 2
LOOKALIKE_KINDS = ("namesake", "relative", "twin", "carries_docs", "same_name_natural")
EXTRA_BASE = 1 << 31  # ids that are not "r-<number>" get numbers from here
SHIFT = 32            # pair key = (a << SHIFT) | b, a < b
MASK = (1 << SHIFT) - 1


def rec_key(s, extra):
    """Record id -> int; 'r-0000042' -> 42, anything else via a dict."""
    if s.startswith("r-"):
        try:
            v = int(s[2:])
            if 0 <= v < EXTRA_BASE:
                return v
        except ValueError:
            pass
    v = extra.get(s)
    if v is None:
        v = extra[s] = EXTRA_BASE + len(extra)
    return v


class Truth:
    def __init__(self, path, limit=0):
        self.extra = {}
        ident = {}        # rec -> identity int
        hasbd = {}        # rec -> bool (only True stored)
        vals = {}         # rec -> tuple of identifier ints
        val_ids = {}
        self.variant_bits = {}
        self.variant_names = []
        vmask = {}
        self.rel = {}     # identity -> list of (kind, identity)
        self.carries = {}  # rec -> owner identity
        self.name_key = {}  # identity -> (surname, given) int
        name_ids = {}
        n = 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                if limit and n >= limit:
                    break
                t = json.loads(line)
                n += 1
                r = rec_key(t["id"], self.extra)
                i = int(t["identity"][2:]) if t["identity"].startswith("i-") else hash(t["identity"])
                ident[r] = i
                if t.get("has_birth_date"):
                    hasbd[r] = True
                vs = t.get("ids", []) + t.get("phones", [])
                if vs:
                    vals[r] = tuple(val_ids.setdefault(v, len(val_ids)) for v in vs)
                m = 0
                for v in t.get("variants", ()):
                    b = self.variant_bits.get(v)
                    if b is None:
                        b = self.variant_bits[v] = len(self.variant_names)
                        self.variant_names.append(v)
                    m |= 1 << b
                if m:
                    vmask[r] = m
                if "rel" in t and i not in self.rel:
                    self.rel[i] = [(k, int(o[2:])) for k, o in t["rel"]]
                if "carries" in t:
                    self.carries[r] = int(t["carries"][2:])
                c = t.get("canonical")
                if c and i not in self.name_key:
                    self.name_key[i] = name_ids.setdefault((c[0], c[1]), len(name_ids))
        self.n = n
        self.ident, self.hasbd, self.vals, self.vmask = ident, hasbd, vals, vmask
        self.nvalues = len(val_ids)
        groups = {}
        for r, i in ident.items():
            groups.setdefault(i, []).append(r)
        self.groups = groups

    def kind(self, a, b):
        va = self.vals.get(a)
        if va is not None:
            vb = self.vals.get(b)
            if vb is not None:
                for v in va:
                    if v in vb:
                        return SHARED
        if a in self.hasbd and b in self.hasbd:
            return NAME_BD
        return NAME_ALONE

    def lookalike(self, a, b):
        """For a false pair: why it is a look-alike (index into LOOKALIKE_KINDS) or -1."""
        ia, ib = self.ident[a], self.ident[b]
        ca = self.carries.get(a)
        cb = self.carries.get(b)
        if ca == ib or cb == ia:
            return 3
        rel = self.rel.get(ia)
        if rel:
            for k, o in rel:
                if o == ib:
                    return LOOKALIKE_KINDS.index(k)
        nk = self.name_key.get(ia)
        if nk is not None and nk == self.name_key.get(ib):
            return 4
        return -1

    def true_pairs(self):
        """Counts of true pairs per kind and per variant (pairs where either record has it)."""
        by_kind = [0, 0, 0]
        by_var = {}
        vmask = self.vmask
        for recs in self.groups.values():
            k = len(recs)
            if k < 2:
                continue
            for x in range(k):
                a = recs[x]
                for y in range(x + 1, k):
                    b = recs[y]
                    by_kind[self.kind(a, b)] += 1
                    m = vmask.get(a, 0) | vmask.get(b, 0)
                    while m:
                        low = m & -m
                        by_var[low] = by_var.get(low, 0) + 1
                        m ^= low
        return by_kind, by_var

    def lookalike_totals(self):
        """Record pairs that look alike by construction but are different people."""
        tot = [0] * len(LOOKALIKE_KINDS)
        for i, rel in self.rel.items():
            gi = self.groups.get(i)
            if not gi:
                continue
            for k, o in rel:
                if o > i and o in self.groups:
                    tot[LOOKALIKE_KINDS.index(k)] += len(gi) * len(self.groups[o])
        for r, o in self.carries.items():
            if o != self.ident[r] and o in self.groups:
                tot[3] += len(self.groups[o])
        by_name = {}
        for i, nk in self.name_key.items():
            if i in self.groups:
                by_name.setdefault(nk, []).append(len(self.groups[i]))
        for sizes in by_name.values():
            if len(sizes) > 1:
                s = sum(sizes)
                tot[4] += (s * s - sum(x * x for x in sizes)) // 2
        tot[4] = max(0, tot[4] - tot[0])  # planted namesakes are counted as such
        return tot


def read_input(path, truth):
    pairs = {}
    clusters = []
    unknown = 0
    self_pairs = 0
    extra = truth.extra
    ident = truth.ident
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line[0] != "{":
                continue
            try:
                o = json.loads(line)
            except ValueError:
                continue
            if "cluster" in o:
                clusters.append(o["cluster"])
                continue
            if "a" not in o or "b" not in o:
                continue
            a = rec_key(str(o["a"]), extra)
            b = rec_key(str(o["b"]), extra)
            if a not in ident or b not in ident:
                unknown += 1
                continue
            if a == b:
                self_pairs += 1
                continue
            if a > b:
                a, b = b, a
            s = o.get("score")
            s = 1.0 if s is None else float(s)
            key = (a << SHIFT) | b
            old = pairs.get(key)
            if old is None or s > old:
                pairs[key] = s
    return pairs, clusters, unknown, self_pairs


def prf(tp, proposed, true_total):
    p = tp / proposed if proposed else 0.0
    r = tp / true_total if true_total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_pairs(truth, pairs, true_by_kind, true_by_var, min_score, sweep):
    ident = truth.ident
    prop = [0, 0, 0]
    tp = [0, 0, 0]
    found_var = {}
    fp_look = [0] * len(LOOKALIKE_KINDS)
    fp_other = 0
    thresholds = [round(0.5 + 0.05 * i, 2) for i in range(10)]
    sw_prop = [0] * len(thresholds)
    sw_tp = [0] * len(thresholds)
    vmask = truth.vmask
    for key, s in pairs.items():
        if s < min_score:
            continue
        a, b = key >> SHIFT, key & MASK
        k = truth.kind(a, b)
        prop[k] += 1
        ok = ident[a] == ident[b]
        if ok:
            tp[k] += 1
            m = vmask.get(a, 0) | vmask.get(b, 0)
            while m:
                low = m & -m
                found_var[low] = found_var.get(low, 0) + 1
                m ^= low
        else:
            lk = truth.lookalike(a, b)
            if lk >= 0:
                fp_look[lk] += 1
            else:
                fp_other += 1
        if sweep:
            for ti, t in enumerate(thresholds):
                if s >= t - 1e-12:
                    sw_prop[ti] += 1
                    if ok:
                        sw_tp[ti] += 1
                else:
                    break
    res = summarize(prop, tp, true_by_kind, true_by_var, found_var, fp_look, fp_other, truth)
    if sweep:
        tt = sum(true_by_kind)
        res["sweep"] = [dict(zip(("threshold", "proposals", "correct", "precision", "recall", "f1"),
                                 (t, sw_prop[i], sw_tp[i]) + prf(sw_tp[i], sw_prop[i], tt)))
                        for i, t in enumerate(thresholds)]
    return res


def score_clusters(truth, clusters, true_by_kind, true_by_var):
    """Pairs implied by clusters, counted without enumerating every pair of a big cluster."""
    extra, ident = truth.extra, truth.ident
    seen = set()
    dup = unknown = 0
    prop = [0, 0, 0]
    tp = [0, 0, 0]
    found_var = {}
    fp_look = [0] * len(LOOKALIKE_KINDS)
    vmask = truth.vmask
    n_clusters = 0
    for cl in clusters:
        members = []
        for x in cl:
            r = rec_key(str(x), extra)
            if r not in ident:
                unknown += 1
                continue
            if r in seen:
                dup += 1
                continue
            seen.add(r)
            members.append(r)
        m = len(members)
        if m < 2:
            continue
        n_clusters += 1
        total = m * (m - 1) // 2
        # pairs sharing an identifier, via value groups inside the cluster
        by_val = {}
        for r in members:
            for v in truth.vals.get(r, ()):
                by_val.setdefault(v, []).append(r)
        shared = set()
        for rs in by_val.values():
            if len(rs) > 1:
                for x in range(len(rs)):
                    for y in range(x + 1, len(rs)):
                        a, b = rs[x], rs[y]
                        shared.add((a, b) if a < b else (b, a))
        nbd = sum(1 for r in members if r in truth.hasbd)
        shared_bd = sum(1 for a, b in shared if a in truth.hasbd and b in truth.hasbd)
        k_shared = len(shared)
        k_bd = nbd * (nbd - 1) // 2 - shared_bd
        prop[SHARED] += k_shared
        prop[NAME_BD] += k_bd
        prop[NAME_ALONE] += total - k_shared - k_bd
        # true pairs inside the cluster: per identity
        by_id = {}
        for r in members:
            by_id.setdefault(ident[r], []).append(r)
        for i, rs in by_id.items():
            for x in range(len(rs)):
                for y in range(x + 1, len(rs)):
                    a, b = rs[x], rs[y]
                    tp[truth.kind(a, b)] += 1
                    mm = vmask.get(a, 0) | vmask.get(b, 0)
                    while mm:
                        low = mm & -mm
                        found_var[low] = found_var.get(low, 0) + 1
                        mm ^= low
        # look-alike pairs merged by the cluster
        for i, rs in by_id.items():
            rel = truth.rel.get(i)
            if rel:
                for k, o in rel:
                    if o > i and o in by_id:
                        fp_look[LOOKALIKE_KINDS.index(k)] += len(rs) * len(by_id[o])
            for r in rs:
                o = truth.carries.get(r)
                if o is not None and o != i and o in by_id:
                    fp_look[3] += len(by_id[o])
        by_name = {}
        for i, rs in by_id.items():
            nk = truth.name_key.get(i)
            if nk is not None:
                by_name.setdefault(nk, []).append(len(rs))
        for sizes in by_name.values():
            if len(sizes) > 1:
                s = sum(sizes)
                fp_look[4] += (s * s - sum(x * x for x in sizes)) // 2
    fp_look[4] = max(0, fp_look[4] - fp_look[0])  # planted namesakes are counted as such
    fp_total = sum(prop) - sum(tp)
    fp_other = fp_total - sum(fp_look)  # approximate when a pair is in two look-alike classes
    res = summarize(prop, tp, true_by_kind, true_by_var, found_var, fp_look, max(fp_other, 0), truth)
    res["clusters"] = n_clusters
    res["duplicate_members"] = dup
    res["unknown_members"] = unknown
    return res


def summarize(prop, tp, true_by_kind, true_by_var, found_var, fp_look, fp_other, truth):
    P, TP, T = sum(prop), sum(tp), sum(true_by_kind)
    p, r, f = prf(TP, P, T)
    res = {"proposals": P, "correct": TP, "true_pairs": T, "precision": p, "recall": r, "f1": f,
           "proposals_per_match": (P / TP) if TP else None, "by_kind": {}, "by_variant": {},
           "false_pairs": {"total": P - TP, "other": fp_other}}
    for k, name in enumerate(KINDS):
        pk, rk, fk = prf(tp[k], prop[k], true_by_kind[k])
        res["by_kind"][name] = {"true_pairs": true_by_kind[k], "found": tp[k], "recall": rk,
                                "proposed": prop[k], "correct": tp[k], "precision": pk}
    for k, name in enumerate(LOOKALIKE_KINDS):
        res["false_pairs"][name] = fp_look[k]
    for bit, n in true_by_var.items():
        name = truth.variant_names[bit.bit_length() - 1]
        fd = found_var.get(bit, 0)
        res["by_variant"][name] = {"true_pairs": n, "found": fd, "recall": fd / n if n else 0.0}
    return res


def fmt(x, d=4):
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:.{d}f}"
    return f"{x:,}"


def print_report(title, res, lookalike_totals, out):
    w = out.write
    w(f"\n### {title}\n\n")
    w("| proposals | correct | true pairs | precision | recall | F1 | proposals per match |\n")
    w("|---:|---:|---:|---:|---:|---:|---:|\n")
    w(f"| {fmt(res['proposals'])} | {fmt(res['correct'])} | {fmt(res['true_pairs'])} | "
      f"{fmt(res['precision'])} | {fmt(res['recall'])} | {fmt(res['f1'])} | "
      f"{fmt(res['proposals_per_match'], 2)} |\n")
    if "clusters" in res:
        w(f"\nclusters (size >= 2): {res['clusters']:,}; duplicate members ignored: "
          f"{res['duplicate_members']:,}; unknown ids: {res['unknown_members']:,}\n")
    w("\n| evidence | true pairs | found | recall | proposed | correct | precision |\n")
    w("|---|---:|---:|---:|---:|---:|---:|\n")
    for name in KINDS:
        k = res["by_kind"][name]
        w(f"| {name} | {fmt(k['true_pairs'])} | {fmt(k['found'])} | {fmt(k['recall'])} | "
          f"{fmt(k['proposed'])} | {fmt(k['correct'])} | {fmt(k['precision'])} |\n")
    fp = res["false_pairs"]
    w("\n| false pairs: look-alike kind | record pairs of that kind in truth | proposed (wrongly) |\n")
    w("|---|---:|---:|\n")
    for i, name in enumerate(LOOKALIKE_KINDS):
        w(f"| {name} | {fmt(lookalike_totals[i])} | {fmt(fp[name])} |\n")
    w(f"| other | - | {fmt(fp['other'])} |\n| **all false pairs** | - | {fmt(fp['total'])} |\n")
    if res["by_variant"]:
        w("\n| variant (on either record of a true pair) | true pairs | found | recall |\n")
        w("|---|---:|---:|---:|\n")
        for name in sorted(res["by_variant"]):
            v = res["by_variant"][name]
            w(f"| {name} | {fmt(v['true_pairs'])} | {fmt(v['found'])} | {fmt(v['recall'])} |\n")
    if "sweep" in res:
        w("\n| score >= | proposals | correct | precision | recall | F1 |\n")
        w("|---:|---:|---:|---:|---:|---:|\n")
        for s in res["sweep"]:
            w(f"| {s['threshold']:.2f} | {fmt(s['proposals'])} | {fmt(s['correct'])} | "
              f"{fmt(s['precision'])} | {fmt(s['recall'])} | {fmt(s['f1'])} |\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--truth", required=True)
    ap.add_argument("--pairs", required=True)
    ap.add_argument("--clusters", action="store_true", help="also score the clusters' implied pairs")
    ap.add_argument("--label", default=None)
    ap.add_argument("--json", default=None, help="write the numbers here")
    ap.add_argument("--min-score", type=float, default=float("-inf"))
    ap.add_argument("--sweep", action="store_true", help="precision/recall at 0.50..0.95")
    ap.add_argument("--limit", type=int, default=0, help="only the first N truth records")
    a = ap.parse_args()
    truth = Truth(a.truth, a.limit)
    true_by_kind, true_by_var = truth.true_pairs()
    look_tot = truth.lookalike_totals()
    pairs, clusters, unknown, self_pairs = read_input(a.pairs, truth)
    label = a.label or a.pairs
    out = {"label": label, "records": truth.n, "identities": len(truth.groups),
           "true_pairs": sum(true_by_kind),
           "true_pairs_by_kind": dict(zip(KINDS, true_by_kind)),
           "lookalike_pairs_in_truth": dict(zip(LOOKALIKE_KINDS, look_tot)),
           "pair_lines_unknown_ids": unknown, "pair_lines_self": self_pairs}
    o = sys.stdout
    o.write(f"## {label}\n\nrecords {truth.n:,}, identities {len(truth.groups):,}, "
            f"true pairs {sum(true_by_kind):,}")
    if a.min_score != float("-inf"):
        o.write(f"; pairs with score >= {a.min_score}")
    if unknown or self_pairs:
        o.write(f"; ignored pair lines: {unknown:,} with unknown ids, {self_pairs:,} self-pairs")
    if clusters and not a.clusters:
        o.write(f"; {len(clusters):,} cluster lines not scored (add --clusters)")
    o.write("\n")
    if pairs or not (a.clusters and clusters):
        out["pairs"] = score_pairs(truth, pairs, true_by_kind, true_by_var, a.min_score, a.sweep)
        print_report(f"proposed pairs ({len(pairs):,} distinct)", out["pairs"], look_tot, o)
    if a.clusters:
        out["clusters"] = score_clusters(truth, clusters, true_by_kind, true_by_var)
        print_report(f"pairs implied by clusters ({len(clusters):,} cluster lines)",
                     out["clusters"], look_tot, o)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
