"""The storage layer: every write goes through :class:`Store`, one transaction per document.

``Store(url)`` takes a SQLAlchemy URL or a plain path (``tally.db`` → SQLite). SQLite runs in
WAL mode with a busy timeout, and each write transaction starts with ``BEGIN IMMEDIATE`` so
that concurrent ingest processes queue instead of failing; PostgreSQL uses ordinary
transactions and ``ON CONFLICT`` for shared rows.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    Select,
    and_,
    column,
    create_engine,
    delete,
    event,
    func,
    insert,
    literal_column,
    or_,
    select,
    table,
    text,
    update,
)
from sqlalchemy.engine import Connection, CursorResult
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from tally.errors import QueryError, StoreError
from tally.model import Check, Entity, Extraction, Fact, entity_key, period_bounds
from tally.store import schema as s

DEFAULT_DB = "tally.db"
_SAVE_ATTEMPTS = 3
_PG_FACTS_LOCK = 0x7A11_FAC7          # advisory lock: saves take it shared, check runs exclusive
_FTS_TABLE = "facts_fts"              # SQLite trigram index of facts(sentence, text), migration 0004
_FTS_MIN = 3                           # trigrams: shorter searches cannot use the index
_FTS_MAX_CANDIDATES = 2000             # more facts containing q: scanning in order is faster
SORTABLE = ("id", "doc", "start", "value", "period_start", "entity", "indicator", "kind")


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL from a path or URL; default ``$TALLY_DB`` or ``./tally.db``."""
    raw = str(db) if db is not None else os.environ.get("TALLY_DB", DEFAULT_DB)
    if "://" in raw:
        if raw.startswith("postgresql://"):
            return "postgresql+psycopg://" + raw[len("postgresql://") :]
        if raw.startswith("postgres://"):
            return "postgresql+psycopg://" + raw[len("postgres://") :]
        return raw
    return f"sqlite:///{Path(raw).expanduser()}"


@dataclass(slots=True, frozen=True, kw_only=True)
class SaveResult:
    status: str          # added | replaced | unchanged
    document_id: int
    facts: int
    articles: int


@dataclass(slots=True, kw_only=True)
class FactFilter:
    """Filters of the facts query; every field optional."""

    entity: str | None = None          # canonical name or alias, case-insensitive
    indicator: str | None = None
    period: str | None = None          # facts whose period overlaps this ISO period
    period_from: str | None = None     # ISO date or period: facts ending on/after it
    period_to: str | None = None       # facts starting on/before it
    kind: str | None = None
    status: str | None = None
    unit: str | None = None
    doc: str | None = None
    q: str | None = None               # text search over the sentence and the mention
    ids: Sequence[str] | None = None


