#!/usr/bin/env python3
"""Check a dev set's gold against its corpus, facts.md and indicators.yaml.

    python3 bench/dev/validate.py [bench/devN]   # default bench/dev; exit status 1 and a
                                                 # list of problems if any

Checks: every gold line names a corpus file listed in docs.json; text[start:end] equals
the "text" field (offsets into the UTF-8-decoded file, exactly as stored); required
fields and enums (kind, status, approx, entity_type, direction, basis, indicator);
counted present exactly for unit count; direction/basis exactly for kind change;
value_high above value; periods in ISO form; spans sorted and not overlapping.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SPEC = [REPO.parent / "shared" / "spec", REPO / "docs" / "spec"]

REQUIRED = ["doc", "start", "end", "text", "value", "unit", "kind", "status", "approx", "entity",
            "entity_type", "indicator", "period"]
OPTIONAL = {"value_high", "counted", "direction", "basis", "qualifiers", "note"}
KINDS = {"level", "change", "share", "rank", "ratio"}
STATUS = {"actual", "target"}
APPROX = {"=", "~", ">", ">=", "<", "<="}
DIRECTIONS = {"up", "down"}
BASES = {"yoy", "annual_avg", "since", "unspecified"}
ENTITY_TYPES = {"country", "province", "city", "county", "district", "township", "village", "zone",
                "company", "organization", "programme", "group"}
# facts.md lists these (plus ISO currency codes and per-unit forms); the dev set adds a few
# units stated in its texts and named in README.md (hour, MW, acre, bushel).
UNITS = {"percent", "percentage_point", "times", "t", "ha", "km", "m", "km2", "m2", "kV", "GW", "MW",
         "km/h", "day", "month", "year", "hour", "count", "rank", "acre", "bushel"}
CURRENCY = re.compile(r"^[A-Z]{3}$")
PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
QUALIFIER_KEYS = {"sector", "product", "partner", "scope", "per"}


def indicators() -> set[str]:
    for d in SPEC:
        p = d / "indicators.yaml"
        if p.exists():
            ids = set()
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"^([a-z_]+):", line)
                if m:
                    ids.add(m.group(1))
            return ids
    raise SystemExit("indicators.yaml not found")


def unit_ok(unit: str) -> bool:
    if unit in UNITS or CURRENCY.match(unit):
        return True
    if "/" in unit:
        a, b = unit.split("/", 1)
        return (a in UNITS or bool(CURRENCY.match(a))) and bool(re.match(r"^[a-z0-9]+$", b))
    return False


def check(root: Path = HERE) -> list[str]:
    problems: list[str] = []
    docs = json.loads((root / "docs.json").read_text(encoding="utf-8"))
    ids = indicators()
    for doc, meta in docs.items():
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("published", "")):
            problems.append(f"docs.json: {doc}: bad published date")
    golds = sorted((root / "gold").glob("*.jsonl"))
    if not golds:
        problems.append("no gold files")
    for g in golds:
        doc = g.stem + ".txt"
        if doc not in docs:
            problems.append(f"{g.name}: {doc} not in docs.json")
            continue
        text = (root / "corpus" / doc).read_bytes().decode("utf-8")
        last_end = -1
        for n, line in enumerate(g.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{g.name}:{n}"
            try:
                f = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: not JSON ({e})")
                continue
            for k in REQUIRED:
                if k not in f:
                    problems.append(f"{where}: missing {k}")
            for k in f:
                if k not in REQUIRED and k not in OPTIONAL:
                    problems.append(f"{where}: unknown field {k}")
            if any(k not in f for k in REQUIRED):
                continue
            if f["doc"] != doc:
                problems.append(f"{where}: doc {f['doc']!r} != {doc!r}")
            s, e = f["start"], f["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{where}: bad offsets {s},{e}")
                continue
            if text[s:e] != f["text"]:
                problems.append(f"{where}: text[{s}:{e}] = {text[s:e]!r} != {f['text']!r}")
            if s < last_end:
                problems.append(f"{where}: span overlaps or is out of order")
            last_end = e
            v = f["value"]
            if v is not None and not isinstance(v, (int, float)):
                problems.append(f"{where}: value not a number")
            if "value_high" in f and (v is None or not f["value_high"] > v):
                problems.append(f"{where}: value_high must exceed value")
            if not unit_ok(f["unit"]):
                problems.append(f"{where}: unit {f['unit']!r}")
            if (f["unit"] == "count") != ("counted" in f):
                problems.append(f"{where}: counted must be given exactly for unit count")
            if f["kind"] not in KINDS:
                problems.append(f"{where}: kind {f['kind']!r}")
            if f["kind"] == "change":
                if f.get("direction") not in DIRECTIONS or f.get("basis") not in BASES:
                    problems.append(f"{where}: change needs direction and basis")
            elif "direction" in f or "basis" in f:
                problems.append(f"{where}: direction/basis only with kind change")
            if f["kind"] == "rank" and f["unit"] != "rank":
                problems.append(f"{where}: rank kind needs unit rank")
            if f["status"] not in STATUS:
                problems.append(f"{where}: status {f['status']!r}")
            if f["approx"] not in APPROX:
                problems.append(f"{where}: approx {f['approx']!r}")
            if f["entity_type"] not in ENTITY_TYPES:
                problems.append(f"{where}: entity_type {f['entity_type']!r}")
            if not f["entity"]:
                problems.append(f"{where}: empty entity")
            if f["indicator"] not in ids:
                problems.append(f"{where}: indicator {f['indicator']!r} not in indicators.yaml")
            p = f["period"]
            if p is not None and not PERIOD.match(p):
                problems.append(f"{where}: period {p!r} not ISO")
            q = f.get("qualifiers")
            if q is not None:
                if not isinstance(q, dict) or not all(isinstance(x, str) for x in q.values()):
                    problems.append(f"{where}: qualifiers must map to strings")
                elif set(q) - QUALIFIER_KEYS:
                    problems.append(f"{where}: unexpected qualifier keys {sorted(set(q) - QUALIFIER_KEYS)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HERE,
                        help="the set's folder, holding corpus/, gold/ and docs.json (default: bench/dev)")
    problems = check(parser.parse_args(argv).folder)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
