"""Parallel and distributed ingest give the same ledger as a single-process run.

The plumbing (ordering, bounded window, errors, unchanged files, stdin) is tested with a small
stand-in pipeline defined here (``line_pipeline``: one fact per "Name type: indicator value"
line), so it does not depend on the extraction stages. The CLI tests run the real pipeline
(``tally ingest --jobs 2`` and ``--dask local``) over the example reports and a few reports of
our own, and compare the documents, articles, facts and entities rows with a plain run.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from tally.ingest import ingest
from tally.model import Article, Document, Entity, Extraction, Fact
from tally.parallel import Result, Task, ordered
from tally.store import Store
from tally.store import schema as s

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "tally" / "examples"

# Our own short reports (not from any newspaper), in the style of regional economic pages.
REPORTS = {
    "a-harbor.txt": (
        "Harbor Bay saw its port handle more cargo this spring.\n"
        "Harbor city: throughput 41.5 million tonnes in the first quarter of 2022.\n"
        "Harbor city: trade 96 billion yuan, officials said.\n"
    ),
    "b-meadow.txt": (
        "Meadow county farmers planted early.\n"
        "Meadow county: grain 310000 tonnes for 2021.\n"
        "Harbor city: investment 12 billion yuan went to new wharves.\n"
    ),
    "c-ridge.txt": (
        "Ridge province reported steady growth.\n"
        "Ridge province: gdp 2.4 trillion yuan in 2021, up 6.1 percent year on year.\n"
    ),
    "d-valley.txt": "Valley district: retail 8.8 billion yuan in May.\nValley district: jobs 5200 added.\n",
    "e-lake.txt": "Lake city: tourism 3.1 million visitors over the holiday.\n",
}

_LINE = re.compile(
    r"^(?P<name>[A-Z]\w+) (?P<type>city|county|province|district): (?P<ind>\w+) (?P<val>[\d.]+)", re.M
)


def line_pipeline(doc: Document) -> Extraction:
    """A stand-in for tally.pipeline.process: one fact per "Name type: indicator value" line."""
    facts, ents = [], {}
    for m in _LINE.finditer(doc.text):
        name = m["name"]
        ents[name] = Entity(name=name, type=m["type"], aliases=[f"{name} {m['type']}"])
        facts.append(Fact(
            doc=doc.name, start=m.start("val"), end=m.end("val"), text=m["val"], value=float(m["val"]),
            unit="count", indicator=m["ind"], entity=name, entity_type=m["type"],
            sentence_start=m.start(), sentence_end=doc.text.index("\n", m.start()), rules=["line"],
        ))
    return Extraction(document=doc, articles=[Article(index=0, start=0, end=len(doc.text))],
                      facts=facts, entities=list(ents.values()))


def broken_pipeline(doc: Document) -> Extraction:
    if "Lake" in doc.text:
        raise ValueError("no lakes today")
    return line_pipeline(doc)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _by_columns(pk: list[int]) -> Any:
    def key(r: tuple[Any, ...]) -> list[Any]:
        return [r[i] for i in pk]

    return key


def dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the ledger's tables, ordered, without the ingest timestamps."""
    store = Store(url)
    out = {}
    with store.engine.connect() as c:
        for table in (s.documents, s.articles, s.entities, s.facts):
            cols = [col for col in table.c if col.name != "ingested_at"]
            pk = [cols.index(col) for col in table.primary_key.columns]
            rows = [tuple(r) for r in c.execute(sa.select(*cols))]
            # Sorted here: string collation differs between SQLite and PostgreSQL.
            out[table.name] = sorted(rows, key=_by_columns(pk))
    store.close()
    return out


# ---------------------------------------------------------------------- plumbing
def test_jobs_same_ledger_as_single_process(corpus: Path, tmp_path: Path) -> None:
    single, multi = str(tmp_path / "single.db"), str(tmp_path / "multi.db")
    r1 = ingest(Store(single), [corpus], process=line_pipeline)
    r2 = ingest(Store(multi), [corpus], process=line_pipeline, jobs=2)
    assert (r1.added, r1.facts, r1.errors) == (5, 8, [])
    assert r2.summary() == r1.summary()
    assert dump(multi) == dump(single)


def test_jobs_on_each_backend(db_url: str, corpus: Path, tmp_path: Path) -> None:
    single = str(tmp_path / "single.db")
    ingest(Store(single), [corpus], process=line_pipeline)
    report = ingest(Store(db_url), [corpus], process=line_pipeline, jobs=2)
    assert report.added == 5 and not report.errors
    assert dump(db_url) == dump(single)


def test_progress_is_told_in_input_order(corpus: Path, tmp_path: Path) -> None:
    seen: list[tuple[str, str]] = []
    ingest(Store(tmp_path / "p.db"), [corpus], process=line_pipeline, jobs=2,
           on_progress=lambda label, outcome: seen.append((Path(label).name, outcome)))
    assert seen == [(name, "added") for name in sorted(REPORTS)]


