#!/usr/bin/env python3
"""Quality benchmark: ingest a corpus, export its facts and score them against the gold.

    python bench/quality.py [--errors N] [--json] [--gold-quantities] [--shared DIR]
    python bench/quality.py --set bench/dev2        # one of the project's own dev sets
    python bench/quality.py --dev                   # the shared gold, then every bench/dev* set

The corpus is ingested with its publication dates (``docs.json``) into a fresh SQLite ledger
through ``tally.open(...).ingest`` — the path ``tally ingest`` takes — and the stored facts are
exported in the exchange format (what ``tally facts --format jsonl`` prints), then scored with
the shared ``score.py``. ``--gold-quantities`` feeds the gold spans in place of the quantity
finder (straight through the pipeline, no store), to measure attribution alone. Prints a
message and exits 0 when the shared folder (with ``score.py``) is absent.

A set is either the shared layout (``corpus/``, ``bench/docs.json``, ``bench/gold/``) or the
dev-set layout of ``bench/dev*`` (``corpus/``, ``docs.json``, ``gold/``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def layout(path: Path) -> tuple[Path, Path, Path]:
    """(corpus folder, gold folder, docs.json) of a set in either layout."""
    if (path / "bench" / "gold").is_dir():
        return path / "corpus", path / "bench" / "gold", path / "bench" / "docs.json"
    return path / "corpus", path / "gold", path / "docs.json"


def ingest_and_export(path: Path, out_dir: Path) -> Path:
    """Ingest a set's corpus into a fresh ledger and export its facts as JSON Lines per document."""
    import tally
    from tally.store import fact_record

    corpus, _, docs_json = layout(path)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ledger = tally.open(Path(tmp) / "quality.db")
        try:
            report = ledger.ingest([corpus], meta=docs_json, check=False)
            if report.errors:
                raise SystemExit("quality: ingest failed: " + "; ".join(report.errors))
            by_doc: dict[str, list[str]] = {}
            for row in ledger.fact_rows():
                rec = fact_record(row)
                by_doc.setdefault(rec["doc"], []).append(json.dumps(rec, ensure_ascii=False))
        finally:
            ledger.close()
    for doc, lines in by_doc.items():
        (out_dir / (Path(doc).stem + ".jsonl")).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out_dir


def load_documents(shared: Path):
    """Documents of the corpus, with their publication dates."""
    from tally.model import Document

    corpus, _, docs_json = layout(shared)
    meta = json.loads(docs_json.read_text(encoding="utf-8"))
    docs = []
    for path in sorted(corpus.glob("*.txt")):
        pub = meta.get(path.name, {}).get("published")
        published = dt.date.fromisoformat(pub) if pub else None
        try:
            from tally.read import read_path

            doc = read_path(path, published=published)
            doc.name = path.name
        except Exception:  # the reader is optional here: build the Document from the bytes
            data = path.read_bytes()
            doc = Document(
                name=path.name,
                source=str(path),
                text=data.decode("utf-8"),
                sha256=hashlib.sha256(data).hexdigest(),
                published=published,
                size=len(data),
            )
        docs.append(doc)
    return docs


