"""Ruled tables on a PDF page → Markdown pipe rows, for :mod:`tally.read.pdf`.

A table is found by pdfplumber's ``find_tables`` from the page's ruling lines only (lines and
rectangle edges: ``vertical_strategy`` and ``horizontal_strategy`` ``"lines"``); tables set only
by text alignment are not looked for: in prose columns that strategy finds "tables" everywhere.
A page with no ruling line or rectangle is not searched at all (its text reads as before).

A grid is kept as a table only if it looks like one (anything else stays prose):

* after dropping rows and columns with no text, it has a header row, at least one data row and
  at least two columns;
* its cells are short: no cell longer than ``_MAX_CELL_WORDS`` words, and on average at most
  ``_MAX_MEAN_WORDS`` (a box around a sidebar, or column rules around prose, hold paragraphs);
* some data cell holds a figure.

Rows are written as tally.extract.tables reads them: the header row, the ``|---|`` separator,
one data row each (``| Ashford | 412.5 | 4.5 |``), every row with the same number of cells (an
empty or merged cell is empty text). A header whose first row spans columns ("GDP (billion
yuan)" over "2021" and "2022") is read with the row under it: "GDP (billion yuan) 2021"; a
first row of one cell across the whole table is its title, a paragraph before the rows. A
multi-line cell's lines are joined with spaces (a word hyphenated at the line end rejoined by
the reader's ``join``); a "|" in a cell becomes "/".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
    "edge_min_length": 3,
}
_MAX_CELL_WORDS = 30   # a cell holding more is prose in a box, not a table cell
_MAX_MEAN_WORDS = 8.0  # the mean number of words of a non-empty cell
_PAD = 1.0             # points around a table's box within which a word counts as inside it


@dataclass(slots=True, frozen=True, kw_only=True)
class PageTable:
    x0: float
    top: float
    x1: float
    bottom: float
    rows: tuple[str, ...]  # the Markdown lines: header, separator, data rows
    title: str = ""        # a first row spanning the whole table: the table's caption

    def paragraphs(self) -> list[str]:
        """The table as paragraphs of the page's text: its title, then one row each."""
        return [self.title, *self.rows] if self.title else list(self.rows)

    def holds(self, w: dict) -> bool:
        """Is word ``w`` (a pdfplumber word) inside the table?"""
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        return (self.x0 - _PAD <= cx <= self.x1 + _PAD
                and self.top - _PAD <= cy <= self.bottom + _PAD)


def page_tables(page: Any, join: Callable[[str, str], str]) -> list[PageTable]:
    """The ruled tables of a pdfplumber page, top to bottom; ``join`` joins two lines of a cell."""
    if not (page.lines or page.rects):  # no ruling: no table can be found (and none is sought)
        return []
    out: list[PageTable] = []
    for t in page.find_tables(table_settings=_SETTINGS):
        grid = [[_cell_text(c, join) for c in row] for row in t.extract()]
        title = ""
        if len(grid) >= 3 and len(grid[0]) > 1 and all(c is None for c in grid[0][1:]):
            title, grid = grid[0][0] or "", grid[1:]  # a title row across the table
        rows = _markdown(grid)
        if rows:
            x0, top, x1, bottom = (float(v) for v in t.bbox)
            out.append(PageTable(x0=x0, top=top, x1=x1, bottom=bottom, rows=rows, title=title))
    out.sort(key=lambda t: (t.top, t.x0))
    return out


def _cell_text(cell: str | None, join: Callable[[str, str], str]) -> str | None:
    if cell is None:
        return None  # no cell of its own here: a merged cell's continuation
    text = ""
    for line in cell.split("\n"):
        line = " ".join(line.split())
        if line:
            text = join(text, line) if text else line
    return text.replace("|", "/")


def _markdown(grid: list[list[str | None]]) -> tuple[str, ...]:
    """The pipe rows of a grid of cell texts, or () when the grid does not look like a table."""
    if not grid:
        return ()
    n = max(len(r) for r in grid)
    grid = [[*r, *([None] * (n - len(r)))] for r in grid]
    grid = _merge_header(grid)
    cells = [[c or "" for c in r] for r in grid]
    cells = [r for r in cells if any(r)]
    keep = [j for j in range(n) if any(r[j] for r in cells)]
    cells = [[r[j] for j in keep] for r in cells]
    if len(cells) < 2 or len(keep) < 2 or not _looks_tabular(cells):
        return ()
    line = ["| " + " | ".join(r) + " |" for r in cells]
    return (line[0], "|" + "---|" * len(keep), *line[1:])


def _merge_header(grid: list[list[str | None]]) -> list[list[str | None]]:
    """A first row with a cell spanning columns heads the row under it: the two read as one."""
    head = grid[0]
    if len(grid) < 3 or not any(c is None for c in head[1:]):
        return grid
    filled: list[str] = []
    for c in head:
        filled.append(c if c is not None else (filled[-1] if filled else ""))
    under = grid[1]
    merged: list[str | None] = [" ".join(x for x in (a, b or "") if x)
                                for a, b in zip(filled, under, strict=True)]
    return [merged, *grid[2:]]


def _looks_tabular(cells: list[list[str]]) -> bool:
    sizes = [len(c.split()) for r in cells for c in r if c]
    if not sizes or max(sizes) > _MAX_CELL_WORDS or sum(sizes) / len(sizes) > _MAX_MEAN_WORDS:
        return False
    return any(ch.isdigit() for r in cells[1:] for c in r for ch in c)
