"""Ingest: sources → read → pipeline → store, one document at a time.

A bad input is reported (one line naming the file and the reason) and the others go on;
each document is stored in its own transaction, so an interrupted run leaves only whole
documents behind and running it again completes it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tally.errors import InputError, MetaError, TallyError
from tally.pipeline import process
from tally.read import read_bytes, read_path
from tally.read.sources import Source, expand, read_stdin
from tally.store import Store


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
    paths: Iterable[str | Path],
    *,
    published: dt.date | str | None = None,
    meta: Mapping[str, Mapping[str, Any]] | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    max_bytes: int | None = None,
    on_progress: Callable[[str, str], None] | None = None,
    on_sources: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files, folders or ``-`` (stdin) into ``store``.

    ``on_sources(n)`` is told how many inputs there are; ``on_progress(label, outcome)`` after
    each one (outcome: added, replaced, unchanged or the error line).
    """
    pub = parse_date(published) if published is not None else None
    meta = meta or {}
    report = IngestReport()
    items = list(expand(paths, include=include, exclude=exclude))
    if on_sources:
        on_sources(len(items))
    for item in items:
        if isinstance(item, tuple):
            label, reason = item
            report.errors.append(f"{label}: {reason}")
            if on_progress:
                on_progress(label, report.errors[-1])
            continue
        try:
            outcome = ingest_one(store, item, published=_published_for(item, pub, meta), max_bytes=max_bytes)
        except TallyError as e:
            report.errors.append(str(e) if isinstance(e, InputError | MetaError) else f"{item.label}: {e}")
            if on_progress:
                on_progress(item.label, report.errors[-1])
            continue
        status, n_articles, n_facts = outcome
        setattr(report, status, getattr(report, status) + 1)
        report.articles += n_articles
        report.facts += n_facts
        if on_progress:
            on_progress(item.label, status)
    return report


def ingest_one(
    store: Store, src: Source, *, published: dt.date | None, max_bytes: int | None = None
) -> tuple[str, int, int]:
    """Read, process and store one source; returns (status, articles, facts)."""
    if src.path is None:
        data = read_stdin()
        doc = read_bytes(data, name=src.name, source="-", published=published)
    else:
        doc = read_path(src.path, published=published, max_bytes=max_bytes, name=src.name)
    if store.document_hash(doc.name) == doc.sha256:
        return "unchanged", 0, 0
    ex = process(doc)
    res = store.save(ex)
    return res.status, res.articles, res.facts