def test_errors_are_lines_and_the_others_go_on(corpus: Path, tmp_path: Path) -> None:
    (corpus / "f-empty.txt").write_bytes(b"")
    missing = tmp_path / "nowhere.txt"
    url = str(tmp_path / "e.db")
    single = ingest(Store(tmp_path / "e1.db"), [corpus, missing], process=broken_pipeline)
    multi = ingest(Store(url), [corpus, missing], process=broken_pipeline, jobs=2)
    assert multi.errors == single.errors
    assert len(multi.errors) == 3
    assert any("e-lake.txt: internal error: ValueError: no lakes today" in e for e in multi.errors)
    assert any("f-empty.txt" in e for e in multi.errors)
    assert any("nowhere.txt" in e for e in multi.errors)
    assert multi.added == 4


def test_unchanged_and_changed_files(corpus: Path, tmp_path: Path) -> None:
    url = str(tmp_path / "u.db")
    ingest(Store(url), [corpus], process=line_pipeline, jobs=2)
    again = ingest(Store(url), [corpus], process=line_pipeline, jobs=2)
    assert (again.added, again.unchanged, again.facts) == (0, 5, 0)
    (corpus / "e-lake.txt").write_text("Lake city: tourism 3.4 million visitors.\n", encoding="utf-8")
    third = ingest(Store(url), [corpus], process=line_pipeline, jobs=2)
    assert (third.replaced, third.unchanged, third.facts) == (1, 4, 1)


def test_stdin_is_read_by_the_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = REPORTS["c-ridge.txt"].encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    report = ingest(Store(tmp_path / "s.db"), ["-"], process=line_pipeline, jobs=2, stdin_name="ridge.txt")
    assert (report.added, report.facts) == (1, 1)
    doc = Store(tmp_path / "s.db").document("ridge.txt")
    assert doc is not None and doc["sha256"] == hashlib.sha256(data).hexdigest()


class _CountingSubmitter:
    """Runs tasks when their result is asked for, counting how many wait at once."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.peak = 0

    def submit(self, fn: Any, *args: Any) -> Any:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        outer = self

        class _Future:
            def result(self) -> Result:
                outer.in_flight -= 1
                return fn(*args)

        return _Future()


@pytest.mark.parametrize("window", [1, 3, 8])
def test_window_bounds_documents_in_flight(window: int) -> None:
    docs = [Document(name=f"d{i}.txt", source="-", text=f"Town{i} city: jobs {i}\n", sha256=str(i))
            for i in range(20)]
    tasks = [Task(label=d.name, name=d.name, document=d) for d in docs]
    sub = _CountingSubmitter()
    out = list(ordered(sub, tasks, window=window, process=line_pipeline))
    assert [r.label for r in out] == [d.name for d in docs]
    assert sub.peak <= window
    assert all(r.extraction and len(r.extraction.facts) == 1 for r in out)


def test_dask_local_same_ledger_as_single_process(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    single, dist = str(tmp_path / "single.db"), str(tmp_path / "dask.db")
    ingest(Store(single), [corpus], process=line_pipeline)
    report = ingest(Store(dist), [corpus], process=line_pipeline, dask="local", jobs=2)
    assert report.added == 5 and not report.errors
    assert dump(dist) == dump(single)


# ---------------------------------------------------------------------- the CLI, real pipeline
def _pipeline_or_skip() -> None:
    try:
        import tally.pipeline  # noqa: F401
    except ImportError as e:
        pytest.skip(f"the extraction pipeline is not importable yet: {e}")


def _cli_ingest(url: str, folder: Path, *extra: str) -> None:
    from tally.serve.cli import app

    res = CliRunner().invoke(app, [
        "ingest", str(folder), "--meta", str(EXAMPLES / "meta.json"), "--db", url, "--no-check", "-q", *extra,
    ])
    assert res.exit_code == 0, res.output


@pytest.mark.parametrize("how", [["--jobs", "2"], ["--dask", "local", "--jobs", "2"]], ids=["jobs", "dask"])
def test_cli_parallel_identical_to_single(how: list[str], db_url: str, corpus: Path, tmp_path: Path) -> None:
    _pipeline_or_skip()
    if how[0] == "--dask":
        pytest.importorskip("distributed")
    for report in (EXAMPLES / "reports").glob("*.txt"):  # a copy: both runs read the same bytes
        shutil.copy(report, corpus / report.name)
    single = str(tmp_path / "single.db")
    _cli_ingest(single, corpus)
    _cli_ingest(db_url, corpus, *how)
    want, got = dump(single), dump(db_url)
    assert len(got["documents"]) == len(REPORTS) + 3
    assert got["facts"], "the pipeline found no facts at all"
    for table in ("documents", "articles", "entities", "facts"):
        assert got[table] == want[table], table
