"""Ruled tables on a PDF page → Markdown pipe rows, for :mod:`tally.read.pdf`.

Two kinds of tables are found, both from the page's rules (lines and rectangle edges); tables
set by text alignment alone are not looked for: in prose columns that finds "tables" everywhere.
A page with no ruling line or rectangle is not searched at all (its text reads as before).

* grids: pdfplumber's ``find_tables`` with ``vertical_strategy`` and ``horizontal_strategy``
  ``"lines"``;
* three-line tables (statistical bulletins' usual form): three horizontal rules of the same
  extent (above the header, under it, under the last row) with no vertical rule in or beside
  them; the header is the text between the first two (at most four lines), the rows the lines
  between the last two (at least two), the columns the x-ranges at least ``_MIN_COL_GAP`` wide
  that no word of the rows covers, and most rows must hold a figure beside their label.

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


def page_tables(page: Any, words: list[dict], join: Callable[[str, str], str]) -> list[PageTable]:
    """The ruled tables of a pdfplumber page, top to bottom: grids of rules, then three-line
    tables; ``words`` are the page's words, ``join`` joins two lines of a cell."""
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
    out.extend(_three_line_tables(page, words, out))
    out.sort(key=lambda t: (t.top, t.x0))
    return out


# ---- three-line tables: a rule above the header, one under it, one under the last row; no
# vertical rules. The columns are the x-ranges that no word of the body covers (at least
# ``_MIN_COL_GAP`` apart: the spaces of prose never line up that wide down a block of lines).

_MIN_RULE = 100.0     # points: a shorter horizontal line is no table rule (an underline)
_SAME_X = 3.0         # rules of one table start and end within this many points of each other
_MIN_COL_GAP = 6.0    # points of x no body word covers, between two columns
_MAX_HEAD_LINES = 4
_RULE_WIDTH = 3.0     # points: a vertical edge no taller is the end of a rule drawn as a thin box


def _joined_rules(edges: list[dict]) -> list[tuple[float, float, float]]:
    """Horizontal edges as rules (x0, x1, top): segments end to end on one line made one (a
    browser draws a table's rule as one thin box per cell), the short ones dropped."""
    segs = sorted(((float(e["x0"]), float(e["x1"]), float(e["top"])) for e in edges), key=lambda r: r[0])
    joined: list[tuple[float, float, float]] = []
    for x0, x1, top in segs:  # left to right: a segment goes on the rule of its line it touches
        i = next((i for i, (_a, b, t) in enumerate(joined) if abs(t - top) <= 0.5 and x0 <= b + 1.0), -1)
        if i >= 0:
            a, b, t = joined[i]
            joined[i] = (a, max(b, x1), t)
        else:
            joined.append((x0, x1, top))
    return [r for r in joined if r[1] - r[0] >= _MIN_RULE]


def _three_line_tables(page: Any, words: list[dict], taken: list[PageTable]) -> list[PageTable]:
    rules = sorted(_joined_rules(page.horizontal_edges), key=lambda r: (r[2], r[0]))
    groups: list[list[tuple[float, float, float]]] = []
    for r in rules:  # rules of the same x-extent, top to bottom; a double rule counts once
        g = next((g for g in groups
                  if abs(g[0][0] - r[0]) <= _SAME_X and abs(g[0][1] - r[1]) <= _SAME_X), None)
        if g is None:
            groups.append([r])
        elif r[2] - g[-1][2] > 2.0:
            g.append(r)
    out: list[PageTable] = []
    for g in groups:
        i = 0
        while i + 2 < len(g):
            t = _three_line(page, words, g[i], g[i + 1], g[i + 2], [*taken, *out])
            if t is None:
                i += 1
            else:
                out.append(t)
                i += 3
    return out


def _three_line(page: Any, words: list[dict], top: tuple[float, float, float],
                mid: tuple[float, float, float], bottom: tuple[float, float, float],
                taken: list[PageTable]) -> PageTable | None:
    x0, x1 = min(top[0], bottom[0]), max(top[1], bottom[1])
    y0, ym, y1 = top[2], mid[2], bottom[2]
    if any(t.x0 < x1 and x0 < t.x1 and t.top < y1 and y0 < t.bottom for t in taken):
        return None
    if any(x0 - _SAME_X <= float(e["x0"]) <= x1 + _SAME_X and float(e["top"]) < y1 - 1
           and y0 + 1 < float(e["bottom"]) and float(e["bottom"]) - float(e["top"]) > _RULE_WIDTH
           for e in page.vertical_edges):
        return None  # vertical rules in or around it: a grid or a box (found, or rejected, as such)
    inside = [w for w in words if x0 - _PAD <= (w["x0"] + w["x1"]) / 2 <= x1 + _PAD]
    head = _text_rows([w for w in inside if y0 < (w["top"] + w["bottom"]) / 2 < ym])
    body = _text_rows([w for w in inside if ym < (w["top"] + w["bottom"]) / 2 < y1])
    if not head or len(body) < 2 or len(head) > _MAX_HEAD_LINES:
        return None
    bounds = _column_bounds([w for r in body for w in r])
    if len(bounds) < 1:
        return None
    # the gaps of header and body together, if the header spans no gap of the body's (a header
    # cell wider than its figures reaches past the middle of the body's gap)
    both = _column_bounds([w for r in (*head, *body) for w in r])
    if len(both) == len(bounds):
        bounds = both

    def cells(row: list[dict]) -> list[str]:
        out = [""] * (len(bounds) + 1)
        for w in row:
            cx = (w["x0"] + w["x1"]) / 2
            j = sum(1 for b in bounds if b <= cx)
            out[j] = f"{out[j]} {w['text']}".strip()
        return out

    header = [""] * (len(bounds) + 1)
    for r in head:
        header = [f"{a} {b}".strip() for a, b in zip(header, cells(r), strict=True)]
    grid: list[list[str | None]] = [list(header)]
    pending: list[str] | None = None  # a row label on a line of its own, carried on
    for r in body:
        row = cells(r)
        if pending is not None and not row[0]:
            row[0] = pending[0]
        elif pending is not None:
            grid.append(list(pending))
        pending = None
        if row[0] and not any(row[1:]):
            pending = row
            continue
        grid.append(list(row))
    if pending is not None:
        grid.append(list(pending))
    figures = sum(1 for r in grid[1:] if any(ch.isdigit() for c in r[1:] for ch in c or ""))
    if figures * 2 < len(grid) - 1:
        return None  # most rows of a table of figures hold one beside their label
    rows = _markdown([[c.replace("|", "/") if c else c for c in r] for r in grid])
    if not rows:
        return None
    return PageTable(x0=x0, top=y0, x1=x1, bottom=y1, rows=rows)


def _text_rows(words: list[dict]) -> list[list[dict]]:
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and abs(w["top"] - rows[-1][0]["top"]) <= 0.45 * float(w["size"]):
            rows[-1].append(w)
        else:
            rows.append([w])
    return [sorted(r, key=lambda w: w["x0"]) for r in rows]


def _column_bounds(words: list[dict]) -> list[float]:
    """The middles of the x-ranges no word covers: where one column ends and the next begins."""
    spans = sorted((float(w["x0"]), float(w["x1"])) for w in words)
    out: list[float] = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= _MIN_COL_GAP:
            out.append((reach + a) / 2)
        reach = max(reach, b)
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
