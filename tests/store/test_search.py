"""Text search ``q`` on every backend: the facts whose sentence or mention contains ``q``
(case-insensitive substring), exactly as a plain Python filter finds them, before and after
a document is replaced. On SQLite searches of three or more characters go through the
trigram index ``facts_fts`` (migration 0004), which must return what LIKE alone returns and
stay in step with ``facts``."""

from __future__ import annotations

import hashlib

import pytest
import sqlalchemy as sa

from tally.model import Document, Extraction, Fact
from tally.store import FactFilter, Store, db
from tally.store import schema as s
from tally.store.db import _FTS_TABLE

# (sentence, mention) pairs; a None sentence is stored as NULL (only the mention is searched)
V1 = [
    ("Saffron exports from the valley rose 12.5 percent to 3.2 billion rupees in 2023.", "12.5 percent"),
    ("The port handled 45% more cargo_containers than a year earlier.", "45%"),
    ('Zürich\'s "smart grid" pilot drew 1,200 households by March.', "1,200 households"),
    ("LITHIUM reserves in the basin were put at 2 million tonnes.", "2 million tonnes"),
    (None, "7.5 million tonnes"),
    ("A 100% rise in café openings, to 64, surprised the council.", "64"),
]
V2 = [
    ("Graphene output at the new plant reached 310 tonnes, the bureau said.", "310 tonnes"),
    ("The port handled 38% more cargo_containers than a year earlier.", "38%"),
    (None, "9.1 million tonnes"),
]

QUERIES = [
    "saffron",
    "SAFFRON",
    "  Lithium ",
    "lithium reserves",
    "45%",
    "5% m",
    "o_c",
    "%",
    "_",
    "e",
    "ur",
    "Zü",
    "zürich",
    '"smart',
    'grid" pilot',
    "percent",
    "12.5 percent",
    "million",
    "tonnes",
    "7.5 m",
    "graphene output reached 310",
    "nothing-here",
    "a b",
    "rupees in",
    "ron",
    "café",
    "% r",
    "   ",
    "\\",
    "grid\\",
]


def _doc(name: str, rows: list[tuple[str | None, str]]) -> Extraction:
    parts, facts, pos = [], [], 0
    for sentence, mention in rows:
        body = sentence if sentence is not None else f"Reserves: {mention}."
        start = pos + body.index(mention)
        facts.append(
            Fact(
                doc=name,
                start=start,
                end=start + len(mention),
                text=mention,
                value=1.0,
                unit="count",
                sentence_start=pos if sentence is not None else None,
                sentence_end=pos + len(body) if sentence is not None else None,
            )
        )
        parts.append(body)
        pos += len(body) + 1
    text = " ".join(parts)
    data = text.encode("utf-8")
    doc = Document(
        name=name, source=f"in/{name}", text=text, sha256=hashlib.sha256(data).hexdigest(), size=len(data)
    )
    return Extraction(document=doc, articles=[], facts=facts, entities=[])


def _expected(store: Store, q: str) -> list[str]:
    """The ids a plain Python substring filter finds over every stored fact."""
    needle = q.strip().lower()
    rows, _ = store.facts()
    return sorted(
        r["id"] for r in rows if needle in (r["sentence"] or "").lower() or needle in r["text"].lower()
    )


def _found(store: Store, q: str) -> list[str]:
    rows, _ = store.facts(FactFilter(q=q))
    assert store.count_facts(FactFilter(q=q)) == len(rows)
    return sorted(r["id"] for r in rows)


@pytest.fixture
def store(db_url: str) -> Store:
    st = Store(db_url)
    st.save(_doc("valley.txt", V1))
    st.save(_doc("other.txt", V2[:1]))
    return st


@pytest.mark.parametrize("q", QUERIES)
def test_search_is_a_substring_filter(store: Store, q: str) -> None:
    assert _found(store, q) == _expected(store, q)


@pytest.mark.parametrize("q", QUERIES)
def test_search_after_a_document_is_replaced(store: Store, q: str) -> None:
    assert store.save(_doc("valley.txt", V2)).status == "replaced"
    assert _found(store, q) == _expected(store, q)
    _integrity_check(store)


@pytest.mark.parametrize(
    ("q", "before", "after"),
    [
        ("saffron", 1, 0),
        ("graphene", 1, 2),
        ("cargo_containers", 1, 1),
        ("45%", 1, 0),
        ("million tonnes", 2, 1),
    ],
)
def test_replacement_changes_what_is_found(store: Store, q: str, before: int, after: int) -> None:
    assert len(_found(store, q)) == before
    store.save(_doc("valley.txt", V2))
    assert len(_found(store, q)) == after


def test_sqlite_index_returns_what_like_alone_returns(sqlite_url: str) -> None:
    """Case folding stays SQLite LIKE's (ASCII only) although the trigram index folds more."""
    store = Store(sqlite_url)
    store.save(_doc("valley.txt", V1 + [("Visitors in ÉTÉ 2024 numbered 5,000.", "5,000")]))
    plain = Store(sqlite_url)
    plain._fts = False  # noqa: SLF001 - LIKE alone, as before migration 0004
    assert store._has_fts()  # noqa: SLF001
    for q in QUERIES + ["été", "ÉTÉ", "visitors in é"]:
        assert _found(store, q) == _found(plain, q), q


def _plan(store: Store, q: str) -> str:
    stmt = sa.select(s.facts.c.id).where(
        *store._fact_conditions(FactFilter(q=q))  # noqa: SLF001 - the statement Store.facts runs
    )
    sql = str(stmt.compile(dialect=store.engine.dialect, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as c:
        return " ".join(r[-1] for r in c.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


@pytest.mark.parametrize(("q", "indexed"), [("saffron", True), ("45%", True), ("ur", False), ("%", False)])
def test_sqlite_uses_the_trigram_index_from_three_characters(sqlite_url: str, q: str, indexed: bool) -> None:
    store = Store(sqlite_url)
    store.save(_doc("valley.txt", V1))
    assert (_FTS_TABLE in _plan(store, q)) is indexed


@pytest.mark.parametrize("q", ["tonnes", "million tonnes", "saffron", "nothing-here", "o_c"])
def test_sqlite_scans_for_words_in_many_facts(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, q: str
) -> None:
    """A word in more facts than the index should hand over is searched by a scan, same results."""
    monkeypatch.setattr(db, "_FTS_MAX_CANDIDATES", 1)
    store = Store(sqlite_url)
    store.save(_doc("valley.txt", V1))
    store.save(_doc("other.txt", V2))
    assert (_FTS_TABLE in _plan(store, q)) is (len(_expected(store, q)) <= 1)
    assert _found(store, q) == _expected(store, q)


def test_sqlite_index_follows_cascading_deletes(sqlite_url: str) -> None:
    store = Store(sqlite_url)
    store.save(_doc("valley.txt", V1))
    store.save(_doc("other.txt", V2))
    with store._writer.begin() as c:  # noqa: SLF001
        c.exec_driver_sql("DELETE FROM documents WHERE name = 'valley.txt'")
    _integrity_check(store)
    assert _found(store, "saffron") == []
    assert len(_found(store, "graphene")) == 1


def _integrity_check(store: Store) -> None:
    """FTS5's own check that the index holds exactly the content table's rows (SQLite)."""
    if not store.is_sqlite:
        return
    with store._writer.begin() as c:  # noqa: SLF001
        c.exec_driver_sql(f"INSERT INTO {_FTS_TABLE}({_FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