def gold_finder(gold_dir: Path, doc_name: str):
    """A quantity finder that returns the gold spans (to measure attribution alone)."""
    from tally.model import Quantity

    path = gold_dir / (Path(doc_name).stem + ".jsonl")
    recs = (
        [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        if path.exists()
        else []
    )
    recs.sort(key=lambda r: r["start"])
    qs = []
    for i, r in enumerate(recs):
        paired = None
        if r["unit"] == "USD" and i and recs[i - 1]["unit"] == "CNY" and r["start"] - recs[i - 1]["end"] < 5:
            paired = i - 1
        elif (
            r["unit"] == "CNY"
            and i + 1 < len(recs)
            and recs[i + 1]["unit"] == "USD"
            and recs[i + 1]["start"] - r["end"] < 5
        ):
            paired = i + 1
        qs.append(
            Quantity(
                start=r["start"],
                end=r["end"],
                text=r["text"],
                value=r["value"],
                unit=r["unit"],
                value_high=r.get("value_high"),
                counted=r.get("counted"),
                approx=r["approx"],
                per=(r.get("qualifiers") or {}).get("per"),
                kind_hint="rank" if r["unit"] == "rank" else ("change" if r["unit"] == "times" else None),
                paired_with=paired,
            )
        )

    def find(text, start=0, end=None):
        end = len(text) if end is None else end
        return [q for q in qs if start <= q.start and q.end <= end]

    return find


def process(doc, *, find=None):
    """Facts of one document through the pipeline (or its stages when the pipeline is absent)."""
    if find is None:
        try:
            from tally.pipeline import process as pipeline_process

            return pipeline_process(doc).facts
        except ImportError:
            pass
    from tally.extract.facts import extract_facts
    from tally.resolve import resolve

    try:
        from tally.segment import segment

        articles = segment(doc.text)
    except Exception:
        articles = []
    facts, entities = extract_facts(doc, articles, find=find)
    facts, _ = resolve(facts, entities)
    return facts


def write_predictions(docs, out_dir: Path, *, gold_quantities: Path | None = None) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        find = gold_finder(gold_quantities, doc.name) if gold_quantities else None
        facts = process(doc, find=find)
        with (out_dir / (Path(doc.name).stem + ".jsonl")).open("w", encoding="utf-8") as fh:
            for f in facts:
                fh.write(json.dumps(f.to_record(), ensure_ascii=False) + "\n")
    return out_dir


def score(pred_dir: Path, shared: Path = SHARED, *, errors: int = 0, as_json: bool = False) -> str:
    """Run score.py on a folder of predictions; its printed output."""
    cmd = [sys.executable, str(SHARED / "bench" / "score.py"), str(layout(shared)[1]), str(pred_dir)]
    if errors:
        cmd += ["--errors", str(errors)]
    if as_json:
        cmd.append("--json")
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return res.stdout


def summary(shared: Path = SHARED, *, gold_quantities: bool = False) -> dict:
    """Score summary as a dict (mentions/facts/series P/R/F1), for tests."""
    with tempfile.TemporaryDirectory() as tmp:
        predict(shared, Path(tmp), gold_quantities=gold_quantities)
        return json.loads(score(Path(tmp), shared, as_json=True))


def predict(path: Path, out_dir: Path, *, gold_quantities: bool = False) -> Path:
    """Predictions of a set: through the store, or with the gold spans as quantities."""
    if not gold_quantities:
        return ingest_and_export(path, out_dir)
    return write_predictions(load_documents(path), out_dir, gold_quantities=layout(path)[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", type=int, default=0, metavar="N")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--gold-quantities", action="store_true", help="use the gold spans as quantities")
    ap.add_argument("--shared", type=Path, default=SHARED, help="a set in the shared layout")
    ap.add_argument("--set", type=Path, action="append", default=[], help="a set in the bench/dev* layout")
    ap.add_argument("--dev", action="store_true", help="the shared gold and every bench/dev* set")
    ap.add_argument("--keep", type=Path, help="write predictions to this folder and keep them")
    args = ap.parse_args(argv)
    if not (SHARED / "bench" / "score.py").exists():
        print(f"quality: {SHARED} is absent; nothing to score.")
        return 0
    sets = list(args.set)
    if args.dev:
        sets = [args.shared, *sorted(p for p in (ROOT / "bench").glob("dev*") if (p / "gold").is_dir())]
    elif not sets:
        sets = [args.shared]
    for path in sets:
        if len(sets) > 1:
            print(f"== {path}")
        if args.keep:
            predict(path, args.keep, gold_quantities=args.gold_quantities)
            print(score(args.keep, path, errors=args.errors, as_json=args.json), end="")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            predict(path, Path(tmp), gold_quantities=args.gold_quantities)
            print(score(Path(tmp), path, errors=args.errors, as_json=args.json), end="")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
