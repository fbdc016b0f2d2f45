"""The store on every backend: saves (added / unchanged / replaced, atomic), filters, period
overlap, cursor pagination in every sort order, entity aliases, checks."""

from __future__ import annotations

import hashlib
import itertools
import threading

import pytest
import sqlalchemy as sa

from tally.errors import QueryError, StoreError
from tally.model import Article, Check, Document, Entity, Extraction, Fact, Span
from tally.store import FactFilter, Store
from tally.store import schema as s
from tally.store.db import SORTABLE, entity_name_rows


def make_doc(name: str, text: str, **kw) -> Document:
    data = text.encode("utf-8")
    return Document(
        name=name,
        source=f"in/{name}",
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        **kw,
    )


def fact_at(doc: Document, needle: str, value, unit, **kw) -> Fact:
    start = doc.text.index(needle)
    return Fact(
        doc=doc.name,
        start=start,
        end=start + len(needle),
        text=needle,
        value=value,
        unit=unit,
        sentence_start=0,
        sentence_end=len(doc.text),
        **kw,
    )


TEXT_A = (
    "Linfen exports rose 12.5 percent to 3.2 billion yuan in 2021. "
    "The city aims for 5 billion yuan by 2025. In June, 4,500 firms registered."
)
TEXT_B = "Datong output reached 90.5 billion yuan from January to May, while 310 new jobs were added."


def extraction_a(text: str = TEXT_A) -> Extraction:
    doc = make_doc("linfen.txt", text, published=__import__("datetime").date(2022, 1, 5), encoding="gb18030")
    facts = [
        fact_at(
            doc,
            "12.5 percent",
            12.5,
            "percent",
            kind="change",
            direction="up",
            basis="yoy",
            indicator="exports",
            entity="Linfen",
            entity_type="city",
            period="2021",
        ),
        fact_at(
            doc,
            "3.2 billion yuan",
            3.2e9,
            "CNY",
            indicator="exports",
            entity="Linfen",
            entity_type="city",
            period="2021",
        ),
        fact_at(
            doc,
            "5 billion yuan",
            5e9,
            "CNY",
            status="target",
            indicator="exports",
            entity="Linfen",
            entity_type="city",
            period="2021/2025",
        ),
    ]
    if "4,500" in text:
        facts.append(
            fact_at(
                doc,
                "4,500",
                4500,
                "count",
                counted="firm",
                indicator="enterprises",
                entity="Linfen",
                entity_type="city",
                period="2021-06",
            )
        )
    ents = [
        Entity(name="Linfen", type="city", parent="Shanxi", aliases=["Linfen City"]),
        Entity(name="Shanxi", type="province", aliases=["Shanxi province"]),
    ]
    art = Article(
        index=0, start=0, end=len(text), headline=Span(start=0, end=6), body=[Span(start=0, end=len(text))]
    )
    return Extraction(document=doc, articles=[art], facts=facts, entities=ents)


def extraction_b() -> Extraction:
    doc = make_doc("datong.txt", TEXT_B)
    facts = [
        fact_at(
            doc,
            "90.5 billion yuan",
            90.5e9,
            "CNY",
            indicator="output",
            entity="Datong",
            entity_type="city",
            period="2021-01/2021-05",
        ),
        fact_at(
            doc,
            "310",
            310,
            "count",
            counted="job",
            indicator="employment",
            entity="Datong",
            entity_type="city",
            period=None,
        ),
    ]
    ents = [Entity(name="Datong", type="city", parent="Shanxi", aliases=["Datong City", "DATONG"])]
    return Extraction(
        document=doc, articles=[Article(index=0, start=0, end=len(TEXT_B))], facts=facts, entities=ents
    )


@pytest.fixture
def store(db_url):
    st = Store(db_url)
    yield st
    st.close()


@pytest.fixture
def filled(store):
    store.save(extraction_a())
    store.save(extraction_b())
    return store


