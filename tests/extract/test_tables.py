"""Pipe tables → facts (tally.extract.tables): finding tables, reading headers, each cell's fact."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from tally.extract.facts import extract_facts
from tally.extract.table_grid import blank, find_tables
from tally.extract.table_labels import read_label, unit_of
from tally.model import Document, Fact
from tally.pipeline import process
from tally.read import read_bytes

PUB = dt.date(2023, 7, 20)


def doc(text: str) -> Document:
    return Document(name="t.txt", source="-", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                    published=PUB)


def facts_of(text: str) -> list[Fact]:
    facts, _ = extract_facts(doc(text), [])
    return facts


def cell_fact(text: str, facts: list[Fact], row: str, nth: int) -> Fact:
    """The fact of the ``nth`` figure (from 0) of the table row that starts with ``row``."""
    start = text.index("| " + row) if ("| " + row) in text else text.index(row)
    end = text.index("\n", start) if "\n" in text[start:] else len(text)
    mine = [f for f in facts if start <= f.start < end]
    return mine[nth]


# ---- finding tables

BLOCKS = ("Intro line.\n\n| Town | Jobs |\n\n|---|---|\n\n| Oakvale | 1,200 |\n\n| Pinecrest | 950 |\n\n"
          "After it.\n")
LINES = "Intro line.\n| Town | Jobs |\n| :--- | ---: |\n| Oakvale | 1,200 |\n| Pinecrest | 950 |\nAfter it.\n"
BARE = "Intro line.\n\nTown | Jobs\n---|---\nOakvale | 1,200\nPinecrest | 950\n\nAfter it.\n"
GUESSED = "Intro line.\n\n| Town | Jobs |\n| Oakvale | 1,200 |\n| Pinecrest | 950 |\n\nAfter it.\n"
TWO = "| A | B |\n|---|---|\n| x | 1 |\n\n| C | D |\n|---|---|\n| y | 2 |\n| z | 3 |\n"


@pytest.mark.parametrize(
    ("text", "shapes"),
    [
        (BLOCKS, [(["Town", "Jobs"], [["Oakvale", "1,200"], ["Pinecrest", "950"]])]),
        (LINES, [(["Town", "Jobs"], [["Oakvale", "1,200"], ["Pinecrest", "950"]])]),
        (BARE, [(["Town", "Jobs"], [["Oakvale", "1,200"], ["Pinecrest", "950"]])]),
        (GUESSED, [(["Town", "Jobs"], [["Oakvale", "1,200"], ["Pinecrest", "950"]])]),
        (TWO, [(["A", "B"], [["x", "1"]]), (["C", "D"], [["y", "2"], ["z", "3"]])]),
        ("Prices rose 3 percent | a pipe in prose.\n", []),
        ("| a lone | row |\n", []),
        ("No table here at all.\n", []),
        # no separator and a header holding figures: not guessed as a table
        ("| Oakvale | 1,200 |\n| Pinecrest | 950 |\n", []),
    ],
)
def test_find_tables(text: str, shapes: list) -> None:
    got = []
    for t in find_tables(text):
        assert t.header is not None
        head = [text[c.start : c.end] for c in t.header.cells]
        got.append((head, [[text[c.start : c.end] for c in r.cells] for r in t.rows]))
    assert got == shapes


@pytest.mark.parametrize("text", [BLOCKS, LINES, BARE, TWO])
def test_blank_keeps_offsets_and_line_breaks(text: str) -> None:
    out = blank(text, find_tables(text))
    assert len(out) == len(text)
    assert [i for i, c in enumerate(out) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    for was, now in zip(text.split("\n"), out.split("\n"), strict=True):
        assert now == (" " * len(was) if "|" in was else was)  # table lines blank, the rest kept


# ---- units and labels


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("billion yuan", ("CNY", 1e9)),
        ("%", ("percent", 1.0)),
        ("10,000 tonnes", ("t", 1e4)),
        ("US$ million", ("USD", 1e6)),
        ("RMB billion", ("CNY", 1e9)),
        ("100 million yuan", ("CNY", 1e8)),
        ("hectares", ("ha", 1.0)),
        ("percentage points", ("percentage_point", 1.0)),
        ("Oakvale", None),
        ("enterprises", None),
    ],
)
def test_unit_of(unit: str, expected: tuple | None) -> None:
    got = unit_of(unit)
    assert (got[:2] if got else None) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("GDP 2022 (billion yuan)", dict(period="2022", unit="CNY", scale=1e9, indicator="gdp", kind=None)),
        ("Growth (%)", dict(unit="percent", kind="change", indicator=None, period=None)),
        ("y-o-y change (%)", dict(kind="change", basis="yoy")),
        ("Avg. annual growth 2016-2020 (%)", dict(kind="change", basis="annual_avg", period="2016/2020")),
        ("Exports, US$ million", dict(indicator="exports", unit="USD", scale=1e6)),
        ("Output (10,000 tonnes)", dict(unit="t", scale=1e4, indicator="production")),
        ("H1 2023", dict(period="2023-01/2023-06", dated=True)),
        ("2023 H1", dict(period="2023-01/2023-06")),
        ("Q1-Q3 2022", dict(period="2022-01/2022-09")),
        ("2021-2022", dict(period="2021/2022")),
        ("Jan-Jun", dict(period="2023-01/2023-06", dated=False)),
        ("Share of total (%)", dict(kind="share", unit="percent")),
        ("Value added (% of GDP)", dict(kind="share", unit="percent", indicator="value_added")),
        ("Rank", dict(kind="rank", unit=None)),
        ("2025 target", dict(period="2025", target=True)),
        ("Total", dict(total=True, indicator=None)),
        ("Year", dict(unit=None, period=None)),
        ("Number of projects", dict(indicator="projects")),
    ],
)
def test_read_label(label: str, expected: dict) -> None:
    got = read_label(label, 0, len(label), PUB)
    assert {k: getattr(got, k) for k in expected} == expected


# ---- facts of tables

CITIES = """Coastal economy grows

