"""A hand-made ledger for the web tests (no extraction pipeline needed).

The ledger is built from Extraction records written here (our own report sentences), saved
through ``Store.save``, with checks stored through ``Store.replace_checks``.
"""

from __future__ import annotations

import hashlib
from typing import Any

from tally.model import Article, Check, Document, Entity, Extraction, Fact, Span
from tally.store import Store

NORTHVALE = "Northvale"
ENTITIES = [
    Entity(name="Northvale", type="province", aliases=["Northvale province"]),
    Entity(name="Ashford", type="city", parent="Northvale"),
    Entity(name="Brook county", type="county", parent="Ashford"),
    Entity(name="Ashford High-tech Zone", type="zone", parent="Ashford"),
]
_TYPES = {e.name: e.type for e in ENTITIES}

DOC_2021 = (
    "Northvale trade climbs in first five months\n"
    "\n"
    "Foreign trade of Northvale province reached 62.4 billion yuan in the first five months of 2021, "
    "up 41.2 percent year-on-year. Exports stood at 38.1 billion yuan, while imports came to "
    "24.3 billion yuan.\n"
    "\n"
    "Ashford city reported exports of 9.6 billion yuan in 2020, and the Ashford High-tech Zone "
    "aims to host 300 companies by 2025.\n"
)
DOC_2020 = (
    "Northvale economy review\n"
    "\n"
    "Northvale's foreign trade totaled 120.5 billion yuan in 2020. Exports were 70.2 billion yuan "
    "and imports 45.1 billion yuan. Exports in 2019 came to 61 billion yuan.\n"
)
DOC_XSS = (
    "<script>alert(1)</script> Brook county notes\n"
    "\n"
    "Brook county produced 3,500 tons of tea in 2020 <b>under new rules</b> & more.\n"
)

# (needle, value, unit, indicator, entity, period, kind, extra)
FACTS: dict[str, list[tuple[Any, ...]]] = {
    "northvale-2021.txt": [
        ("62.4 billion yuan", 62.4e9, "CNY", "trade", "Northvale", "2021-01/2021-05", "level", {}),
        (
            "41.2 percent",
            41.2,
            "percent",
            "trade",
            "Northvale",
            "2021-01/2021-05",
            "change",
            {"direction": "up", "basis": "yoy"},
        ),
        ("38.1 billion yuan", 38.1e9, "CNY", "exports", "Northvale", "2021-01/2021-05", "level", {}),
        ("24.3 billion yuan", 24.3e9, "CNY", "imports", "Northvale", "2021-01/2021-05", "level", {}),
        ("9.6 billion yuan", 9.6e9, "CNY", "exports", "Ashford", "2020", "level", {}),
        (
            "300",
            300,
            "count",
            "enterprises",
            "Ashford High-tech Zone",
            "2025",
            "level",
            {"status": "target", "counted": "company"},
        ),
    ],
    "northvale-2020.txt": [
        ("120.5 billion yuan", 120.5e9, "CNY", "trade", "Northvale", "2020", "level", {}),
        ("70.2 billion yuan", 70.2e9, "CNY", "exports", "Northvale", "2020", "level", {}),
        ("45.1 billion yuan", 45.1e9, "CNY", "imports", "Northvale", "2020", "level", {}),
        ("61 billion yuan", 61e9, "CNY", "exports", "Northvale", "2019", "level", {}),
    ],
    "brook-xss.txt": [
        ("3,500 tons", 3500, "t", "production", "Brook county", "2020", "level", {}),
    ],
}
TEXTS = {"northvale-2021.txt": DOC_2021, "northvale-2020.txt": DOC_2020, "brook-xss.txt": DOC_XSS}
PUBLISHED = {
    "northvale-2021.txt": "2021-06-20",
    "northvale-2020.txt": "2021-01-15",
    "brook-xss.txt": "2021-02-01",
}


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(
        text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0,
        text.rfind("\n", 0, start) + 1,
    )
    hi_dot = text.find(". ", end)
    hi_nl = text.find("\n", end)
    cands = [x + 1 for x in (hi_dot,) if x >= 0] + [x for x in (hi_nl,) if x >= 0] + [len(text)]
    return lo, min(cands)


def extraction(name: str) -> Extraction:
    import datetime as dt

    text = TEXTS[name]
    doc = Document(
        name=name,
        source=f"tests/{name}",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        size=len(text.encode()),
        published=dt.date.fromisoformat(PUBLISHED[name]),
        title=text.split("\n", 1)[0],
    )
    head_end = text.index("\n")
    article = Article(
        index=0,
        start=0,
        end=len(text),
        headline=Span(start=0, end=head_end),
        body=[Span(start=head_end + 2, end=len(text))],
    )
    facts = []
    for needle, value, unit, ind, ent, period, kind, extra in FACTS[name]:
        start = text.index(needle)
        end = start + len(needle)
        s0, s1 = _sentence(text, start, end)
        facts.append(
            Fact(
                doc=name,
                start=start,
                end=end,
                text=needle,
                value=value,
                unit=unit,
                kind=kind,
                status=extra.get("status", "actual"),
                indicator=ind,
                entity=ent,
                entity_type=_TYPES[ent],
                period=period,
                direction=extra.get("direction"),
                basis=extra.get("basis"),
                counted=extra.get("counted"),
                article=0,
                sentence_start=s0,
                sentence_end=s1,
            )
        )
    ents = [
        e
        for e in ENTITIES
        if any(f.entity == e.name for f in facts) or e.name == "Northvale" or e.name == "Ashford"
    ]
    return Extraction(document=doc, articles=[article], facts=facts, entities=ents)


def fact_id_of(name: str, needle: str) -> str:
    start = TEXTS[name].index(needle)
    return f"{name}:{start}-{start + len(needle)}"


CONTRADICTION = Check(
    rule="trade_sum",
    status="contradiction",
    expected=120.5e9,
    observed=115.3e9,
    tolerance=0.01,
    explanation="exports 70.2 billion + imports 45.1 billion = 115.3 billion, but trade is 120.5 billion",
    facts=[
        fact_id_of("northvale-2020.txt", "120.5 billion yuan"),
        fact_id_of("northvale-2020.txt", "70.2 billion yuan"),
        fact_id_of("northvale-2020.txt", "45.1 billion yuan"),
    ],
    key="Northvale|trade|2020",
)
OK_CHECK = Check(
    rule="trade_sum",
    status="ok",
    expected=62.4e9,
    observed=62.4e9,
    tolerance=0.01,
    explanation="exports 38.1 billion + imports 24.3 billion = 62.4 billion, as stated",
    facts=[
        fact_id_of("northvale-2021.txt", "62.4 billion yuan"),
        fact_id_of("northvale-2021.txt", "38.1 billion yuan"),
        fact_id_of("northvale-2021.txt", "24.3 billion yuan"),
    ],
    key="Northvale|trade|2021-01/2021-05",
)


def build_ledger(db: str) -> Store:
    store = Store(db)
    for name in TEXTS:
        store.save(extraction(name))
    store.replace_checks([CONTRADICTION, OK_CHECK])
    return store