# ---------------------------------------------------------------------- saves
def test_save_added_unchanged_replaced(store):
    r1 = store.save(extraction_a())
    assert (r1.status, r1.facts, r1.articles) == ("added", 4, 1)
    assert store.save(extraction_a()).status == "unchanged"
    assert store.counts()["facts"] == 4
    changed = TEXT_A.replace("4,500 firms", "4,700 firms")
    ex = extraction_a(changed)
    ex.facts.append(fact_at(ex.document, "4,700", 4700, "count"))
    r3 = store.save(ex)
    assert r3.status == "replaced" and r3.document_id == r1.document_id
    rows, _ = store.facts(FactFilter(doc="linfen.txt"))
    assert sorted(r["text"] for r in rows) == sorted(
        ["12.5 percent", "3.2 billion yuan", "5 billion yuan", "4,700"]
    )
    assert store.document_hash("linfen.txt") == ex.document.sha256
    assert store.document("linfen.txt")["text"] == changed
    c = store.counts()
    assert (c["documents"], c["facts"], c["articles"]) == (1, 4, 1)


def test_document_row_keeps_metadata(store):
    store.save(extraction_a())
    (d,) = store.documents()
    assert d["name"] == "linfen.txt" and d["encoding"] == "gb18030" and d["published"] == "2022-01-05"
    assert d["facts"] == 4 and d["size"] == len(TEXT_A.encode())
    full = store.document("linfen.txt")
    assert full["text"] == TEXT_A and full["articles"][0]["headline"] == "Linfen"


def test_failed_replace_leaves_the_old_version_whole(store):
    store.save(extraction_a())
    before = store.facts()[0]
    ex = extraction_a(TEXT_A + " Later figures followed.")
    broken = fact_at(ex.document, "Later", None, "count")
    broken.unit = None  # type: ignore[assignment]  # NOT NULL: the insert fails mid-transaction
    ex.facts.append(broken)
    with pytest.raises(StoreError) as info:
        store.save(ex)
    assert str(info.value).startswith("linfen.txt: cannot store the document")
    assert store.facts()[0] == before
    assert store.document_hash("linfen.txt") == extraction_a().document.sha256
    assert store.document("linfen.txt")["text"] == TEXT_A


def test_duplicate_fact_spans_are_stored_once(store):
    ex = extraction_a()
    ex.facts.append(ex.facts[0])
    assert store.save(ex).facts == 4
    assert store.counts()["facts"] == 4


def test_offsets_point_into_the_stored_text(filled):
    for r in filled.facts()[0]:
        text = filled.document(r["doc"])["text"]
        assert text[r["start"] : r["end"]] == r["text"]


# ---------------------------------------------------------------------- filters
@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (FactFilter(entity="Linfen"), {"12.5 percent", "3.2 billion yuan", "5 billion yuan", "4,500"}),
        (FactFilter(entity="linfen city"), {"12.5 percent", "3.2 billion yuan", "5 billion yuan", "4,500"}),
        (FactFilter(entity="DATONG"), {"90.5 billion yuan", "310"}),
        (FactFilter(entity="Nowhere"), set()),
        (FactFilter(indicator="exports"), {"12.5 percent", "3.2 billion yuan", "5 billion yuan"}),
        (FactFilter(indicator="exports", kind="change"), {"12.5 percent"}),
        (FactFilter(status="target"), {"5 billion yuan"}),
        (FactFilter(unit="CNY", doc="datong.txt"), {"90.5 billion yuan"}),
        (FactFilter(doc="linfen.txt", unit="count"), {"4,500"}),
        (FactFilter(q="FIRMS REGISTERED"), {"12.5 percent", "3.2 billion yuan", "5 billion yuan", "4,500"}),
        (FactFilter(q="100%_"), set()),
        (FactFilter(ids=["datong.txt:0-0"]), set()),
    ],
)
def test_filters(filled, flt, expected):
    rows, nxt = filled.facts(flt)
    assert {r["text"] for r in rows} == expected and nxt is None
    assert filled.count_facts(flt) == len(expected)


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2021", {"12.5 percent", "3.2 billion yuan", "5 billion yuan", "4,500", "90.5 billion yuan"}),
        ("2021-06", {"12.5 percent", "3.2 billion yuan", "5 billion yuan", "4,500"}),
        ("2021-03", {"12.5 percent", "3.2 billion yuan", "5 billion yuan", "90.5 billion yuan"}),
        ("2021-05-31", {"12.5 percent", "3.2 billion yuan", "5 billion yuan", "90.5 billion yuan"}),
        ("2024", {"5 billion yuan"}),
        ("2019/2020", set()),
        ("2020/2021", {"12.5 percent", "3.2 billion yuan", "5 billion yuan", "4,500", "90.5 billion yuan"}),
        ("2026", set()),
    ],
)
def test_period_overlap(filled, period, expected):
    rows, _ = filled.facts(FactFilter(period=period))
    assert {r["text"] for r in rows} == expected


