#!/usr/bin/env python3
"""Build the dev corpus and gold from the annotated page sources in pages/.

Each page source holds the page text with every fact span wrapped in [[...]], and the
list of facts in the same order. This script removes the markers, computes the
character offsets of each span in the clean text, checks that the span text agrees with
the fact, and writes corpus/<doc>, gold/<doc stem>.jsonl and docs.json.

    python3 bench/dev/build.py
"""
from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MARK = re.compile(r"\[\[(.*?)\]\]", re.S)
ORDER = ["doc", "start", "end", "text", "value", "value_high", "unit", "counted", "kind", "direction",
         "basis", "status", "approx", "entity", "entity_type", "indicator", "period", "qualifiers", "note"]


def build_page(mod) -> tuple[str, list[dict]]:
    text, spans, pos, out = mod.TEXT, [], 0, []
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        start = sum(len(p) for p in out)
        out.append(m.group(1))
        spans.append((start, start + len(m.group(1)), m.group(1)))
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    if "[[" in clean or "]]" in clean:
        raise SystemExit(f"{mod.DOC}: stray marker")
    if len(spans) != len(mod.FACTS):
        raise SystemExit(f"{mod.DOC}: {len(spans)} marked spans but {len(mod.FACTS)} facts")
    gold = []
    for (start, end, span), fact in zip(spans, mod.FACTS):
        if fact["text"] != span:
            raise SystemExit(f"{mod.DOC}: marker {span!r} at {start} paired with fact {fact['text']!r}")
        assert clean[start:end] == span
        row = dict(fact, doc=mod.DOC, start=start, end=end)
        gold.append({k: row[k] for k in ORDER if k in row})
    return clean, gold


def main() -> None:
    docs = {}
    names = sorted(p.stem for p in (HERE / "pages").glob("dev*.py"))
    for name in names:
        mod = importlib.import_module(f"pages.{name}")
        clean, gold = build_page(mod)
        (HERE / "corpus" / mod.DOC).write_text(clean, encoding="utf-8", newline="")
        with open(HERE / "gold" / (Path(mod.DOC).stem + ".jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for row in gold:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        docs[mod.DOC] = {"published": mod.PUBLISHED, "source": mod.SOURCE}
        print(f"{mod.DOC}: {len(clean)} chars, {len(gold)} facts")
    (HERE / "docs.json").write_text(
        "{\n" + ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in docs.items()) + "\n}\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
