"""tally.read.pdf + tally.read.pdf_tables: ruled tables in PDFs → Markdown pipe rows in place."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Callable, Sequence

import pytest
from fixture_pages import mf

from tally.extract.table_grid import find_tables
from tally.pipeline import process
from tally.read import read_bytes
from tally.read.pdf import read_pdf

PUB = dt.date(2023, 3, 2)
W, H = 595.0, 842.0
LEFT = 50.0
BODY, SIZE, LEAD = "Times-Roman", 10.0, 13.0
CELL, CELL_SIZE, CELL_LEAD = "Helvetica", 8.5, 10.5

HEADLINE = "Riverland cities report steady growth"
BEFORE = ("Riverland province said on Tuesday that its economy grew 4.1 percent last year. The "
          "output of its three largest cities is listed below, from figures of the provincial "
          "statistics bureau.")
AFTER = ("Retail sales in the province rose 5.5 percent to 480 billion yuan in 2022, the bureau "
         "added, and fixed-asset investment grew 3.8 percent.")
CITIES = [
    ["City", "GDP 2021 (billion yuan)", "GDP 2022 (billion yuan)", "Growth (%)"],
    ["Ashford", "412.5", "431.0", "4.5"],
    ["Bellmoor", "288.1", "296.7", "3.0"],
    ["Cinder Bay", "150.3", "", "2.2"],
]
CITY_ROWS = [
    "| City | GDP 2021 (billion yuan) | GDP 2022 (billion yuan) | Growth (%) |",
    "|---|---|---|---|",
    "| Ashford | 412.5 | 431.0 | 4.5 |",
    "| Bellmoor | 288.1 | 296.7 | 3.0 |",
    "| Cinder Bay | 150.3 |  | 2.2 |",
]
TABLE_WORDS = ("Ashford", "Bellmoor", "Cinder", "412.5", "296.7", "billion yuan)")


# ---- drawing small PDFs (reportlab, as tests/fixtures/make_fixtures.py does)


class Pen:
    """Draws top to bottom on one page: headlines, wrapped paragraphs, ruled tables."""

    def __init__(self, c) -> None:
        self.c, self.y = c, H - 70.0

    def head(self, text: str) -> None:
        self.c.setFont("Helvetica-Bold", 18)
        self.c.drawString(LEFT, self.y, text)
        self.y -= 32

    def para(self, text: str, x: float = LEFT, width: float = W - 2 * LEFT) -> None:
        self.c.setFont(BODY, SIZE)
        for line in mf._wrap(text, BODY, SIZE, width, hyphenate=False):
            self.c.drawString(x, self.y, line)
            self.y -= LEAD
        self.y -= 8

    def table(self, rows: Sequence[Sequence[str | None]], widths: list[float], x: float = LEFT, *,
              rules: str = "grid") -> None:
        """A table ruled as a grid (``None`` merges a cell into the one on its left: no rule
        between them), as a three-line table ("three": above and under the header, at the
        foot), as a three-line table whose rules are thin filled boxes, one per cell, as a browser
        prints CSS borders ("three-boxes"), or not at all ("none")."""
        boxes = rules == "three-boxes"
        rules = "three" if boxes else rules

        def rule(x0: float, x1: float, y: float) -> None:
            if not boxes:
                self.c.line(x0, y, x1, y)
                return
            for a, b in zip(edges, edges[1:], strict=False):  # one 0.75-point box per cell
                self.c.rect(a, y - 0.75, b - a, 0.75, stroke=0, fill=1)

        self.y += LEAD - 4  # the table's top rule sits just under the last line
        edges = [x]
        for w in widths:
            edges.append(edges[-1] + w)
        top = self.y
        for r, row in enumerate(rows):
            wraps = []
            for j, cell in enumerate(row):
                if cell is None:
                    continue
                span = j + 1
                while span < len(row) and row[span] is None:
                    span += 1
                wraps.append((j, span, mf._wrap(cell, CELL, CELL_SIZE, edges[span] - edges[j] - 8,
                                                 hyphenate=False) if cell else []))
            height = max([len(w) for _, _, w in wraps] + [1]) * CELL_LEAD + 6
            self.c.setFont("Helvetica-Bold" if r == 0 else CELL, CELL_SIZE)
            for j, _, lines in wraps:
                for k, line in enumerate(lines):
                    self.c.drawString(edges[j] + 4, top - 4 - CELL_SIZE - k * CELL_LEAD, line)
            if rules == "grid" or (rules == "three" and r < 2):
                rule(edges[0], edges[-1], top)
            if rules == "grid":
                for j, _span, _ in wraps:
                    self.c.line(edges[j], top, edges[j], top - height)
                self.c.line(edges[-1], top, edges[-1], top - height)
            top -= height
        if rules != "none":
            rule(edges[0], edges[-1], top)
        self.y = top - 22


def page(*draws: Callable[[Pen], None]) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setTitle("Riverland bulletin")
    for draw in draws:
        draw(Pen(c))
        c.showPage()
    c.save()
    return buf.getvalue()


def bulletin(pen: Pen, *, rules: str = "grid") -> None:
    pen.head(HEADLINE)
    pen.para(BEFORE)
    pen.table(CITIES, [110, 130, 130, 80], rules=rules)
    pen.para(AFTER)


def paras(text: str) -> list[str]:
    return text.strip().split("\n\n")


def prose(text: str) -> list[str]:
    return [p for p in paras(text) if not p.startswith("|")]


def read(data: bytes):
    return read_pdf(data, name="bulletin.pdf", source="tests/bulletin.pdf")


# ---- the table in place


@pytest.mark.parametrize("rules", ["grid", "three", "three-boxes"])
def test_ruled_table_becomes_pipe_rows_in_place(rules: str) -> None:
    doc = read(page(lambda pen: bulletin(pen, rules=rules)))
    assert paras(doc.text) == [HEADLINE, BEFORE, *CITY_ROWS, AFTER]


def test_prose_keeps_no_table_words() -> None:
    doc = read(page(bulletin))
    for p in prose(doc.text):
        for w in TABLE_WORDS:
            assert w not in p


def test_the_rows_are_a_table_for_the_table_reader() -> None:
    text = read(page(bulletin)).text
    (t,) = find_tables(text)
    assert t.header is not None
    assert [text[c.start : c.end] for c in t.header.cells] == CITIES[0]
    assert [[text[c.start : c.end] for c in r.cells] for r in t.rows] == CITIES[1:]
    assert text[t.start : t.end] == "\n\n".join(CITY_ROWS)


@pytest.mark.parametrize("rules", ["grid", "three", "three-boxes"])
def test_cells_become_facts_end_to_end(rules: str) -> None:
    data = page(lambda pen: bulletin(pen, rules=rules))
    doc = read_bytes(data, name="bulletin.pdf", source="tests/bulletin.pdf", published=PUB)
    ex = process(doc)
    text = doc.text
    cells = [f for f in ex.facts if "table:cell" in f.rules]
    assert [(text[f.start : f.end], f.entity, f.indicator, f.period, f.unit, f.kind) for f in cells] == [
        ("412.5", "Ashford", "gdp", "2021", "CNY", "level"),
        ("431.0", "Ashford", "gdp", "2022", "CNY", "level"),
        ("4.5", "Ashford", "gdp", "2022", "percent", "change"),
        ("288.1", "Bellmoor", "gdp", "2021", "CNY", "level"),
        ("296.7", "Bellmoor", "gdp", "2022", "CNY", "level"),
        ("3.0", "Bellmoor", "gdp", "2022", "percent", "change"),
        ("150.3", "Cinder Bay", "gdp", "2021", "CNY", "level"),
        ("2.2", "Cinder Bay", "gdp", "2021", "percent", "change"),
    ]
    assert cells[1].value == pytest.approx(431.0e9)
    # no fact of the prose path falls in the table
    t_start, t_end = text.index(CITY_ROWS[0]), text.index(CITY_ROWS[-1]) + len(CITY_ROWS[-1])
    assert all(not (t_start <= f.start < t_end) for f in ex.facts if "table:cell" not in f.rules)
    assert {text[f.start : f.end] for f in ex.facts if "table:cell" not in f.rules} >= {
        "4.1 percent", "480 billion yuan"}


def test_unruled_table_stays_prose() -> None:
    """Text alignment alone is not taken for a table (false tables in prose are worse)."""
    doc = read(page(lambda pen: bulletin(pen, rules="none")))
    assert "|" not in doc.text
    assert BEFORE in paras(doc.text) and AFTER in paras(doc.text)


# ---- shapes: a table in one column, merged header cells, a title row, long cells

LEFT_COL = ("Harbor county's output grew quickly in 2022, led by its two ports, the county "
            "office said. The figures for its towns are set out below.")
LEFT_END = "Both ports plan to add new container berths within the next two years."
RIGHT_COL = ("Across the bay, Linden county reported slower growth as its textile mills cut "
             "shifts through the winter months, the county office said.")
TOWNS = [["Town", "Jobs"], ["Kelp Point", "1,200"], ["Saltmarsh", "950"]]


def two_columns(pen: Pen) -> None:
    pen.head("Harbor and Linden counties compared")
    top = pen.y
    pen.para(LEFT_COL, LEFT, 230)
    pen.table(TOWNS, [120, 70])
    pen.para(LEFT_END, LEFT, 230)
    pen.y = top
    pen.para(RIGHT_COL, 315, 230)


def test_table_in_one_column_stands_in_that_column() -> None:
    doc = read(page(two_columns))
    assert paras(doc.text) == [
        "Harbor and Linden counties compared", LEFT_COL,
        "| Town | Jobs |", "|---|---|", "| Kelp Point | 1,200 |", "| Saltmarsh | 950 |",
        LEFT_END, RIGHT_COL,
    ]


@pytest.mark.parametrize(
    ("rows", "widths", "expected"),
    [
        pytest.param(  # a header cell across two columns heads the row under it
            [["Prefecture", "GDP (billion yuan)", None, "Growth (%)"],
             ["", "2021", "2022", ""],
             ["Ashford", "412.5", "431.0", "4.5"]],
            [100, 90, 90, 80],
            ["| Prefecture | GDP (billion yuan) 2021 | GDP (billion yuan) 2022 | Growth (%) |",
             "|---|---|---|---|", "| Ashford | 412.5 | 431.0 | 4.5 |"],
            id="spanning-header",
        ),
        pytest.param(  # a title row across the table is its caption
            [["Table 2. Output of the main cities, 2022", None, None],
             ["City", "GDP (billion yuan)", "Growth (%)"],
             ["Bellmoor", "296.7", "3.0"]],
            [120, 120, 90],
            ["Table 2. Output of the main cities, 2022",
             "| City | GDP (billion yuan) | Growth (%) |", "|---|---|---|", "| Bellmoor | 296.7 | 3.0 |"],
            id="title-row",
        ),
        pytest.param(  # a cell of several lines is joined with spaces; a pipe in it is replaced
            [["Item", "Value (million yuan)"],
             ["Revenue of the port authority and its logistics subsidiaries", "86.4"],
             ["Fees | charges", "12.0"]],
            [130, 110],
            ["| Item | Value (million yuan) |", "|---|---|",
             "| Revenue of the port authority and its logistics subsidiaries | 86.4 |",
             "| Fees / charges | 12.0 |"],
            id="multi-line-and-pipe",
        ),
        pytest.param(  # empty cells keep the column count; an empty column is dropped
            [["County", "Farms", "", "Orchards"], ["Eastmoor", "", "", "64"], ["Westmoor", "310", "", ""]],
            [100, 70, 30, 70],
            ["| County | Farms | Orchards |", "|---|---|---|",
             "| Eastmoor |  | 64 |", "| Westmoor | 310 |  |"],
            id="empty-cells",
        ),
    ],
)
def test_table_shapes(rows, widths, expected) -> None:
    def draw(pen: Pen) -> None:
        pen.para(BEFORE)
        pen.table(rows, widths)
        pen.para(AFTER)

    assert paras(read(page(draw)).text) == [BEFORE, *expected, AFTER]


# ---- guards: ruled prose is not a table; pages without tables read exactly as before


def boxed_prose(pen: Pen) -> None:
    pen.head(HEADLINE)
    pen.table([[BEFORE, AFTER]], [245, 245])  # a sidebar box: two cells of prose
    pen.para("The bureau will publish its quarterly figures in April.")


def two_cell_prose(pen: Pen) -> None:
    pen.para(BEFORE)
    pen.table([["Note", "Source"], [BEFORE, AFTER]], [245, 245])  # a ruled grid of paragraphs
    pen.para(AFTER)


def rules_around_prose(pen: Pen) -> None:
    """Section rules of the full text width above, between and under paragraphs."""
    pen.head(HEADLINE)
    for text in (BEFORE, AFTER, LEFT_COL, RIGHT_COL):
        pen.c.line(LEFT, pen.y + LEAD - 2, W - LEFT, pen.y + LEAD - 2)
        pen.para(text)
    pen.c.line(LEFT, pen.y + LEAD - 2, W - LEFT, pen.y + LEAD - 2)


def boxed_paragraphs(pen: Pen) -> None:
    """Boxes of the same width one under another, each round a short paragraph of figures."""
    for text in (BEFORE, AFTER, "Exports rose 8 percent to 62 billion yuan."):
        top = pen.y + LEAD - 2
        pen.para(text)
        pen.c.rect(LEFT - 4, pen.y + LEAD - 4, W - 2 * LEFT + 8, top - (pen.y + LEAD - 4))
        pen.y -= 10


PROSE_WITH_RULES = [boxed_prose, two_cell_prose, rules_around_prose, boxed_paragraphs]
PROSE_IDS = ["box", "grid-of-paragraphs", "section-rules", "stacked-boxes"]


@pytest.mark.parametrize("draw", PROSE_WITH_RULES, ids=PROSE_IDS)
def test_ruled_prose_is_no_table(draw) -> None:
    text = read(page(draw)).text
    assert "|" not in text
    assert "quarterly figures in April" in text or AFTER in text


@pytest.mark.parametrize("draw", PROSE_WITH_RULES, ids=PROSE_IDS)
def test_rejected_grid_reads_as_if_no_table_were_sought(draw, monkeypatch) -> None:
    data = page(draw)
    text = read(data).text
    monkeypatch.setattr("tally.read.pdf.page_tables", lambda page, words, join: [])
    assert read(data).text == text


# sha256 of the text of the newspaper fixtures (tests/fixtures/make_fixtures.py) as the reader
# made it before it read tables (commit 5ed3fbf). A change to that fixture maker or to
# ``keep_hyphen_before`` may change them: recompute them then with the reader of that commit.
BEFORE_TABLES = {
    2: "6ca884520c43f6f5c835c8cfaf63cf1189547fb4d88a4b4ff00752a056631e21",
    3: "6ca884520c43f6f5c835c8cfaf63cf1189547fb4d88a4b4ff00752a056631e21",
    4: "7ca57256a59b9097e3508d077f3ee086b7d7298d7212872e3b410bc9fd3ac9a2",
    5: "039c9d7e396aa231df4e610febe6ccefbe89031c9aa09096e39094db95759152",
}


@pytest.mark.parametrize("columns", [2, 3, 4, 5])
def test_prose_pdfs_read_as_before(columns: int) -> None:
    doc = read(mf.newspaper_pdf(columns=columns, indent_paragraphs=columns % 2 == 1))
    assert hashlib.sha256(doc.text.encode()).hexdigest() == BEFORE_TABLES[columns]


@pytest.mark.parametrize("columns", [2, 3, 5])
def test_prose_pdfs_never_seek_tables(columns: int, monkeypatch) -> None:
    """A page with no ruling line is not searched: find_tables is never called."""
    import pdfplumber.page

    def boom(*a, **k):
        raise AssertionError("find_tables called on a page with no rules")

    monkeypatch.setattr(pdfplumber.page.Page, "find_tables", boom)
    assert read(mf.newspaper_pdf(columns=columns)).text