def test_period_from_to(filled):
    rows, _ = filled.facts(FactFilter(period_from="2021-06", period_to="2021-06"))
    assert {r["text"] for r in rows} == {"12.5 percent", "3.2 billion yuan", "5 billion yuan", "4,500"}
    rows, _ = filled.facts(FactFilter(period_from="2022"))
    assert {r["text"] for r in rows} == {"5 billion yuan"}


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"flt": FactFilter(period="last year")}, "period"),
        ({"flt": FactFilter(period_from="soon")}, "period_from"),
        ({"order": "sentence"}, "order"),
        ({"limit": 0}, "limit"),
        ({"cursor": "not-a-cursor!"}, "cursor"),
    ],
)
def test_bad_queries_raise_query_errors(filled, kwargs, field):
    with pytest.raises(QueryError) as info:
        filled.facts(**kwargs)
    assert info.value.field == field


# ---------------------------------------------------------------------- pagination
@pytest.fixture
def many(store):
    """Thirty facts with repeated values, NULL values and NULL periods."""
    words = [f"w{i:02d}" for i in range(30)]
    doc = make_doc("many.txt", " ".join(words))
    values = [None, 5.0, 5.0, 1.5, None, 300.0, -2.0, 5.0, 0.0, 1e12]
    facts = []
    for i, w in enumerate(words):
        facts.append(
            fact_at(
                doc,
                w,
                values[i % len(values)],
                ["CNY", "percent", "count"][i % 3],
                kind=["level", "change", "share"][i % 3],
                indicator=["gdp", "exports"][i % 2],
                entity=[None, "Linfen", "Datong", "Changzhi"][i % 4],
                entity_type="city",
                period=[None, "2021", "2020-06", "2019/2021", "2021-01/2021-05"][i % 5],
            )
        )
    store.save(Extraction(document=doc, articles=[], facts=facts, entities=[]))
    return store


@pytest.mark.parametrize("order", SORTABLE)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("limit", [1, 4, 7])
def test_cursor_pages_concatenate_to_the_full_list(many, order, descending, limit):
    full, nxt = many.facts(order=order, descending=descending)
    assert nxt is None and len(full) == 30
    pages, cursor, seen = [], None, 0
    while True:
        rows, cursor = many.facts(order=order, descending=descending, limit=limit, cursor=cursor)
        assert len(rows) <= limit
        pages += rows
        seen += 1
        if cursor is None:
            break
        assert seen < 100
    ids = [r["id"] for r in pages]
    assert len(ids) == len(set(ids)) == 30
    assert ids == [r["id"] for r in full]
    # the order really is by the column, NULLs last in both directions
    col = [r[order] for r in pages]
    non_null = [v for v in col if v is not None]
    assert col[: len(non_null)] == non_null
    assert non_null == sorted(non_null, reverse=descending)


def test_pagination_with_a_filter(many):
    flt = FactFilter(indicator="gdp")
    pages, cursor = [], None
    while True:
        rows, cursor = many.facts(flt, order="value", limit=4, cursor=cursor)
        pages += rows
        if cursor is None:
            break
    assert [r["id"] for r in pages] == [r["id"] for r in many.facts(flt, order="value")[0]]
    assert len(pages) == 15



@pytest.mark.parametrize(
    "flt",
    [
        FactFilter(indicator="gdp", period_from="2020", period_to="2021"),
        FactFilter(entity="Linfen", indicator="exports"),
        FactFilter(kind="share", unit="count"),
        FactFilter(q="w1"),
        FactFilter(period="2021"),
    ],
    ids=["indicator+range", "entity+indicator", "kind+unit", "q", "period"],
)
@pytest.mark.parametrize("order", ["id", "value", "period_start"])
def test_a_page_is_the_head_of_the_full_list(many, flt, order):
    """A page picks its rows by key first and reads them after (the deferred join of
    ``facts_statement``): the same rows, in the same order, as the unpaged query's head."""
    full, _ = many.facts(flt, order=order)
    assert full, "the filter must match something for the test to mean anything"
    for limit in (1, 2, len(full), len(full) + 3):
        rows, nxt = many.facts(flt, order=order, limit=limit)
        assert [r["id"] for r in rows] == [r["id"] for r in full[:limit]]
        assert rows == full[:limit]  # every column read, not only the key
        assert (nxt is None) == (limit >= len(full))