Seaview province's economy grew steadily in 2022, the statistics bureau said.

Output of the main cities:

| City | GDP 2021 (billion yuan) | GDP 2022 (billion yuan) | Growth (%) |

|---|---|---|---|

| Harbor City | 603.0 | 660.1 | 9.5 |

| Riverton | 412.7 | 431.2 | -1.2 |

| Total | 1,015.7 | 1,091.3 | 7.4 |

The province expects faster growth this year.
"""

TRANSPOSED = """Inland province reports results

Main indicators of Greenhill province in 2022:

| Indicator | 2021 | 2022 | Change (%) |
|---|---|---|---|
| GDP (billion yuan) | 1,203.5 | 1,251.6 | 4.0 |
| Exports (US$ million) | 8,420 | 9,010 | 7.0 |
| Grain output (10,000 tonnes) | 612.3 | 598.1 | -2.3 |
| Jobless rate | 5.1% | 4.8% | n/a |
"""

MIXED = """Greenhill trade in the first half

Greenhill province's trade held up in the first half of 2023, officials said.

Exports by destination in Jan-Jun:

| Partner | Exports (billion yuan) | Share (%) |
|:---|---:|---:|
| Japan | 12.4 | 18.2 |
| Germany | 9.8 | … |
| Total | 68.1 | - |

| County | Output value, billion yuan | Rank |
| --- | --- | --- |
| Eastfield County | 45.2 | 1 |
| Westbrook | 38.7 | 2 |

Company | Revenue (million yuan) | 2025 target
---|---|---
Greenhill Motors Co | 3,400 | 5,000

| Year | Investment (billion yuan) | Growth (%) |
|---|---|---|
| 2021 | 88.0 | 6.0 |
| 2022 | 95.5 | 8.5 |
"""


COLUMNS = """Two cities compared

Figures for 2022 of two cities of Seaview province:

| Item | Harbor City | Elmton |
|---|---|---|
| GDP (billion yuan) | 660.1 | 98.4 |
| Population (10,000 people) | 512.0 | 80.3 |
"""


@pytest.mark.parametrize(
    ("text", "row", "nth", "expected"),
    [
        (CITIES, "Harbor City", 0, dict(text="603.0", value=603e9, unit="CNY", indicator="gdp", period="2021",
                                        entity="Harbor City", entity_type="city", kind="level")),
        (CITIES, "Harbor City", 1, dict(value=660.1e9, period="2022")),
        (CITIES, "Harbor City", 2, dict(value=9.5, unit="percent", kind="change", direction="up", basis="yoy",
                                        indicator="gdp", period="2022", entity="Harbor City")),
        (CITIES, "Riverton", 0, dict(entity="Riverton", entity_type="city", value=412.7e9)),
        (CITIES, "Riverton", 2, dict(text="1.2", value=1.2, direction="down", kind="change")),
        (CITIES, "Total", 1, dict(entity="Seaview", entity_type="province", value=1091.3e9, period="2022")),
        (TRANSPOSED, "GDP", 0, dict(value=1203.5e9, unit="CNY", indicator="gdp", period="2021",
                                    entity="Greenhill", kind="level")),
        (TRANSPOSED, "GDP", 2, dict(value=4.0, unit="percent", indicator="gdp", kind="change",
                                    period="2022")),
        (TRANSPOSED, "Exports", 1, dict(value=9010e6, unit="USD", indicator="exports", period="2022")),
        (TRANSPOSED, "Grain output", 0, dict(value=6123000, unit="t", indicator="production")),
        (TRANSPOSED, "Grain output", 2, dict(value=2.3, direction="down", indicator="production")),
        (TRANSPOSED, "Jobless rate", 1, dict(text="4.8%", value=4.8, unit="percent", period="2022")),
        (MIXED, "Japan", 0, dict(value=12.4e9, unit="CNY", indicator="exports", period="2023-01/2023-06",
                                 entity="Greenhill", qualifiers={"partner": "Japan"})),
        (MIXED, "Japan", 1, dict(value=18.2, unit="percent", kind="share", indicator="exports")),
        (MIXED, "Total", 0, dict(value=68.1e9, entity="Greenhill", qualifiers={})),
        (MIXED, "Eastfield County", 0, dict(entity="Eastfield County", entity_type="county",
                                            indicator="output_value", value=45.2e9)),
        (MIXED, "Eastfield County", 1, dict(unit="rank", kind="rank", value=1, indicator="output_value")),
        (MIXED, "Westbrook", 0, dict(entity="Westbrook county", entity_type="county")),
        (MIXED, "Greenhill Motors Co", 0, dict(entity="Greenhill Motors Co", entity_type="company",
                                               indicator="revenue", value=3.4e9, status="actual")),
        (MIXED, "Greenhill Motors Co", 1, dict(value=5e9, unit="CNY", indicator="revenue", status="target",
                                               period="2025")),
        (MIXED, "2022", 0, dict(value=95.5e9, indicator="investment", period="2022", entity="Greenhill")),
        (MIXED, "2022", 1, dict(value=8.5, kind="change", indicator="investment", period="2022")),
        (COLUMNS, "GDP", 0, dict(value=660.1e9, entity="Harbor City", entity_type="city", period="2022",
                                 indicator="gdp")),
        (COLUMNS, "GDP", 1, dict(value=98.4e9, entity="Elmton", entity_type="city", indicator="gdp")),
        (COLUMNS, "Population", 1, dict(value=803000, unit="count", entity="Elmton", indicator="population")),
    ],
)
def test_cell_facts(text: str, row: str, nth: int, expected: dict) -> None:
    facts = facts_of(text)
    f = cell_fact(text, facts, row, nth)
    assert "table:cell" in f.rules
    assert text[f.start : f.end] == f.text  # the offsets point at the number in its row
    assert f.text[0].isdigit() and f.text[-1] in "0123456789%"
    got = {k: getattr(f, k) for k in expected}
    assert got == {k: (pytest.approx(v) if isinstance(v, float) else v) for k, v in expected.items()}


@pytest.mark.parametrize(("text", "cells"), [(CITIES, 9), (TRANSPOSED, 11), (MIXED, 14)])
def test_one_fact_per_numeric_cell_and_none_from_prose_reading(text: str, cells: int) -> None:
    facts = facts_of(text)
    spans = [(t.start, t.end) for t in find_tables(text)]
    inside = [f for f in facts if any(a <= f.start < b for a, b in spans)]
    assert len(inside) == cells
    assert all(f.rules[0] == "table:cell" for f in inside)
    assert len({(f.start, f.end) for f in facts}) == len(facts)


def test_prose_around_a_table_reads_as_without_it() -> None:
    prose = ("Seaview province's exports rose 12.3 percent to 178 billion yuan in 2022.\n\n"
             "Imports fell 2.1 percent.\n\n")
    table = "| City | Exports (billion yuan) |\n|---|---|\n| Harbor City | 90.2 |\n"
    plain = [f.to_record() | {"rules": f.rules} for f in facts_of(prose)]
    with_table = [f for f in facts_of(prose + table) if "table:cell" not in f.rules]
    assert [f.to_record() | {"rules": f.rules} for f in with_table] == plain


HTML = b"""<html><head><title>Valley report</title></head><body><article>
<h1>Valley province posts solid 2022</h1>
<p>Valley province's gross domestic product reached 1.2 trillion yuan in 2022, officials said on Monday.</p>
<p>The output of its largest cities is shown below.</p>
<table>
<tr><th>City</th><th>GDP 2021 (billion yuan)</th><th>GDP 2022 (billion yuan)</th><th>Growth (%)</th></tr>
<tr><td>Stonebridge</td><td>310.4</td><td>322.9</td><td>4.0</td></tr>
<tr><td>Maple City</td><td>205.0</td><td>n/a</td><td>-</td></tr>
</table>
<p>Retail sales in the province rose 5.5 percent to 480 billion yuan in 2022.</p>
</article></body></html>"""


def test_html_page_with_a_table_end_to_end() -> None:
    document = read_bytes(HTML, name="valley.html", source="valley.html", published=dt.date(2023, 2, 1))
    ex = process(document)
    text = document.text
    cells = [f for f in ex.facts if "table:cell" in f.rules]
    assert [(text[f.start : f.end], f.entity, f.indicator, f.period, f.unit, f.kind) for f in cells] == [
        ("310.4", "Stonebridge", "gdp", "2021", "CNY", "level"),
        ("322.9", "Stonebridge", "gdp", "2022", "CNY", "level"),
        ("4.0", "Stonebridge", "gdp", "2022", "percent", "change"),
        ("205.0", "Maple City", "gdp", "2021", "CNY", "level"),
    ]
    assert cells[1].value == pytest.approx(322.9e9)
    assert {e.name for e in ex.entities} >= {"Stonebridge", "Maple City", "Valley"}
    prose = [f for f in ex.facts if "table:cell" not in f.rules]
    assert [(f.text, f.indicator, f.period) for f in prose] == [
        ("1.2 trillion yuan", "gdp", "2022"),
        ("5.5 percent", "revenue", "2022"),
        ("480 billion yuan", "revenue", "2022"),
    ]


def test_a_total_row_is_marked_for_the_sum_check() -> None:
    text = (
        "Output by city\n\nCity output in 2022 is listed below.\n\n"
        "| City | Output (billion yuan) |\n|---|---|\n"
        "| Oakvale | 12.5 |\n| Elmton | 7.5 |\n| Total | 20.0 |\n"
    )
    from tally.pipeline import process
    from tally.read import read_bytes
    from tally.verify import run_checks

    ex = process(read_bytes(text.encode(), name="t.txt", source="t.txt"))
    totals = [f for f in ex.facts if "table:total" in f.rules]
    assert [f.text for f in totals] == ["20.0"]
    sums = [c for c in run_checks(ex.facts) if c.key.endswith("table-total")]
    assert [c.status for c in sums] == ["ok"]


def test_a_cell_is_shown_with_its_header_row() -> None:
    text = (
        "Output by city\n\nCity output in 2022 is listed below.\n\n"
        "| City | Output (billion yuan) |\n|---|---|\n"
        "| Oakvale | 12.5 |\n| Elmton | 7.5 |\n"
    )
    from tally.pipeline import process
    from tally.read import read_bytes

    ex = process(read_bytes(text.encode(), name="t.txt", source="t.txt"))
    (f,) = [f for f in ex.facts if f.text == "7.5"]
    assert f.sentence_start is not None and f.sentence_end is not None
    shown = text[f.sentence_start : f.sentence_end]
    assert shown.startswith("| City | Output (billion yuan) |") and shown.endswith("| Elmton | 7.5 |")
