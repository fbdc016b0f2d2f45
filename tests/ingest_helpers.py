"""Helpers of the ingest, CLI, crash and concurrency tests: reports, a fixed extractor, snapshots.

The reports are generated here from our own sentence templates (nothing from the shared
corpus). The tests run the real pipeline (``tally.pipeline.process``); where a storage or CLI
test needs facts that do not move when the extractor improves (exact filter results, re-ingest
bookkeeping), :func:`fixed_process` gives them: a small regex extractor with known output.
"""

from __future__ import annotations

import random
import re
import sqlite3
import textwrap
from pathlib import Path
from typing import Any

from tally.model import Article, Document, Entity, Extraction, Fact

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent


# ---------------------------------------------------------------------- the pipeline
def processor() -> Any:
    """The real pipeline."""
    from tally.pipeline import process

    return process


_PLACES = ("Linfen", "Datong", "Riverside County", "Lower Bavaria", "Changzhi", "Yuncheng")
_NUM = re.compile(
    r"\d[\d,]*(?:\.\d+)?(?:\s(?:billion|million|thousand))?(?:\s(?:yuan|euros|dollars|tons|percent))?"
)
_YEAR = re.compile(r"\b(?:in|of|for)\s((?:19|20)\d\d)\b")


def fixed_process(doc: Document) -> Extraction:
    """A small regex extractor: every number (not a year) is a fact; entity, indicator, period by cue."""
    text = doc.text
    facts: list[Fact] = []
    ents: dict[str, Entity] = {}
    for sent in re.finditer(r"(?:[^.\n]|\.(?=\d))+(?:\.|\n|$)", text):
        s = sent.group()
        place = next((p for p in _PLACES if p in s), None)
        indicator = (
            "exports" if "export" in s else "gdp" if "GDP" in s else "output" if "output" in s else "other"
        )
        year = _YEAR.search(s)
        for m in _NUM.finditer(s):
            raw = m.group()
            if re.fullmatch(r"(?:19|20)\d\d", raw):
                continue
            num = float(re.match(r"[\d,.]+", raw).group().replace(",", ""))  # type: ignore[union-attr]
            scale = 1e9 if "billion" in raw else 1e6 if "million" in raw else 1e3 if "thousand" in raw else 1
            unit = next(
                (
                    u
                    for w, u in (
                        ("yuan", "CNY"),
                        ("euros", "EUR"),
                        ("dollars", "USD"),
                        ("tons", "t"),
                        ("percent", "percent"),
                    )
                    if raw.endswith(w)
                ),
                "count",
            )
            kind = "change" if unit == "percent" and re.search(r"\b(rose|grew|up|fell)\b", s) else "level"
            start = sent.start() + m.start()
            facts.append(
                Fact(
                    doc=doc.name,
                    start=start,
                    end=start + len(raw),
                    text=raw,
                    value=num * scale,
                    unit=unit,
                    kind=kind,
                    direction="up" if kind == "change" else None,
                    basis="yoy" if kind == "change" else None,
                    indicator=indicator,
                    entity=place,
                    entity_type="city" if place else None,
                    period=year.group(1) if year else None,
                    article=0,
                    sentence_start=sent.start(),
                    sentence_end=sent.end(),
                    rules=["fixed"],
                )
            )
            if place:
                ents.setdefault(place, Entity(name=place, type="city", aliases=[place.upper()]))
    arts = [Article(index=0, start=0, end=len(text))] if text else []
    return Extraction(document=doc, articles=arts, facts=facts, entities=list(ents.values()))


# ---------------------------------------------------------------------- reports
_HEADS = (
    "{place} posts steady growth in foreign trade",
    "Factories in {place} lift output on new orders",
    "{place} draws investors to its logistics park",
)
_SENTENCES = (
    "Exports from {place} reached {a} billion yuan in {year}, customs officials said on Monday.",
    "The value of industrial output in {place} rose {p} percent from a year earlier.",
    "Local companies shipped {n} tons of machinery parts to overseas buyers during the period.",
    "The GDP of {place} grew {p} percent to {b} billion yuan, the statistics bureau reported.",
    "Some {n} small firms registered in the new zone, and {m} of them are run by returning graduates.",
    "Officials expect the park to add {c} million yuan of annual tax revenue by {target}.",
)


