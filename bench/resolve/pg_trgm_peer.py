#!/usr/bin/env python3
"""Helper for pg_trgm_peer.sh (Python 3 standard library only).

    pg_trgm_peer.py names ENTITIES.jsonl LIMIT OUT.tsv   # id<TAB>transliterated name, for COPY
    pg_trgm_peer.py pairs PAIRS.csv OUT.jsonl            # psql CSV (a,b,sim) -> evaluator input
    pg_trgm_peer.py table EVAL.json...                   # Markdown rows from evaluate.py --json

The transliteration is what a user without our engine would do: the plain ICAO Doc 9303
Cyrillic table (Russian letters plus the Ukrainian/Belarusian/Serbian/Macedonian ones the table
lists), lower case, whitespace collapsed.  Letters the table does not list (Kazakh ә ғ қ ң ө ұ ү
һ, Tajik ҳ ҷ ӣ ӯ, Latin diacritics, look-alikes) are left as they are.
"""
import json
import sys

ICAO_9303 = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    # other Cyrillic letters in the Doc 9303 table
    "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u", "ђ": "d", "ј": "j", "љ": "lj", "њ": "nj",
    "ћ": "c", "џ": "dz", "ѕ": "dz", "ќ": "k", "ѓ": "g",
}
TABLE = str.maketrans(ICAO_9303)


def translit(name):
    return " ".join(name.lower().translate(TABLE).split())


def names(src, limit, out):
    limit = int(limit)
    n = 0
    with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8", newline="\n") as o:
        for line in f:
            if limit and n >= limit:
                break
            e = json.loads(line)
            rid = e["id"]
            assert rid.startswith("r-"), rid
            nm = translit(" ".join(e["properties"].get("name", [""])))
            nm = nm.replace("\\", "\\\\").replace("\t", " ")
            o.write(f"{int(rid[2:])}\t{nm}\n")
            n += 1
    print(n)


def pairs(src, out):
    n = 0
    with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8", newline="\n") as o:
        for line in f:
            a, b, s = line.rstrip("\n").split(",")
            o.write('{"a":"r-%07d","b":"r-%07d","score":%s,"reasons":["pg_trgm"]}\n'
                    % (int(a), int(b), s))
            n += 1
    print(n)


def table(paths):
    for p in paths:
        d = json.load(open(p, encoding="utf-8"))
        r = d["pairs"]
        print(f"{r['true_pairs']}\t{r['proposals']}\t{r['precision']:.4f}\t{r['recall']:.4f}\t{r['f1']:.4f}\t"
              + "\t".join(f"{r['by_kind'][k]['recall']:.4f}" for k in
                          ("shared_identifier", "name_and_birth_date", "name_alone")))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "names":
        names(*sys.argv[2:5])
    elif cmd == "pairs":
        pairs(*sys.argv[2:4])
    elif cmd == "table":
        table(sys.argv[2:])
    else:
        sys.exit(__doc__)
