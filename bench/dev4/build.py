#!/usr/bin/env python3
"""Build the dev4 corpus and gold from the annotated page sources in pages/.

Same tooling as bench/dev/build.py (reused): each page source holds the page text with
every fact span wrapped in [[...]] and the facts in the same order; this script strips
the markers, computes offsets, checks each pairing and writes corpus/, gold/, docs.json.

    python3 bench/dev4/build.py
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_spec = importlib.util.spec_from_file_location("_dev_build", HERE.parent / "dev" / "build.py")
_dev_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dev_build)
build_page = _dev_build.build_page
# dev/build.py puts bench/dev first on sys.path; our own pages/ package must win.
sys.path.insert(0, str(HERE))


def main() -> None:
    docs = {}
    for name in sorted(p.stem for p in (HERE / "pages").glob("dev4_*.py")):
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
