"""Ingest: sources → read → pipeline → store, one document at a time.

A bad input is reported (one line naming the file and the reason) and the others go on;
each document is stored in its own transaction, so an interrupted run leaves only whole
documents behind and running it again completes it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tally.errors import InputError, MetaError, TallyError
from tally.model import Document, Extraction
from tally.read import read_path, read_stream
from tally.read.sources import Source, expand
from tally.store import Store

Processor = Callable[[Document], Extraction]


@dataclass(slots=True, kw_only=True)
class IngestReport:
    """What an ingest run did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    articles: int = 0
    facts: int = 0
    errors: list[str] = field(default_factory=list)   # one line each: "<file>: <reason>"

    @property
    def documents(self) -> int:
        return self.added + self.replaced + self.unchanged

    @property
    def skipped(self) -> int:
        return self.unchanged

    @property
    def ok(self) -> bool:
        return not self.errors

    def add(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self.errors.append(outcome.error)
            return
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        self.articles += outcome.articles
        self.facts += outcome.facts

    def summary(self) -> str:
        return (
            f"documents {self.documents} (added {self.added}, replaced {self.replaced}, "
            f"unchanged {self.unchanged}), articles {self.articles}, facts {self.facts}, "
            f"skipped {self.skipped}, errors {len(self.errors)}"
        )


def load_meta(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read a ``--meta`` JSON file: ``{file name: {"published": "YYYY-MM-DD"}}``."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise MetaError(str(p), f"cannot read: {e.strerror or e}") from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise MetaError(str(p), f"not JSON: {e}") from e
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise MetaError(str(p), 'expected an object {"file name": {"published": "YYYY-MM-DD"}}')
    for name, entry in data.items():
        if "published" in entry and entry["published"] is not None:
            parse_date(entry["published"], where=f"{p}: {name}")
    return data


def parse_date(raw: str | dt.date, *, where: str = "date") -> dt.date:
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw).strip())
    except ValueError as e:
        raise MetaError(where, f"not an ISO date (YYYY-MM-DD): {raw!r}") from e


def _published_for(
    src: Source, published: dt.date | None, meta: Mapping[str, Mapping[str, Any]]
) -> dt.date | None:
    entry = meta.get(src.name) or (meta.get(str(src.path)) if src.path else None)
    if entry and entry.get("published"):
        return parse_date(entry["published"], where=src.label)
    return published


def ingest(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: dt.date | str | None = None,
    meta: Mapping[str, Mapping[str, Any]] | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    max_bytes: int | None = None,
    stdin_name: str = "stdin.txt",
    process: Processor | None = None,
    on_progress: Callable[[str, str], None] | None = None,
    on_sources: Callable[[int], None] | None = None,
    jobs: int = 1,
    dask: str | None = None,
) -> IngestReport:
    """Ingest files, folders or ``-`` (stdin) into ``store``.

    ``on_sources(n)`` is told how many inputs there are; ``on_progress(label, outcome)`` after
    each one (outcome: added, replaced, unchanged or the error line). ``process`` turns a
    Document into an Extraction (default: :func:`tally.pipeline.process`). ``jobs`` > 1
    processes documents in that many worker processes, ``dask`` (a scheduler address or
    ``"local"``) on a Dask cluster; the parent still stores them one by one in input order
    (see :mod:`tally.parallel`).
    """
    pub = parse_date(published, where="--published") if published is not None else None
    meta = meta or {}
    report = IngestReport()
    items = plan(paths, include=include, exclude=exclude, stdin_name=stdin_name)
    if on_sources:
        on_sources(len(items))
    if jobs > 1 or dask:
        from tally.parallel import ingest_parallel

        return ingest_parallel(
            store, items, report, published_for=lambda src: _published_for(src, pub, meta),
            max_bytes=max_bytes, jobs=jobs, dask=dask, process=process, on_progress=on_progress,
        )
    for item in items:
        if isinstance(item, tuple):
            label, reason = item
            outcome: Outcome = Outcome(label=label, error=one_line(f"{label}: {reason}"))
        else:
            outcome = run_one(store, item, published=pub, meta=meta, max_bytes=max_bytes, process=process)
        report.add(outcome)
        if on_progress:
            on_progress(outcome.label, outcome.error or outcome.status)
    return report


def plan(
    paths: Iterable[str | os.PathLike[str]],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin_name: str = "stdin.txt",
) -> list[Source | tuple[str, str]]:
    """The inputs of a run, listed before any is read: Sources, or ``(label, reason)`` errors."""
    return list(expand(paths, include=include, exclude=exclude, stdin_name=stdin_name))


@dataclass(slots=True, frozen=True, kw_only=True)
class Outcome:
    """What became of one input: a status (added, replaced, unchanged) or an error line."""

    label: str
    status: str = ""
    articles: int = 0
    facts: int = 0
    error: str | None = None


def run_one(
    store: Store,
    src: Source,
    *,
    published: dt.date | None = None,
    meta: Mapping[str, Mapping[str, Any]] | None = None,
    max_bytes: int | None = None,
    process: Processor | None = None,
) -> Outcome:
    """Ingest one source and never raise for it: a failure becomes the Outcome's error line."""
    try:
        pub = _published_for(src, published, meta or {})
        status, n_articles, n_facts = ingest_one(
            store, src, published=pub, max_bytes=max_bytes, process=process
        )
    except (InputError, MetaError) as e:
        return Outcome(label=src.label, error=one_line(str(e)))
    except TallyError as e:
        return Outcome(label=src.label, error=one_line(f"{src.label}: {e}"))
    except Exception as e:  # noqa: BLE001 - a bug on one input must not stop the others
        line = f"{src.label}: internal error: {type(e).__name__}: {e}"
        return Outcome(label=src.label, error=one_line(line))
    return Outcome(label=src.label, status=status, articles=n_articles, facts=n_facts)


def ingest_one(
    store: Store,
    src: Source,
    *,
    published: dt.date | None,
    max_bytes: int | None = None,
    process: Processor | None = None,
) -> tuple[str, int, int]:
    """Read, process and store one source; returns (status, articles, facts)."""
    if src.path is None:
        doc = read_stream(_stdin(), name=src.name, source="-", published=published, max_bytes=max_bytes)
    else:
        doc = read_path(src.path, published=published, max_bytes=max_bytes, name=src.name)
    if store.document_hash(doc.name) == doc.sha256:
        return "unchanged", 0, 0
    ex = (process or default_processor())(doc)
    res = store.save(ex)
    return res.status, res.articles, res.facts


def default_processor() -> Processor:
    """The pipeline (imported on first use, so reading and storing work without it)."""
    from tally.pipeline import process

    return process


def one_line(msg: str) -> str:
    return " ".join(msg.split())


def _stdin() -> Any:
    import sys

    return sys.stdin.buffer