def report_text(i: int) -> str:
    """A short report in the style of a regional newspaper page, different for every ``i``."""
    rnd = random.Random(i)
    place = _PLACES[i % len(_PLACES)]
    year = 2019 + i % 5
    paras = []
    for tpl in rnd.sample(_SENTENCES, k=4):
        paras.append(
            tpl.format(
                place=place,
                year=year,
                target=year + 5,
                a=f"{rnd.randint(10, 900) / 10:.1f}",
                b=f"{rnd.randint(100, 5000) / 10:.1f}",
                p=f"{rnd.randint(5, 250) / 10:.1f}",
                n=f"{rnd.randint(1000, 90000):,}",
                m=rnd.randint(10, 99),
                c=rnd.randint(20, 800),
            )
        )
    head = _HEADS[i % len(_HEADS)].format(place=place)
    return f"{head}\n\nBy STAFF WRITER {i}\n\n" + "\n\n".join(paras) + "\n"


def write_reports(folder: Path, ids: range | list[int], *, prefix: str = "report") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in ids:
        p = folder / f"{prefix}-{i:04d}.txt"
        p.write_text(report_text(i), encoding="utf-8")
        out.append(p)
    return out


# ---------------------------------------------------------------------- subprocess runs
RUNNER = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, {tests!r})
    delay = float(os.environ.get("TALLY_TEST_DELAY", "0"))
    if delay:
        import tally.pipeline
        real = tally.pipeline.process
        def slow(doc):
            time.sleep(delay)
            return real(doc)
        tally.pipeline.process = slow
    txn_delay = float(os.environ.get("TALLY_TEST_TXN_DELAY", "0"))
    if txn_delay:  # hold each document's write transaction open a while (kills land inside it)
        import tally.store.db as sdb
        upsert = sdb.Store._upsert_entities
        def slow_upsert(self, c, ents):
            upsert(self, c, ents)
            time.sleep(txn_delay)
        sdb.Store._upsert_entities = slow_upsert
    from tally.serve.cli import main
    sys.argv[0] = "tally"
    main()
    """
)


def runner_script(tmp_path: Path) -> Path:
    """A script that runs the ``tally`` command (with the stand-in pipeline if needed)."""
    p = tmp_path / "run_tally.py"
    p.write_text(RUNNER.format(tests=str(TESTS)), encoding="utf-8")
    return p


# ---------------------------------------------------------------------- database snapshots
def snapshot(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The content of a SQLite ledger without its surrogate ids and timestamps, sorted."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        docs = con.execute(
            "SELECT name, source, media_type, encoding, sha256, size, published, published_inferred,"
            " title, author, text FROM documents ORDER BY name"
        ).fetchall()
        facts = con.execute(
            'SELECT f.id, d.name, f.doc, f.article, f.start, f."end", f.text, f.sentence, f.value,'
            " f.value_high, f.unit, f.counted, f.kind, f.direction, f.basis, f.status, f.approx,"
            " f.indicator, f.entity_id, f.entity, f.entity_type, f.period, f.period_start, f.period_end,"
            " f.qualifiers, f.rules FROM facts f JOIN documents d ON d.id = f.document_id ORDER BY f.id"
        ).fetchall()
        arts = con.execute(
            'SELECT d.name, a.idx, a.start, a."end", a.headline, a.byline, a.body, a.captions'
            " FROM articles a JOIN documents d ON d.id = a.document_id ORDER BY d.name, a.idx"
        ).fetchall()
        ents = con.execute("SELECT id, name, type, parent_id, aliases FROM entities ORDER BY id").fetchall()
        names = con.execute("SELECT entity_id, name FROM entity_names ORDER BY entity_id, name").fetchall()
    finally:
        con.close()
    return {"documents": docs, "facts": facts, "articles": arts, "entities": ents, "entity_names": names}


def count_documents(db_path: Path) -> int:
    """Documents committed so far (0 while the database or its tables do not exist yet)."""
    if not db_path.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0