# ---------------------------------------------------------------------- entities and checks
def test_entity_aliases_merge_across_documents(filled):
    ex = extraction_b()
    ex.document = make_doc("datong-2.txt", TEXT_B + " ")
    for f in ex.facts:
        f.doc = "datong-2.txt"
    ex.entities = [Entity(name="Datong", type="city", aliases=["Datong Municipality"])]
    filled.save(ex)
    ents = {e["name"]: e for e in filled.entities()}
    assert ents["Datong"]["aliases"] == ["DATONG", "Datong City", "Datong Municipality"]
    assert ents["Datong"]["parent_id"] == "province:shanxi"
    assert ents["Linfen"]["parent_id"] == "province:shanxi"
    assert ents["Datong"]["facts"] == 4 and ents["Shanxi"]["facts"] == 0
    assert filled.entity("datong municipality")["name"] == "Datong"
    assert filled.entity_ids("Shanxi Province") == ["province:shanxi"]
    assert filled.entity_ids("DATONG MUNICIPALITY") == ["city:datong"]
    assert [c["name"] for c in filled.children("province:shanxi")] == ["Datong", "Linfen"]


def entity_doc(name: str, *ents: Entity) -> Extraction:
    """A document holding nothing but ``ents`` (the text makes its hash)."""
    doc = make_doc(name, f"{name}: " + ", ".join(e.name for e in ents) + ".")
    return Extraction(document=doc, articles=[], facts=[], entities=list(ents))


def name_rows(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as c:
        rows = c.execute(sa.select(s.entity_names.c.entity_id, s.entity_names.c.name)).all()
    return sorted((r.entity_id, r.name) for r in rows)


def names_of_entities(store: Store) -> list[tuple[str, str]]:
    """The rows entity_names must hold: each stored entity's name and aliases."""
    return sorted(
        (r["entity_id"], r["name"])
        for e in store.entities()
        for r in entity_name_rows(e["id"], e["name"], e["aliases"])
    )


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("Linfen", ["city:linfen"]),
        ("linfen", ["city:linfen"]),
        ("  LINFEN CITY ", ["city:linfen"]),             # an alias, any case, spaces around
        ("datong", ["city:datong"]),
        ("DATONG", ["city:datong"]),                     # an alias equal to the name in another case
        ("datong city", ["city:datong"]),
        ("Shanxi Province", ["province:shanxi"]),
        ("Linf", []),                                    # a prefix is not a name
        ("linfen city datong", []),
        ("%", []),                                       # LIKE wildcards are plain characters
        ("_infen", []),
        ("", []),
    ],
)
def test_entity_ids_by_name_or_alias(filled, name, ids):
    assert filled.entity_ids(name) == ids


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("Zürich", ["city:zürich"]),
        ("ZÜRICH", ["city:zürich"]),                     # lower-cased by Python, not the database
        ("zürich stadt", ["city:zürich"]),
        ("ZÜRICH STADT", ["city:zürich"]),
        ("Łódź", ["city:łódź"]),
        ("ŁÓDŹ", ["city:łódź"]),
        ("zurich", []),
    ],
)
def test_entity_ids_non_ascii(store, name, ids):
    store.save(entity_doc(
        "europe.txt",
        Entity(name="Zürich", type="city", aliases=["ZÜRICH STADT"]),
        Entity(name="Łódź", type="city"),
    ))
    assert store.entity_ids(name) == ids


def test_non_ascii_alias_filters_facts(store):
    ex = extraction_b()
    ex.entities = [Entity(name="Datong", type="city", aliases=["大同", "DATONG-Š"])]
    store.save(ex)
    for name in ("大同", "datong-š", "Datong-Š"):
        assert store.count_facts(FactFilter(entity=name)) == 2, name


def test_same_name_for_several_entities(store):
    store.save(entity_doc(
        "two.txt", Entity(name="Shanxi", type="province"), Entity(name="Shanxi", type="city")
    ))
    store.save(entity_doc("three.txt", Entity(name="Shanxi Town", type="town", aliases=["shanxi"])))
    assert store.entity_ids("SHANXI") == ["city:shanxi", "province:shanxi", "town:shanxi town"]


