"""The Python API: ``tally.open(db)`` returns a :class:`Ledger` whose queries are DataFrames.

    >>> import tally
    >>> db = tally.open("tally.db")
    >>> db.ingest(["report.txt"], published="2021-06-25")
    >>> df = db.facts(entity="Shanxi", indicator="trade")
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from tally.ingest import IngestReport, ingest, load_meta
from tally.model import Check
from tally.store import FactFilter, Store, fact_record, row_to_fact

FACT_COLUMNS = [
    "doc", "start", "end", "text", "value", "value_high", "unit", "counted", "kind", "direction",
    "basis", "status", "approx", "entity", "entity_type", "indicator", "period", "qualifiers",
]
CHECK_COLUMNS = ["rule", "status", "expected", "observed", "tolerance", "explanation", "key", "facts"]


class Ledger:
    """A ledger of facts in one database."""

    def __init__(self, db: str | os.PathLike[str] | Store | None = None) -> None:
        self.store = db if isinstance(db, Store) else Store(db)

    def __repr__(self) -> str:
        return f"Ledger({self.store!r})"

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writes
    def ingest(
        self,
        paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
        *,
        published: str | dt.date | None = None,
        meta: str | Path | Mapping[str, Mapping[str, Any]] | None = None,
        include: Sequence[str] = (),
        exclude: Sequence[str] = (),
        check: bool = True,
        jobs: int = 1,
        dask: str | None = None,
        **kwargs: Any,
    ) -> IngestReport:
        """Ingest files or folders; re-computes the checks when anything changed.

        ``jobs=N`` extracts in N worker processes, ``dask="tcp://host:8786"`` (or ``"local"``)
        on a Dask cluster; documents are stored in input order either way.
        """
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        meta_map = load_meta(meta) if isinstance(meta, str | Path) else (meta or {})
        report = ingest(
            self.store, list(paths), published=published, meta=meta_map, include=include, exclude=exclude,
            jobs=jobs, dask=dask, **kwargs,
        )
        if check and (report.added or report.replaced or not self.store.checks_current()):
            self.run_checks()
        return report

    def run_checks(self) -> list[Check]:
        """Re-compute every check over the stored facts and store them."""
        from tally.verify import run_checks

        published = {d["name"]: d["published"] for d in self.store.documents() if d.get("published")}
        return self.store.recompute_checks(lambda facts: run_checks(facts, published=published))

    # ------------------------------------------------------------------ reads
    def fact_rows(
        self,
        *,
        entity: str | None = None,
        indicator: str | None = None,
        period: str | None = None,
        kind: str | None = None,
        status: str | None = None,
        doc: str | None = None,
        q: str | None = None,
        unit: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored fact rows (dicts) matching the filters, in document order."""
        rows, _ = self.store.facts(
            FactFilter(
                entity=entity, indicator=indicator, period=period, kind=kind, status=status, doc=doc,
                q=q, unit=unit,
            ),
            order="id",
        )
        rows.sort(key=lambda r: (r["doc"], r["start"]))
        return rows

    def facts(self, *, records: bool = False, **filters: Any) -> pd.DataFrame:
        """Facts as a DataFrame in the exchange format's columns (plus ``id`` and ``sentence``).

        Filters: entity, indicator, period, kind, status, doc, q (text), unit. With
        ``records=True`` the columns are exactly those of the exchange format.
        """
        rows = self.fact_rows(**filters)
        if records:
            return pd.DataFrame([fact_record(r) for r in rows])
        return _frame(rows, ["id", *FACT_COLUMNS, "sentence", "period_start", "period_end"])

    def fact_objects(self, **filters: Any) -> list[Any]:
        rows, _ = self.store.facts(FactFilter(**filters))
        return [row_to_fact(r) for r in rows]

    def checks(self, *, status: str | None = None, rule: str | None = None) -> pd.DataFrame:
        return _frame(self.store.checks(status=status, rule=rule), ["id", *CHECK_COLUMNS])

    def entities(self) -> pd.DataFrame:
        return _frame(self.store.entities(), ["id", "name", "type", "parent_id", "aliases", "facts"])

    def documents(self) -> pd.DataFrame:
        cols = ["id", "name", "source", "media_type", "encoding", "sha256", "size", "published",
                "published_inferred", "title", "author", "ingested_at", "facts"]
        return _frame(self.store.documents(), cols)

    def series(self, entity: str, indicator: str, *, kind: str = "level") -> pd.DataFrame:
        """One series: values of (entity, indicator, kind) over periods, oldest first."""
        df = self.facts(entity=entity, indicator=indicator, kind=kind)
        if df.empty:
            return df
        return df.sort_values(["period_start", "doc", "start"], na_position="first").reset_index(drop=True)


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    if df.empty:
        return pd.DataFrame(columns=columns)
    return df[[c for c in columns if c in df.columns]]


def open(db: str | os.PathLike[str] | None = None) -> Ledger:  # noqa: A001 - the API's name
    """Open (creating if needed) a ledger: a path (SQLite) or a database URL."""
    return Ledger(db)
