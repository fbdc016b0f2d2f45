"""Every fact of every report page the project can see, as one text file: the guard of speed work.

    .venv/bin/python bench/fingerprint.py OUT.txt            # write the dump
    .venv/bin/python bench/fingerprint.py OUT.txt --compare BEFORE.txt
    /tmp/fast/bin/python bench/fingerprint.py OUT.txt --installed --compare PURE.txt   # a compiled build

Runs :func:`tally.pipeline.process` over the shared corpus (when ``../shared`` is beside the
checkout), every ``bench/dev*/corpus`` page (with its ``docs.json`` date) and the bundled
example reports, and writes one line per fact: document, offsets, the exchange record of
``shared/spec/facts.md`` and the rules that fired; then one line per entity. A change meant only
to make Tally faster must leave this file byte-identical; ``--compare`` prints the lines that
differ (first 40) and exits 1 when any do.

A held-out set (a ``HELD_OUT`` file in its folder, e.g. bench/dev6) is written as one digest line
per page: a change to its facts still shows, but not the facts, so that reading a diff does not
spoil the set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

# this checkout's sources, unless ``--installed`` asks for the Tally installed in this Python
# (a compiled build: ``TALLY_COMPILE=1 pip install .``), whose facts must be the same
if "--installed" not in sys.argv:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tally.model import Document  # noqa: E402
from tally.pipeline import process  # noqa: E402
from tally.read import read_path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _dates(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for k, v in raw.items():
        out[k] = v if isinstance(v, str) else v.get("published") or v.get("date") or ""
    return out


def held_out(label: str) -> bool:
    """Is the page labelled ``label`` ("dev6/x.txt") in a held-out set (a ``HELD_OUT`` file in its folder)?"""
    return (REPO / "bench" / label.split("/", 1)[0] / "HELD_OUT").is_file()


def pages() -> Iterator[tuple[str, Path, str | None]]:
    """(label, path, published) of every page, in a fixed order."""
    sets: list[tuple[str, Path, Path]] = []
    if (SHARED / "corpus").is_dir():
        sets.append(("shared", SHARED / "corpus", SHARED / "bench" / "docs.json"))
    for d in sorted(REPO.glob("bench/dev*/corpus")):
        sets.append((d.parent.name, d, d.parent / "docs.json"))
    ex = REPO / "src" / "tally" / "examples" / "reports"
    sets.append(("examples", ex, ex.parent / "meta.json"))
    for label, folder, dates in sets:
        known = _dates(dates)
        for p in sorted(folder.glob("*.txt")):
            yield f"{label}/{p.name}", p, known.get(p.name) or None


def lines() -> Iterator[str]:
    for label, path, published in pages():
        page = list(_page_lines(label, path, published))
        if held_out(label):
            digest = hashlib.sha256("\n".join(page).encode("utf-8")).hexdigest()
            yield json.dumps({"doc": label, "held_out": True, "lines": len(page), "sha256": digest})
        else:
            yield from page


def _page_lines(label: str, path: Path, published: str | None) -> Iterator[str]:
    doc: Document = read_path(path, published=date.fromisoformat(published) if published else None)
    ex = process(doc)
    for f in ex.facts:
        rec = f.to_record()
        rec["doc"] = label
        yield json.dumps({**rec, "rules": list(f.rules)}, ensure_ascii=False, sort_keys=True)
    for e in ex.entities:
        yield json.dumps(
            {"doc": label, "entity": e.name, "type": e.type, "parent": e.parent}, ensure_ascii=False
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="file to write the dump to")
    ap.add_argument("--compare", type=Path, help="an earlier dump: print the lines that differ")
    ap.add_argument("--installed", action="store_true",
                    help="run the installed Tally (e.g. a compiled build), not this checkout's src/")
    args = ap.parse_args()
    text = "\n".join(lines()) + "\n"
    args.out.write_text(text, encoding="utf-8")
    n = text.count("\n")
    print(f"{n:,} lines written to {args.out}")
    if args.compare is None:
        return 0
    old = args.compare.read_text(encoding="utf-8").splitlines()
    new = text.splitlines()
    if old == new:
        print(f"identical to {args.compare}")
        return 0
    import difflib

    diff = [d for d in difflib.unified_diff(old, new, str(args.compare), str(args.out), n=0, lineterm="")]
    changed = sum(1 for d in diff if d[:1] in "+-" and d[:3] not in ("+++", "---"))
    print(f"DIFFERENT from {args.compare}: {changed} lines")
    for d in diff[:40]:
        print(d)
    return 1


if __name__ == "__main__":
    sys.exit(main())