def test_aliases_of_a_later_document_are_found(filled):
    assert filled.entity_ids("Datong Municipality") == []
    filled.save(entity_doc("later.txt", Entity(name="Datong", type="city", aliases=["Datong Municipality"])))
    assert filled.entity_ids("datong municipality") == ["city:datong"]
    assert filled.entity_ids("Datong City") == ["city:datong"]      # the earlier aliases stay
    assert filled.count_facts(FactFilter(entity="DATONG MUNICIPALITY")) == 2
    assert name_rows(filled) == names_of_entities(filled)


def test_entity_names_are_stored_once(filled):
    first = name_rows(filled)
    assert first == names_of_entities(filled)
    assert len(first) == len(set(first))
    filled.save(extraction_a())                                      # unchanged
    filled.save(extraction_a(TEXT_A + " "))                          # replaced, same entities
    ex = extraction_b()
    ex.document = make_doc("datong-again.txt", TEXT_B + "  ")       # the same entities again
    for f in ex.facts:
        f.doc = ex.document.name
    filled.save(ex)
    assert name_rows(filled) == first


def test_concurrent_saves_keep_every_name(db_url):
    """Writers adding aliases to the same entities at once: every alias is stored and findable."""
    Store(db_url).close()  # the schema, created once
    writers, docs = 4, 5
    errors: list[BaseException] = []

    def write(w: int) -> None:
        st = Store(db_url)
        try:
            for d in range(docs):
                st.save(entity_doc(
                    f"w{w}-d{d}.txt",
                    Entity(name="Datong", type="city", aliases=[f"Datong {w}-{d}", "Datong City"]),
                    Entity(name=f"Place {w}", type="county", aliases=[f"Town {d}"]),
                ))
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)
        finally:
            st.close()

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    store = Store(db_url)
    rows = name_rows(store)
    assert rows == names_of_entities(store)
    assert len([r for r in rows if r[0] == "city:datong"]) == 2 + writers * docs
    for w, d in itertools.product(range(writers), range(docs)):
        assert store.entity_ids(f"datong {w}-{d}") == ["city:datong"]
        assert store.entity_ids(f"TOWN {d}")[w] == f"county:place {w}"
    store.close()


def test_replace_checks(filled):
    rows, _ = filled.facts(FactFilter(doc="linfen.txt"))
    ids = [r["id"] for r in rows]
    first = [
        Check(
            rule="share",
            status="ok",
            expected=1.0,
            observed=1.0,
            tolerance=0.01,
            explanation="a",
            facts=ids[:2],
            key="Linfen|exports|2021",
        ),
        Check(
            rule="growth",
            status="contradiction",
            expected=10.0,
            observed=12.5,
            tolerance=0.5,
            explanation="b",
            facts=ids[1:3],
            key="Linfen|exports|2021",
        ),
    ]
    filled.replace_checks(first)
    assert {c["rule"] for c in filled.checks()} == {"share", "growth"}
    assert [c["rule"] for c in filled.checks(status="contradiction")] == ["growth"]
    assert {c["rule"] for c in filled.checks(fact=ids[1])} == {"share", "growth"}
    assert [c["rule"] for c in filled.checks(fact=ids[0])] == ["share"]
    filled.replace_checks(first[:1])
    assert [c["rule"] for c in filled.checks()] == ["share"]
    assert filled.checks(fact=ids[2]) == []
    filled.replace_checks([])
    assert filled.checks() == [] and filled.counts()["checks"] == 0


def test_all_facts_round_trip(filled):
    back = {f.id: f for f in filled.all_facts()}
    for f in itertools.chain(extraction_a().facts, extraction_b().facts):
        assert back[f.id].to_record() == f.to_record()


def test_recompute_checks_reads_and_replaces_in_one_transaction(filled):
    seen: list[int] = []

    def compute(facts):
        seen.append(len(facts))
        return [
            Check(
                rule="count",
                status="ok",
                expected=len(facts),
                observed=len(facts),
                tolerance=0,
                explanation="all facts",
                facts=[f.id for f in facts[:2]],
                key="all",
            )
        ]

    out = filled.recompute_checks(compute)
    assert seen == [6] and len(out) == 1
    (stored,) = filled.checks()
    assert stored["expected"] == 6 and len(stored["facts"]) == 2
