"""Qualifiers of a fact: per (a day, annual, each family), scope, partner, product (own sentences)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from tally.extract.facts import extract_facts
from tally.model import Document

CASES = [
    (
        "Its exports to Belt and Road countries totaled 9 billion yuan.",
        "9 billion yuan",
        "partner",
        "Belt and Road countries",
    ),
    ("Trade with Arab countries grew 20 percent.", "20 percent", "partner", "Arab countries"),
    ("Trade with ASEAN reached 30 billion yuan.", "30 billion yuan", "partner", "ASEAN"),
    ("The plant will have a capacity of 800 tonnes of steel a day.", "800 tonnes", "per", "day"),
    ("Firms with annual revenue of more than 20 million yuan qualify.", "20 million yuan", "per", "year"),
    ("Average annual income for workers in the sector reached 52,000 yuan.", "52,000 yuan", "per", "year"),
    ("The city plans to add 50,000 new residents a year.", "50,000", "per", "year"),
    ("Each household earned about 12,000 yuan from the orchards.", "12,000 yuan", "per", "household"),
    (
        "Output rose to 9 million tonnes from 8 million tonnes a year earlier.",
        "8 million tonnes",
        "per",
        None,
    ),
    ("Sales grew 4 percent a year on average.", "4 percent", "per", None),
    ("Per capita disposable income reached 30,000 yuan.", "30,000 yuan", "scope", "per capita"),
    ("Exports to Japan rose to $3 billion.", "$3 billion", "partner", "Japan"),
    ("The firm exported 40,000 robots.", "40,000", "product", "robot"),
    # a partner group after 'trade between A and'
    (
        "In the first half, trade between Hubei and Belt and Road countries reached 30 billion yuan.",
        "30 billion yuan",
        "partner",
        "Belt and Road countries",
    ),
    # the goods after 'exports of'
    (
        "Exports of cut flowers from the county rose to 2 billion yuan.",
        "2 billion yuan",
        "product",
        "cut flowers",
    ),
    ("Exports of the province rose to 2 billion yuan.", "2 billion yuan", "product", None),
    # the sector named before the figure in its clause
    (
        "The added value of the new materials industry rose 12.8 percent.",
        "12.8 percent",
        "sector",
        "new materials",
    ),
    (
        (
            "High-tech manufacturing grew 20 percent, while the "
            "added value of the textile industry fell 3 percent."
        ),
        "3 percent",
        "sector",
        "textile",
    ),
    (
        "The city's electronics industry had an output value of 60 billion yuan.",
        "60 billion yuan",
        "sector",
        "electronics",
    ),
    ("The industry employs 5,000 people.", "5,000", "sector", None),
    # figures of the same goods later in the sentence
    (
        "The county exported 2 million solar panels worth 900 million yuan from January to May, "
        "a year-on-year increase of 50 percent and 60 percent, respectively.",
        "60 percent",
        "product",
        "panel",
    ),
    (
        "The firm exported 40,000 robots, and its total exports rose 20 percent.",
        "20 percent",
        "product",
        None,
    ),
    # 'Their overseas sales': the goods the sentence before is about
    (
        "Textile products made up most of the exports. Their overseas sales reached 30 billion yuan, "
        "accounting for 60 percent of the city's total exports and representing a rise of 20 percent.",
        "20 percent",
        "product",
        "textile products",
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "key", "expected"), CASES)
def test_qualifier(sentence: str, figure: str, key: str, expected: str | None) -> None:
    doc = Document(
        name="t.txt",
        source="-",
        text=sentence,
        sha256=hashlib.sha256(sentence.encode()).hexdigest(),
        published=dt.date(2021, 7, 20),
    )
    got = {f.text: f for f in extract_facts(doc, [])[0]}
    assert figure in got, list(got)
    assert got[figure].qualifiers.get(key) == expected, got[figure].qualifiers


SECTOR_CLAUSES = [
    "the added value of the new materials industry rose",
    "the steel industry chemical industry grew",
    "its industry-wide output and the textile industry",
    "the auto industry's sales in the machinery sector",
    "the tourism industry’s revenue and the tech sector",
    "firms in the -related manufacturing and chip industries",
    "the local industry chains and the solar industry park",
    "Exports by the  electronics   manufacturing sector",
    "a b c d e industry",
    "industry",
    "the Café industry in Zürich and the wine sector",
    "high-tech manufacturing-based industry's, the food industry",
    "",
]


@pytest.mark.parametrize("clause", SECTOR_CLAUSES)
def test_sector_matches_as_the_pattern(clause: str) -> None:
    """``_sector_matches`` (the pattern tried where word runs start) finds ``_SECTOR``'s own matches."""
    from tally.extract import qualifiers as Q

    def spans(ms: list) -> list:
        return [(m.span(), m.groups()) for m in ms]

    want = spans(list(Q._SECTOR.rx.finditer(clause)))
    assert spans(Q._sector_matches(clause)) == want
    for i in range(len(clause)):  # every suffix, as a clause cut elsewhere
        assert spans(Q._sector_matches(clause[i:])) == spans(list(Q._SECTOR.rx.finditer(clause[i:])))