class Store:
    """A ledger database (SQLite or PostgreSQL)."""

    def __init__(self, db: str | os.PathLike[str] | None = None, *, create: bool = True) -> None:
        self.url = database_url(db)
        self.is_sqlite = self.url.startswith("sqlite")
        self._fts: bool | None = None  # SQLite: facts_fts present (migration 0004)
        try:
            if self.is_sqlite:
                self.engine: Engine = create_engine(
                    self.url, connect_args={"timeout": 60, "check_same_thread": False}
                )
                _sqlite_pragmas(self.engine)
            else:
                self.engine = create_engine(self.url, pool_pre_ping=True)
            self._writer = self.engine.execution_options(tally_write=True)
            if create:
                self.create()
        except SQLAlchemyError as e:
            raise StoreError(f"{self.url}: cannot open the database: {_reason(e)}") from e

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    def create(self) -> None:
        from tally.store.migrate import upgrade

        upgrade(self._writer)

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ writes
    def document_hash(self, name: str) -> str | None:
        with self.engine.connect() as c:
            return c.execute(select(s.documents.c.sha256).where(s.documents.c.name == name)).scalar()

    def save(self, ex: Extraction) -> SaveResult:
        """Store one document with its articles, entities and facts, in one transaction.

        The same name with the same hash is a no-op; a new hash replaces the old articles and
        facts of that document. When another process stores the same document at the same
        moment (PostgreSQL: a unique violation on its name), the save is retried and then
        finds that document.
        """
        doc = ex.document
        for attempt in range(_SAVE_ATTEMPTS):
            try:
                return self._save(ex)
            except IntegrityError as e:
                if attempt + 1 == _SAVE_ATTEMPTS or not _is_unique_violation(e):
                    raise StoreError(f"{doc.name}: cannot store the document: {_reason(e)}") from e
            except SQLAlchemyError as e:
                raise StoreError(f"{doc.name}: cannot store the document: {_reason(e)}") from e
        raise AssertionError("unreachable")

    def _save(self, ex: Extraction) -> SaveResult:
        doc = ex.document
        with self._writer.begin() as c:
            if c.dialect.name == "postgresql":  # shared: saves run together, never during a checks run
                c.exec_driver_sql(f"SELECT pg_advisory_xact_lock_shared({_PG_FACTS_LOCK})")
            row = c.execute(
                select(s.documents.c.id, s.documents.c.sha256).where(s.documents.c.name == doc.name)
            ).first()
            if row is not None and row.sha256 == doc.sha256:
                return SaveResult(status="unchanged", document_id=row.id, facts=0, articles=0)
            values = _document_row(ex)
            if row is not None:
                doc_id = row.id
                c.execute(delete(s.facts).where(s.facts.c.document_id == doc_id))
                c.execute(delete(s.articles).where(s.articles.c.document_id == doc_id))
                c.execute(update(s.documents).where(s.documents.c.id == doc_id).values(**values))
                status = "replaced"
            else:
                doc_id = _new_id(c.execute(insert(s.documents).values(**values)))
                status = "added"
            self._upsert_entities(c, ex.entities)
            facts = _unique(ex.facts)
            if ex.articles:
                c.execute(insert(s.articles), [_article_row(doc_id, a, doc.text) for a in ex.articles])
            if facts:
                c.execute(insert(s.facts), [_fact_row(doc_id, f, doc.text) for f in facts])
            _set_state(c, "facts_version", uuid.uuid4().hex)
            return SaveResult(status=status, document_id=doc_id, facts=len(facts), articles=len(ex.articles))

    def _upsert_entities(self, c: Connection, ents: Iterable[Entity]) -> None:
        """Insert new entities and merge aliases (and a missing parent) into existing ones.

        Rows are inserted first (ignoring ones that exist), then read back locked (PostgreSQL:
        ``FOR UPDATE``; SQLite: the transaction holds the write lock), so concurrent writers
        never lose each other's aliases. Then, still under the lock, the ``entity_names`` rows of
        each entity's name and merged aliases are inserted, ignoring the ones already there: a
        new entity or a grown alias list gets its rows in the same transaction, and a row two
        writers both add is stored once.
        """
        ents = list(ents)
        rows: dict[str, dict[str, Any]] = {}
        for e in ents:
            r = rows.setdefault(
                e.key,
                {"id": e.key, "name": e.name, "type": e.type, "parent_id": None, "aliases": []},
            )
            r["aliases"] = sorted(set(r["aliases"]) | set(e.aliases))
            r["parent_id"] = r["parent_id"] or _parent_key(e, ents)
        if not rows:
            return
        c.execute(_insert_ignore(self.engine, s.entities), list(rows.values()))
        ec = s.entities.c
        stmt = select(ec.id, ec.name, ec.aliases, ec.parent_id).where(ec.id.in_(list(rows)))
        if c.dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        names: list[dict[str, str]] = []
        for old in c.execute(stmt).all():
            r = rows[old.id]
            aliases = sorted(set(old.aliases or []) | set(r["aliases"]))
            parent = old.parent_id or r["parent_id"]
            if aliases != sorted(old.aliases or []) or parent != old.parent_id:
                stmt_up = update(s.entities).where(s.entities.c.id == old.id)
                c.execute(stmt_up.values(aliases=aliases, parent_id=parent))
            names += entity_name_rows(old.id, old.name, aliases)
        if names:  # (only a writer holding an entity's row lock adds that entity's names)
            c.execute(_insert_ignore(self.engine, s.entity_names), names)

    def replace_checks(self, checks: Sequence[Check]) -> None:
        """Replace every stored check (checks are re-computed over all facts)."""
        try:
            with self._writer.begin() as c:
                self._lock_checks(c)
                self._write_checks(c, checks)
        except SQLAlchemyError as e:
            raise StoreError(f"cannot store checks: {_reason(e)}") from e

    def recompute_checks(self, compute: Callable[[list[Fact]], Sequence[Check]]) -> list[Check]:
        """Read every fact, ``compute`` the checks and replace the stored ones, in one transaction.

        No document can be saved in between (SQLite: the write lock is held from the start;
        PostgreSQL: an advisory lock that saves take shared), so the checks stored last were
        computed over all the facts, whichever of several concurrent ingests finishes last.
        """
        try:
            with self._writer.begin() as c:
                self._lock_checks(c)
                version = _get_state(c, "facts_version")
                rows = c.execute(select(s.facts).order_by(s.facts.c.id))
                facts = [row_to_fact(dict(r._mapping)) for r in rows]
                checks = list(compute(facts))
                self._write_checks(c, checks)
                _set_state(c, "checks_version", version or "")
                return checks
        except SQLAlchemyError as e:
            raise StoreError(f"cannot store checks: {_reason(e)}") from e

    def checks_current(self) -> bool:
        """Whether the stored checks were computed over the facts as they are now."""
        with self.engine.connect() as c:
            facts_v = _get_state(c, "facts_version")
            checks_v = _get_state(c, "checks_version")
        return (facts_v or "") == (checks_v or "")

    def _lock_checks(self, c: Connection) -> None:
        if c.dialect.name == "postgresql":
            c.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_FACTS_LOCK})")

    @staticmethod
    def _write_checks(c: Connection, checks: Sequence[Check]) -> None:
        c.execute(delete(s.check_facts))
        c.execute(delete(s.checks))
        for ch in checks:
            cid = _new_id(c.execute(
                insert(s.checks).values(
                    rule=ch.rule,
                    status=ch.status,
                    expected=ch.expected,
                    observed=ch.observed,
                    tolerance=ch.tolerance,
                    explanation=ch.explanation,
                    key=ch.key,
                    facts=list(ch.facts),
                )
            ))
            if ch.facts:
                c.execute(insert(s.check_facts), [{"check_id": cid, "fact_id": f} for f in ch.facts])

    # ------------------------------------------------------------------ reads
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as c:
            return {
                t.name: c.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (s.documents, s.articles, s.entities, s.facts, s.checks)
            }

    def facts(
        self,
        flt: FactFilter | None = None,
        *,
        order: str = "id",
        descending: bool = False,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Facts matching ``flt`` as dicts, and the cursor of the next page (None at the end)."""
        stmt = self.facts_statement(flt, order=order, descending=descending, limit=limit, cursor=cursor)
        with self.engine.connect() as c:
            rows = [dict(r._mapping) for r in c.execute(stmt)]
        nxt = None
        if limit is not None and len(rows) > limit:
            rows = rows[:limit]
            last = rows[-1]
            nxt = _encode_cursor(last[order] if order != "id" else None, last["id"])
        return rows, nxt

    def facts_statement(
        self,
        flt: FactFilter | None = None,
        *,
        order: str = "id",
        descending: bool = False,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Select[Any]:
        """The statement :meth:`facts` runs (one more row than ``limit``, to tell if a page follows).

        A page is chosen by its ids first and only its rows are read (a deferred join): where the
        filters and the order are in one index (indicator + period range, entity + indicator),
        the rows in range are sorted from the index alone instead of being read from the table to
        be sorted and dropped. On a cold page cache that is 3x faster (``bench/query.py --cold``)."""
        if order not in SORTABLE:
            raise QueryError("order", f"must be one of {', '.join(SORTABLE)}")
        if limit is not None and limit < 1:
            raise QueryError("limit", "must be a positive number")
        col, fid = s.facts.c[order], s.facts.c.id
        cond = self._fact_conditions(flt or FactFilter())
        if cursor:
            last_val, last_id = _decode_cursor(cursor)
            if order == "id":
                cond.append(fid < last_id if descending else fid > last_id)
            elif last_val is None:  # inside the trailing NULLs (last in both directions)
                cond.append(and_(col.is_(None), fid < last_id if descending else fid > last_id))
            elif descending:
                cond.append(or_(col < last_val, and_(col == last_val, fid < last_id), col.is_(None)))
            else:  # NULLs come last, after every value
                cond.append(or_(col > last_val, and_(col == last_val, fid > last_id), col.is_(None)))
        if order == "id":
            by = [fid.desc() if descending else fid]
        elif descending:
            by = [col.desc().nulls_last(), fid.desc()]
        else:
            by = [col.asc().nulls_last(), fid]
        if limit is None:
            return select(s.facts).where(*cond).order_by(*by)
        # (on SQLite by rowid, which every index entry carries: a row is then read as directly as
        # without the join; the string primary key would cost an index look-up per row)
        key = literal_column("facts.rowid") if self.is_sqlite else fid
        page = select(key).select_from(s.facts).where(*cond).order_by(*by).limit(limit + 1)
        return select(s.facts).where(key.in_(page)).order_by(*by)

    def count_facts(self, flt: FactFilter | None = None) -> int:
        stmt = select(func.count()).select_from(s.facts).where(*self._fact_conditions(flt or FactFilter()))
        with self.engine.connect() as c:
            return c.execute(stmt).scalar_one()

    def _fact_conditions(self, f: FactFilter) -> list[Any]:
        t = s.facts.c
        cond: list[Any] = []
        if f.entity:
            ids = self.entity_ids(f.entity)
            if ids:  # index-friendly: the matching entities' ids, or the name as written
                cond.append(or_(t.entity_id.in_(ids), t.entity == f.entity.strip()))
            else:
                cond.append(func.lower(t.entity) == f.entity.strip().lower())
        for name in ("indicator", "kind", "status", "unit", "doc"):
            val = getattr(f, name)
            if val:
                cond.append(t[name] == val)
        if f.period:
            lo, hi = period_bounds(f.period)
            if lo is None:
                raise QueryError("period", f"not an ISO period: {f.period!r}")
            cond += [t.period_start <= hi, t.period_end >= lo]
        if f.period_from:
            lo, _ = period_bounds(f.period_from)
            if lo is None:
                raise QueryError("period_from", f"not an ISO date or period: {f.period_from!r}")
            cond.append(t.period_end >= lo)
        if f.period_to:
            _, hi = period_bounds(f.period_to)
            if hi is None:
                raise QueryError("period_to", f"not an ISO date or period: {f.period_to!r}")
            cond.append(t.period_start <= hi)
        if f.q:
            q = f.q.strip().lower()
            pat = f"%{_escape_like(q)}%"
            if self.is_sqlite:  # SQLite's LIKE already folds case as its lower() does (ASCII)
                if len(q) >= _FTS_MIN and self._has_fts() and self._fts_is_selective(q):
                    # the trigram index finds the candidates (a superset: it folds case more
                    # widely); the LIKE below keeps the results exactly those of LIKE alone
                    cond.append(_fts_candidates(q))
                cond.append(or_(t.sentence.like(pat, escape="\\"), t.text.like(pat, escape="\\")))
            else:
                low_sentence, low_text = func.lower(t.sentence), func.lower(t.text)
                cond.append(or_(low_sentence.like(pat, escape="\\"), low_text.like(pat, escape="\\")))
        if f.ids is not None:
            cond.append(t.id.in_(list(f.ids)))
        return cond

    def _has_fts(self) -> bool:
        """Whether the SQLite ledger has the trigram index of migration 0004 (checked once)."""
        if self._fts is None:
            with self.engine.connect() as c:
                self._fts = c.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (_FTS_TABLE,)
                ).first() is not None
        return self._fts

    def _fts_is_selective(self, q: str) -> bool:
        """Whether few enough facts contain ``q`` for the index to beat a scan.

        The index hands over every candidate, which are then read and sorted; for a word in a
        good share of the facts, a scan in the requested order that stops at the page's limit
        is much faster (1M facts: ~1 ms against ~500 ms for a word in a third of them). The
        probe reads at most ``_FTS_MAX_CANDIDATES + 1`` rowids from the index.
        """
        probe = select(func.count()).select_from(
            select(literal_column("rowid")).select_from(table(_FTS_TABLE)).where(_fts_match(q))
            .limit(_FTS_MAX_CANDIDATES + 1).subquery()
        )
        with self.engine.connect() as c:
            return c.execute(probe).scalar_one() <= _FTS_MAX_CANDIDATES

    def entity_ids(self, name: str) -> list[str]:
        """Ids of entities whose name or alias is ``name`` (case-insensitive), in id order.

        A seek on the primary key of ``entity_names`` (name, entity_id), read from the index alone.
        """
        stmt = (
            select(s.entity_names.c.entity_id)
            .where(s.entity_names.c.name == name_key(name))
            .order_by(s.entity_names.c.entity_id)
        )
        with self.engine.connect() as c:
            return list(c.execute(stmt).scalars())

    def entities(self) -> list[dict[str, Any]]:
        with self.engine.connect() as c:
            counts: dict[str | None, int] = dict(
                c.execute(select(s.facts.c.entity_id, func.count()).group_by(s.facts.c.entity_id)).all()
            )
            rows = [dict(r._mapping) for r in c.execute(select(s.entities).order_by(s.entities.c.name))]
        for r in rows:
            r["facts"] = counts.get(r["id"], 0)
        return rows

    def entity(self, key_or_name: str) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            row = c.execute(select(s.entities).where(s.entities.c.id == key_or_name)).first()
        if row is None:
            ids = self.entity_ids(key_or_name)
            if not ids:
                return None
            with self.engine.connect() as c:
                row = c.execute(select(s.entities).where(s.entities.c.id == ids[0])).first()
        return dict(row._mapping) if row else None

    def children(self, entity_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as c:
            return [
                dict(r._mapping)
                for r in c.execute(
                    select(s.entities).where(s.entities.c.parent_id == entity_id).order_by(s.entities.c.name)
                )
            ]

    def documents(self) -> list[dict[str, Any]]:
        cols = [c for c in s.documents.c if c.name != "text"]
        with self.engine.connect() as c:
            counts: dict[int, int] = dict(
                c.execute(select(s.facts.c.document_id, func.count()).group_by(s.facts.c.document_id)).all()
            )
            rows = [dict(r._mapping) for r in c.execute(select(*cols).order_by(s.documents.c.name))]
        for r in rows:
            r["facts"] = counts.get(r["id"], 0)
        return rows

    def document(self, name: str) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            row = c.execute(select(s.documents).where(s.documents.c.name == name)).first()
            if row is None:
                return None
            out = dict(row._mapping)
            out["articles"] = [
                dict(r._mapping)
                for r in c.execute(
                    select(s.articles).where(s.articles.c.document_id == row.id).order_by(s.articles.c.idx)
                )
            ]
        return out

    def all_facts(self) -> list[Fact]:
        """Every stored fact as a :class:`Fact` (for the verify stage)."""
        with self.engine.connect() as c:
            return [row_to_fact(dict(r._mapping)) for r in c.execute(select(s.facts).order_by(s.facts.c.id))]

    def checks(
        self, *, status: str | None = None, rule: str | None = None, fact: str | None = None
    ) -> list[dict[str, Any]]:
        stmt = select(s.checks).order_by(s.checks.c.id)
        if status:
            stmt = stmt.where(s.checks.c.status == status)
        if rule:
            stmt = stmt.where(s.checks.c.rule == rule)
        if fact:
            sub = select(s.check_facts.c.check_id).where(s.check_facts.c.fact_id == fact)
            stmt = stmt.where(s.checks.c.id.in_(sub))
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(stmt)]


# ---------------------------------------------------------------------- helpers
def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's begin event issue BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=60000")
        _ensure_wal(cur)
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front (and queue on busy_timeout); readers don't.
        write = conn.get_execution_options().get("tally_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _get_state(c: Connection, key: str) -> str | None:
    return c.execute(select(s.ledger_state.c.value).where(s.ledger_state.c.key == key)).scalar()


def _new_id(result: CursorResult[Any]) -> Any:
    """The primary key of the row an INSERT just added."""
    pk = result.inserted_primary_key
    if pk is None:
        raise StoreError("the database returned no key for a new row")
    return pk[0]


def _set_state(c: Connection, key: str, value: str) -> None:
    c.execute(delete(s.ledger_state).where(s.ledger_state.c.key == key))
    c.execute(insert(s.ledger_state).values(key=key, value=value))


def _ensure_wal(cur: Any) -> None:
    """Switch the file to WAL once (it persists). Changing the journal mode does not wait on
    the busy handler when another connection is setting it up at the same moment, so retry."""
    import sqlite3
    import time

    delay = 0.01
    for _ in range(60):
        try:
            mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() == "wal" or str(mode).lower() == "memory":
                return
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
    cur.execute("PRAGMA journal_mode=WAL")


def name_key(name: str) -> str:
    """A name or alias as ``entity_names`` holds it: stripped and lower-cased (``str.lower``)."""
    return name.strip().lower()


def entity_name_rows(entity_id: str, name: str, aliases: Iterable[str]) -> list[dict[str, str]]:
    """The ``entity_names`` rows of one entity: its name and each alias as :func:`name_key`
    makes them, once each; empty ones and ones longer than the column are left out."""
    keys = {name_key(n) for n in (name, *aliases)}
    return [{"entity_id": entity_id, "name": k} for k in sorted(keys) if 0 < len(k) <= s.NAME_LENGTH]


def _insert_ignore(engine: Engine, table: Any) -> Any:
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()
    if engine.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sq_insert

        return sq_insert(table).on_conflict_do_nothing()
    return insert(table)


def _is_unique_violation(e: IntegrityError) -> bool:
    """A duplicate key (another writer got there first), not a NOT NULL or foreign key error."""
    orig = getattr(e, "orig", None)
    if getattr(orig, "sqlstate", None) == "23505":
        return True
    return "UNIQUE constraint failed" in str(orig)


def _reason(e: Exception) -> str:
    return str(getattr(e, "orig", None) or e).splitlines()[0]


def _fts_candidates(q: str) -> Any:
    """``facts.rowid IN (rows whose sentence or text contains q, by the trigram index)``.

    A quoted FTS5 phrase of the trigram tokenizer matches the substring within one column,
    case-folded; every character (``%``, ``_``, spaces) is literal, only ``"`` is doubled.
    """
    fts = table(_FTS_TABLE, column("rowid"))
    return literal_column("facts.rowid").in_(select(fts.c.rowid).where(_fts_match(q)))


def _fts_match(q: str) -> Any:
    phrase = '"' + q.replace('"', '""') + '"'
    return text(f"{_FTS_TABLE} MATCH :fts_q").bindparams(fts_q=phrase)


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _encode_cursor(val: Any, fid: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([val, fid]).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[Any, str]:
    try:
        pad = "=" * (-len(cursor) % 4)
        val, fid = json.loads(base64.urlsafe_b64decode(cursor + pad))
        return val, str(fid)
    except Exception as e:  # noqa: BLE001 - any garbage is the caller's error
        raise QueryError("cursor", "not a cursor returned by this API") from e


def _unique(facts: Iterable[Fact]) -> list[Fact]:
    seen: set[str] = set()
    out = []
    for f in facts:
        if f.id not in seen:
            seen.add(f.id)
            out.append(f)
    return out


def _parent_key(e: Entity, ents: Iterable[Entity]) -> str | None:
    if not e.parent:
        return None
    for other in ents:
        if other.name == e.parent:
            return other.key
    return entity_key(e.parent, "province")


def _document_row(ex: Extraction) -> dict[str, Any]:
    d = ex.document
    return {
        "name": d.name,
        "source": d.source,
        "media_type": d.media_type,
        "encoding": d.encoding,
        "sha256": d.sha256,
        "size": d.size,
        "published": d.published.isoformat() if d.published else None,
        "published_inferred": d.published_inferred,
        "title": d.title,
        "author": d.author,
        "text": d.text,
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def _article_row(doc_id: int, a: Any, text: str) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "idx": a.index,
        "start": a.start,
        "end": a.end,
        "headline": a.headline.of(text) if a.headline else None,
        "byline": a.byline.of(text) if a.byline else None,
        "headline_start": a.headline.start if a.headline else None,
        "headline_end": a.headline.end if a.headline else None,
        "byline_start": a.byline.start if a.byline else None,
        "byline_end": a.byline.end if a.byline else None,
        "body": [[b.start, b.end] for b in a.body],
        "captions": [[b.start, b.end] for b in a.captions],
    }


def _fact_row(doc_id: int, f: Fact, text: str) -> dict[str, Any]:
    lo, hi = period_bounds(f.period)
    sentence = (
        text[f.sentence_start : f.sentence_end]
        if f.sentence_start is not None and f.sentence_end is not None
        else None
    )
    return {
        "id": f.id,
        "document_id": doc_id,
        "doc": f.doc,
        "article": f.article,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "sentence": sentence,
        "sentence_start": f.sentence_start,
        "sentence_end": f.sentence_end,
        "value": f.value,
        "value_high": f.value_high,
        "unit": f.unit,
        "counted": f.counted,
        "kind": f.kind,
        "direction": f.direction,
        "basis": f.basis,
        "status": f.status,
        "approx": f.approx,
        "indicator": f.indicator,
        "entity_id": entity_key(f.entity, f.entity_type or "group") if f.entity else None,
        "entity": f.entity,
        "entity_type": f.entity_type,
        "period": f.period,
        "period_start": lo,
        "period_end": hi,
        "qualifiers": dict(f.qualifiers),
        "rules": list(f.rules),
    }


def row_to_fact(r: dict[str, Any]) -> Fact:
    """A stored fact row back as a :class:`Fact`."""
    return Fact(
        doc=r["doc"],
        start=r["start"],
        end=r["end"],
        text=r["text"],
        value=r["value"],
        value_high=r["value_high"],
        unit=r["unit"],
        counted=r["counted"],
        kind=r["kind"],
        direction=r["direction"],
        basis=r["basis"],
        status=r["status"],
        approx=r["approx"],
        indicator=r["indicator"],
        entity=r["entity"],
        entity_type=r["entity_type"],
        period=r["period"],
        qualifiers=dict(r["qualifiers"] or {}),
        article=r["article"],
        sentence_start=r["sentence_start"],
        sentence_end=r["sentence_end"],
        rules=list(r["rules"] or []),
    )


def fact_record(r: dict[str, Any]) -> dict[str, Any]:
    """A stored fact row in the exchange format of facts.md."""
    return row_to_fact(r).to_record()
