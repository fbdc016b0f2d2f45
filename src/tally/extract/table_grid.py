"""Finding Markdown pipe tables in a page's text (``find_tables``) and hiding them from the prose
path with offsets kept (``blank``, ``without_tables``).

The HTML reader writes a table as Markdown rows ("| City | GDP 2022 (billion yuan) |", the
"|---|" separator, data rows, one block per row or one line each), and plain-text reports may hold
the same. A page without a line opening with "|" costs one ``in``. ``tally.extract.tables`` reads
the tables found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tally.extract.quantities import find_quantities
from tally.model import Document

_ROW = re.compile(r"^[^\n|]*\|[^\n]*", re.MULTILINE)  # a line holding a pipe
_SEP_CELL = re.compile(r":?-{3,}:?")


@dataclass(slots=True, frozen=True)
class Cell:
    start: int  # the cell's text without its surrounding space
    end: int


@dataclass(slots=True, frozen=True)
class Row:
    start: int
    end: int
    cells: tuple[Cell, ...]


@dataclass(slots=True, frozen=True)
class Table:
    start: int
    end: int
    header: Row | None          # None: a table with neither separator nor header row
    rows: tuple[Row, ...]       # the data rows
    lines: tuple[Row, ...]      # every line of it (header and separator too), for ``blank``


def _cells(text: str, s: int, e: int) -> tuple[Cell, ...]:
    while e > s and text[e - 1].isspace():
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    bars = [i for i in range(s, e) if text[i] == "|" and (i == s or text[i - 1] != "\\")]
    if not bars:
        return ()
    # a row may leave out its outer pipes ("a | b", as Markdown allows under a separator)
    edges = bars if bars[0] == s else [s - 1, *bars]
    edges = edges if edges[-1] == e - 1 else [*edges, e]
    out = []
    for a, b in zip(edges, edges[1:], strict=False):
        a += 1
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append(Cell(a, b))
    return tuple(out)


def _is_sep(text: str, row: Row) -> bool:
    return bool(row.cells) and all(_SEP_CELL.fullmatch(text[c.start : c.end]) for c in row.cells)


def find_tables(text: str) -> list[Table]:
    """The pipe tables of ``text``: rows of "|" cells (consecutive lines or blocks between blank
    lines) with a "|---|" separator under their header row, or a first row of words alone."""
    if "|" not in text:  # the common case: no table can be there
        return []
    groups: list[list[Row]] = []
    last_end = -1
    for m in _ROW.finditer(text):
        row = Row(m.start(), m.end(), _cells(text, m.start(), m.end()))
        if groups and text[last_end : m.start()].isspace():
            groups[-1].append(row)
        else:
            groups.append([row])
        last_end = m.end()
    out: list[Table] = []
    for rows in groups:
        seps = [i for i, r in enumerate(rows) if _is_sep(text, r)]
        if not seps:
            piped = all(text[r.start : r.end].lstrip().startswith("|") for r in rows)
            if piped and len(rows) > 1 and len(rows[0].cells) > 1 and _words_only(text, rows[0]):
                out.append(Table(start=rows[0].start, end=rows[-1].end, header=rows[0],
                                 rows=tuple(rows[1:]), lines=tuple(rows)))
            continue
        # each separator closes the header row above it; its data rows run to the next header
        for k, i in enumerate(seps):
            if i == 0:
                continue
            stop = seps[k + 1] - 1 if k + 1 < len(seps) else len(rows)
            data = tuple(r for r in rows[i + 1 : stop] if not _is_sep(text, r))
            if data:
                out.append(Table(start=rows[i - 1].start, end=data[-1].end, header=rows[i - 1],
                                 rows=data, lines=tuple(rows[i - 1 : stop])))
    return out


def _words_only(text: str, row: Row) -> bool:
    """A header guessed without a separator: no cell but the first holds a figure."""
    return all(not find_quantities(text, c.start, c.end) for c in row.cells[1:])


def blank(text: str, tables: list[Table]) -> str:
    """``text`` with the tables' lines made spaces (line breaks kept: every offset stays)."""
    out, pos = [], 0
    for t in tables:
        for r in t.lines:
            out.append(text[pos : r.start])
            out.append(" " * (r.end - r.start))
            pos = r.end
    out.append(text[pos:])
    return "".join(out)


# ---- what a header cell or a row label says


def without_tables(document: Document, tables: list[Table]) -> Document:
    """The document as the prose path reads it: its tables blanked."""
    return replace(document, text=blank(document.text, tables))