GOODS_WINDOWS = [
    "Exports of solar cells rose",
    "the province's exports of solar cells and imports of crude oil were",
    "output of steel, production of cars fell",
    "SALES OF new homes climbed",
    "reexports of toys, and shipments of grain from the port",
    "the café's exports of coffee beans rose",
    "exports of exports of toys to Japan, and exports of tea from the port rose",
    "Exports of goods, imports of oil, shipments of grain from the port",
    "output of sales of cars rose and sales of trucks, output of buses rose",
    "the exportsales of fish from, Imports  of \n rice were",
    "production of production of steel was, production",
    "nothing here",
    "",
]


@pytest.mark.parametrize("window", GOODS_WINDOWS)
def test_goods_matches_as_the_pattern(window: str) -> None:
    """``_goods_matches`` (the pattern matched where a word a match may start with starts) finds the
    pattern's own matches."""
    from tally.extract import qualifiers as Q

    for i in range(len(window) + 1):
        w = window[i:]
        want = [(m.span(), m.groups()) for m in Q._GOODS_OF.rx.finditer(w)]
        assert [(m.span(), m.groups()) for m in Q._goods_matches(w)] == want, w


GOODS_SUBJECT_WINDOWS = [
    "Electronic products accounted for half of the total. ",
    "The plant ships to Europe. Machinery and equipment were the main items. ",
    "Farm goods led the list.\n  Mechanical and electrical products made up 58 percent! ",
    "Sales rose. Textiles were strong. ",
    "PRODUCTS ACCOUNTED for most. ",
    "Goods accounted for most. ",
    "",
]


@pytest.mark.parametrize("window", GOODS_SUBJECT_WINDOWS)
def test_goods_nouns_pretest_as_the_pattern(window: str) -> None:
    """A window holding none of ``_GOODS_NOUNS`` has no match of ``_GOODS_SUBJECT`` (the pre-test of
    ``_goods_referred``), and each match holds one."""
    from tally.extract import qualifiers as Q

    for i in range(len(window) + 1):
        w = window[i:]
        m = Q._GOODS_SUBJECT.search(w)
        if not any(noun in w for noun in Q._GOODS_NOUNS):
            assert m is None, w
        if m is not None:
            assert any(noun in m.group(0) for noun in Q._GOODS_NOUNS)


CLAUSE_WINDOWS = [
    "Last year, the steel industry; while the textile sector",
    "In 2022 the output of the 3.5 million-strong auto industry",
    "the chip industry, but the solar sector grew whereas the wind",
    "butter and whiles: the food industry.",
    "the café industry in Zürich, ٣ but the wine sector",
    "nothing to cut here",
    "the steel industry but the butter sector while whereas the mill",
    "butt whileaway whereasx: the food industry",
    "9",
    "",
]


@pytest.mark.parametrize("window", CLAUSE_WINDOWS)
def test_last_clause_as_the_split(window: str) -> None:
    """``_last_clause`` (the pattern split only after the last cut character, and only when a word it
    cuts at is there) is the last part of ``_CLAUSE_CUT.split``, on every suffix of the window."""
    from tally.extract import qualifiers as Q

    for i in range(len(window) + 1):
        w = window[i:]
        assert Q._last_clause(w) == Q._CLAUSE_CUT.split(w)[-1], w


PARTNER_WINDOWS = [
    "exports to Belt and Road countries rose",
    "Trade with ASEAN Economies and trade with Gulf States grew, shipped to Nordic markets",
    "imports from the EU Member States, and trade between China and Africa and Pacific nations",
    "the company's TRADE WITH Latin American Countries, sold to African nations",
    "shipments to Asian markets and exported to emerging economies",
    "trades with countries, atrade with Arab states",
    "no partner here, only markets",
    "",
]


@pytest.mark.parametrize("window", PARTNER_WINDOWS)
def test_group_partner_as_the_pattern(window: str) -> None:
    """``_group_partner`` (the pattern matched only where a word a match opens with starts) finds
    what ``_GROUP_PARTNER.search`` finds, on every suffix of the window."""
    from tally.extract import qualifiers as Q

    for i in range(len(window) + 1):
        w = window[i:]
        want = Q._GROUP_PARTNER.search(w)
        got = Q._group_partner(w)
        assert (got is None) == (want is None), w
        if got is not None and want is not None:
            assert (got.span(), got.groups()) == (want.span(), want.groups()), w
