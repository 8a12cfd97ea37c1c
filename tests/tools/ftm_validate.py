#!/usr/bin/env python3
"""Checks FollowTheMoney JSON lines against the FtM schema YAML files.

    ftm_validate.py SCHEMA_DIR < entities.jsonl

Each line must name a known, non-abstract schema; use only properties of that schema or of
the schemata it extends; give every required property; hold lists of strings; and have values
that fit the property's type (entity references to entities of the file whose schema is in the
property's range, ISO dates, lower-case country codes, E.164 phones, ...). Prints one line per
problem and exits 1 when there is any; prints "N entities valid" and exits 0 otherwise.
"""
import glob
import json
import os
import re
import sys

import yaml


def load(schema_dir):
    schemata = {}
    for path in glob.glob(os.path.join(schema_dir, "*.y*ml")):
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        if isinstance(doc, dict):
            for name, body in doc.items():
                if isinstance(body, dict) and ("properties" in body or "extends" in body or "label" in body):
                    schemata[name] = body
    return schemata


def ancestors(schemata, name):
    seen, todo = [], [name]
    while todo:
        n = todo.pop()
        if n in seen or n not in schemata:
            continue
        seen.append(n)
        todo.extend(schemata[n].get("extends") or [])
    return seen


def properties(schemata, name):
    out = {}
    for n in reversed(ancestors(schemata, name)):
        for prop, spec in (schemata[n].get("properties") or {}).items():
            out[prop] = spec or {}
    return out


def required(schemata, name):
    req = set()
    for n in ancestors(schemata, name):
        req.update(schemata[n].get("required") or [])
    return req


DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?(Z)?)?)?)?$")
COUNTRY = re.compile(r"^[a-z]{2}(-[a-z0-9]+)?$")
PHONE = re.compile(r"^\+\d{5,15}$")
IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")


def main():
    schemata = load(sys.argv[1])
    lines = [json.loads(l) for l in sys.stdin if l.strip()]
    by_id = {e.get("id"): e.get("schema") for e in lines}
    problems = []
    for n, e in enumerate(lines, 1):
        where = f"line {n} ({e.get('schema')} {e.get('id')})"
        name = e.get("schema")
        if name not in schemata:
            problems.append(f"{where}: unknown schema")
            continue
        if schemata[name].get("abstract"):
            problems.append(f"{where}: abstract schema")
        props = properties(schemata, name)
        given = e.get("properties") or {}
        for req in required(schemata, name):
            if not given.get(req):
                problems.append(f"{where}: required property {req} missing")
        for prop, values in given.items():
            spec = props.get(prop)
            if spec is None:
                problems.append(f"{where}: {prop} is not a property of {name}")
                continue
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                problems.append(f"{where}: {prop} must be a list of strings")
                continue
            kind = spec.get("type", "string")
            for v in values:
                bad = None
                if kind == "entity":
                    target = by_id.get(v)
                    if target is None:
                        bad = "refers to no entity of the file"
                    elif spec.get("range") and spec["range"] not in ancestors(schemata, target):
                        bad = f"refers to a {target}, not a {spec['range']}"
                elif kind == "date" and not DATE.match(v):
                    bad = "is not an ISO date"
                elif kind == "country" and not COUNTRY.match(v):
                    bad = "is not a lower-case country code"
                elif kind == "phone" and not PHONE.match(v):
                    bad = "is not an E.164 phone"
                elif kind == "iban" and not IBAN.match(v):
                    bad = "is not a compact IBAN"
                elif kind == "email" and "@" not in v:
                    bad = "is not an e-mail address"
                if bad:
                    problems.append(f"{where}: {prop} {v!r} {bad}")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"{len(lines)} entities valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
