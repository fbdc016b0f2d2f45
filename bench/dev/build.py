#!/usr/bin/env python3
"""Build a dev set's corpus and gold from the annotated page sources in its pages/.

Each page source holds the page text with every fact span wrapped in [[...]], and the
list of facts in the same order. This script removes the markers, computes the
character offsets of each span in the clean text, checks that the span text agrees with
the fact, and writes corpus/<doc>, gold/<doc stem>.jsonl and docs.json into the set's
folder (bench/dev when no folder is given; bench/dev2, bench/dev3, ... share this tool).

    python3 bench/dev/build.py [bench/devN]
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent

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
    for (start, end, span), fact in zip(spans, mod.FACTS, strict=True):
        if fact["text"] != span:
            raise SystemExit(f"{mod.DOC}: marker {span!r} at {start} paired with fact {fact['text']!r}")
        assert clean[start:end] == span
        row = dict(fact, doc=mod.DOC, start=start, end=end)
        gold.append({k: row[k] for k in ORDER if k in row})
    return clean, gold


def load_pages(root: Path) -> list[ModuleType]:
    """Import the page modules of root/pages (every module not starting with "_"), sorted.

    Each set's pages/ is imported as its own package under a name unique to the folder, so
    the relative imports of its pages (``from ._b import Builder``) resolve to that set's
    _b.py and several sets can be loaded in one process.
    """
    pages = root.resolve() / "pages"
    package = "_tally_pages_" + re.sub(r"\W", "_", str(root.resolve()))
    if package not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            package, pages / "__init__.py", submodule_search_locations=[str(pages)])
        if spec is None or spec.loader is None:
            raise SystemExit(f"{pages}: not a package")
        module = importlib.util.module_from_spec(spec)
        sys.modules[package] = module
        spec.loader.exec_module(module)
    names = sorted(p.stem for p in pages.glob("[!_]*.py"))
    if not names:
        raise SystemExit(f"{pages}: no page sources")
    return [importlib.import_module(f"{package}.{name}") for name in names]


def build(root: Path = HERE) -> None:
    docs = {}
    for mod in load_pages(root):
        clean, gold = build_page(mod)
        (root / "corpus" / mod.DOC).write_text(clean, encoding="utf-8", newline="")
        with open(root / "gold" / (Path(mod.DOC).stem + ".jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for row in gold:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        docs[mod.DOC] = {"published": mod.PUBLISHED, "source": mod.SOURCE}
        print(f"{mod.DOC}: {len(clean)} chars, {len(gold)} facts")
    entries = (f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in docs.items())
    (root / "docs.json").write_text("{\n" + ",\n".join(entries) + "\n}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HERE,
                        help="the set's folder, holding pages/ (default: bench/dev)")
    build(parser.parse_args(argv).folder)


if __name__ == "__main__":
    main()
