"""PDF pages → :class:`~tally.model.Document`, with pdfplumber, in newspaper reading order.

Per page:

1. words are read with their font name and size; the body size is the most common size;
2. page furniture is dropped: short lines in the top and bottom margins (running heads,
   page numbers);
3. rows set in a clearly larger type and wide enough not to be a drop cap (headlines,
   decks) are *spanning rows*: they cut the page into horizontal bands and come first;
4. in each band, column gutters are found from the x-extent of body-size words (x
   positions no body word covers, wide enough); words are put in columns, columns read
   left to right, each top to bottom;
5. lines in a column become paragraphs: a new paragraph starts at a change of type (a
   caption in a smaller or italic font stays a paragraph of its own), a larger vertical
   gap than the column's usual line pitch, or a first-line indent; a paragraph left open at
   the foot of a column continues at the head of the next one;
6. a word hyphenated at a line end is rejoined ("eco-" + "nomy" → "economy") when the next
   line starts in lower case, unless the second part makes a usual compound
   (``keep_hyphen_before`` in ``data/segment.yaml``).

Ruled tables (``tally.read.pdf_tables``) are taken out first: their words are left out of the
steps above and each table is written as Markdown pipe rows, one paragraph a row, at its place:
a table across a band's column gutters cuts the page like a spanning row; a table inside one
column stands between that column's paragraphs, at its height.

Paragraphs are separated by a blank line, pages too. Title and author come from the PDF's
information dictionary; ``published`` from a ``PublicationDate``/``Published`` entry, or
else its creation date. Failures: no text on any page → NoTextLayer; a password →
EncryptedInput; an unreadable or truncated file → MalformedInput.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from statistics import median
from typing import Any

from tally.errors import EmptyInput, EncryptedInput, InputError, MalformedInput, NoTextLayer
from tally.model import Document
from tally.read.pdf_tables import PageTable, page_tables

_LARGE = 1.15          # a spanning row's type is at least this much larger than body type
_SMALL = 0.9           # a caption's type is at most this much of the body type
_MIN_GUTTER = 6.0      # points of x no body word covers, to count as a gutter
_MARGIN_FRAC = 0.06    # top/bottom share of the page where furniture lives
_CLOSERS = ".!?\"”’'):;…"
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


@cache
def _keep_hyphen() -> frozenset[str]:
    from tally.data import load

    return frozenset(w.lower() for w in load("segment").get("keep_hyphen_before", []))


@dataclass(slots=True, kw_only=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    table: PageTable | None = None  # a table standing in a column's flow, not a line of text

    @property
    def italic(self) -> bool:
        f = self.font.lower()
        return "italic" in f or "oblique" in f


@dataclass(slots=True, kw_only=True)
class _Para:
    lines: list[_Line] = field(default_factory=list)
    kind: str = "body"          # body | caption | head | table

    def text(self) -> str:
        if self.lines[0].table is not None:
            return "\n\n".join(self.lines[0].table.paragraphs())
        out = ""
        for ln in self.lines:
            out = _join(out, ln.text) if out else ln.text
        return out


def read_pdf(data: bytes, *, name: str, source: str) -> Document:
    """Read a PDF: text in reading order (columns, headlines first), metadata from its info."""
    if not data.strip():
        raise EmptyInput(source)
    pdf = _open(data, source)
    try:
        meta = _metadata(pdf)
        pages_text: list[str] = []
        any_chars = False
        for page in pdf.pages:
            paras, had_chars = _page_paragraphs(page)
            any_chars = any_chars or had_chars
            if paras:
                pages_text.append("\n\n".join(paras))
        n_pages = len(pdf.pages)
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 - pdfminer fails in many ways on broken files
        raise _classify(e, source) from e
    finally:
        try:
            pdf.close()
        except Exception:  # noqa: BLE001
            pass
    if n_pages == 0:
        raise MalformedInput(source, "PDF has no pages")
    if not any_chars or not pages_text:
        raise NoTextLayer(source)
    text = "\n\n".join(pages_text) + "\n"
    # A publication entry is given; the file's creation date is only a guess at it.
    published = _pdf_date(meta.get("PublicationDate") or meta.get("Published"))
    inferred = False
    if published is None:
        published = _pdf_date(meta.get("CreationDate"))
        inferred = published is not None
    return Document(
        name=name,
        source=source,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type="application/pdf",
        encoding="utf-8",
        published=published,
        published_inferred=inferred,
        title=_meta_str(meta.get("Title")),
        author=_meta_str(meta.get("Author")),
        size=len(data),
    )


# -- opening and errors --------------------------------------------------------------------
def _open(data: bytes, source: str) -> Any:
    import pdfplumber

    if b"%PDF" not in data[:1024]:
        raise MalformedInput(source, "not a PDF (no %PDF header)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = pdf.pages  # parses the page tree: truncation shows up here
    except Exception as e:  # noqa: BLE001
        raise _classify(e, source) from e
    return pdf


def _classify(e: BaseException, source: str) -> InputError:
    chain: list[BaseException] = []
    cur: BaseException | None = e
    while cur is not None and len(chain) < 6:
        chain.append(cur)
        cur = cur.__cause__ or cur.__context__
    names = " ".join(type(x).__name__ for x in chain)
    if e.args and isinstance(e.args[0], BaseException):
        names += " " + type(e.args[0]).__name__
    if "Password" in names or "Encrypt" in names:
        return EncryptedInput(source, "encrypted PDF (a password is needed)")
    msg = str(e).splitlines()[0][:120] if str(e) else type(e).__name__
    return MalformedInput(source, f"unreadable or truncated PDF ({msg})")


def _metadata(pdf: Any) -> dict[str, Any]:
    try:
        return dict(pdf.metadata or {})
    except Exception:  # noqa: BLE001
        return {}


def _meta_str(v: Any) -> str | None:
    if isinstance(v, bytes):
        v = v.decode("utf-8", "replace")
    if not isinstance(v, str):
        return None
    v = " ".join(v.split())
    return v or None


def _pdf_date(v: Any) -> dt.date | None:
    if isinstance(v, bytes):
        v = v.decode("latin-1")
    if not isinstance(v, str):
        return None
    m = _PDF_DATE.match(v.strip())
    if not m or not m.group(2):
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        return None


# -- layout --------------------------------------------------------------------------------
def _page_paragraphs(page: Any) -> tuple[list[str], bool]:
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False,
                               use_text_flow=False)
    if not words:
        return [], bool(page.chars)
    tables = page_tables(page, words, _join)
    if tables:
        words = [w for w in words if not any(t.holds(w) for t in tables)]
        if not words:
            return [p for t in tables for p in t.paragraphs()], True
    body = _body_size(words)
    height = float(page.height)
    words = _drop_furniture(words, height, body)
    if not words:
        return [p for t in tables for p in t.paragraphs()], True

    rows = _rows(words)
    text_left = min(w["x0"] for w in words)
    text_right = max(w["x1"] for w in words)
    span_rows = [r for r in rows if _is_spanning(r, body, text_right - text_left)]
    span_ids = {id(w) for r in span_rows for w in r}
    rest = [w for w in words if id(w) not in span_ids]

    # bands: the regions between spanning rows (and tables across columns), top to bottom
    cuts = sorted({min(w["top"] for w in r) for r in span_rows})
    wide = _wide_tables(tables, rest, cuts, body)
    cuts = sorted({*cuts, *(t.top for t in wide)})
    out: list[str] = []
    band_edges = [float("-inf"), *cuts, float("inf")]
    heads_by_cut: dict[float, list[list[dict]]] = {}
    for r in span_rows:
        heads_by_cut.setdefault(min(w["top"] for w in r), []).append(r)
    for k in range(len(band_edges) - 1):
        lo, hi = band_edges[k], band_edges[k + 1]
        if k > 0:
            out.extend(_head_paragraphs(heads_by_cut.get(lo, [])))
            out.extend(p for t in wide if t.top == lo for p in t.paragraphs())
        band = [w for w in rest if lo <= w["top"] < hi]
        inset = [t for t in tables if t not in wide and lo <= t.top < hi]
        if band or inset:
            out.extend(_band_paragraphs(band, body, inset))
    return [p for p in out if p.strip()], True


def _wide_tables(tables: list[PageTable], words: list[dict], cuts: list[float],
                 body: float) -> list[PageTable]:
    """The tables that cross a column gutter of the band they start in (they cut the page)."""
    edges = [float("-inf"), *cuts, float("inf")]
    out = []
    for t in tables:
        k = max(i for i in range(len(edges) - 1) if edges[i] <= t.top)
        band = [w for w in words if edges[k] <= w["top"] < edges[k + 1]]
        mids = [(a + b) / 2 for a, b in _gutters(band, body)] if band else []
        if any(t.x0 < m < t.x1 for m in mids):
            out.append(t)
    return out


def _body_size(words: list[dict]) -> float:
    c: Counter[float] = Counter()
    for w in words:
        c[round(float(w["size"]) * 2) / 2] += len(w["text"])
    return c.most_common(1)[0][0]


def _drop_furniture(words: list[dict], height: float, body: float) -> list[dict]:
    top_lim, bottom_lim = height * _MARGIN_FRAC, height * (1 - _MARGIN_FRAC)
    rows = _rows(words)
    drop: set[int] = set()
    for r in rows:
        in_margin = all(w["bottom"] <= top_lim for w in r) or all(
            w["top"] >= bottom_lim for w in r
        )
        small = all(float(w["size"]) <= body * 1.05 for w in r)
        if in_margin and small and len(r) <= 14:
            drop.update(id(w) for w in r)
    return [w for w in words if id(w) not in drop]


def _rows(words: list[dict]) -> list[list[dict]]:
    """Words with overlapping vertical extent, grouped (a row may cross several columns)."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows:
            r = rows[-1]
            r_top = min(x["top"] for x in r)
            r_size = max(float(x["size"]) for x in r)
            if abs(w["top"] - r_top) <= 0.45 * min(r_size, float(w["size"])):
                r.append(w)
                continue
        rows.append([w])
    return [sorted(r, key=lambda w: w["x0"]) for r in rows]


def _is_spanning(row: list[dict], body: float, text_width: float) -> bool:
    large = [w for w in row if float(w["size"]) >= body * _LARGE]
    if len(large) < len(row) * 0.8 or not large:
        return False
    width = max(w["x1"] for w in large) - min(w["x0"] for w in large)
    return len(large) >= 2 and width >= 0.25 * text_width


def _head_paragraphs(rows: list[list[dict]]) -> list[str]:
    """Spanning rows at one cut: one paragraph per row group of the same type size."""
    out = []
    for r in rows:
        out.append(" ".join(w["text"] for w in r))
    return out


def _gutters(words: list[dict], body: float) -> list[tuple[float, float]]:
    ref = [w for w in words if abs(float(w["size"]) - body) <= body * 0.12] or words
    spans = sorted((float(w["x0"]), float(w["x1"])) for w in ref)
    gutters: list[tuple[float, float]] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= max(_MIN_GUTTER, body * 0.6):
            gutters.append((reach, x0))
        reach = max(reach, x1)
    return gutters


def _band_paragraphs(words: list[dict], body: float, tables: Sequence[PageTable] = ()) -> list[str]:
    gutters = _gutters(words, body) if words else []
    bounds = [float("-inf"), *[(a + b) / 2 for a, b in gutters], float("inf")]
    columns: list[list[dict]] = [[] for _ in range(len(bounds) - 1)]
    for w in words:
        cx = (w["x0"] + w["x1"]) / 2
        for i in range(len(columns)):
            if bounds[i] <= cx < bounds[i + 1]:
                columns[i].append(w)
                break
    if not tables:
        col_lines = [[_line(r) for r in _rows(col)] for col in columns if col]
    else:  # each table in the flow of the column its middle is in, at its height
        placed: list[list[_Line]] = [[] for _ in columns]
        for t in tables:
            cx = (t.x0 + t.x1) / 2
            i = next(i for i in range(len(columns)) if bounds[i] <= cx < bounds[i + 1])
            placed[i].append(_Line(text="", x0=t.x0, x1=t.x1, top=t.top, bottom=t.bottom,
                                   size=body, font="", table=t))
        col_lines = [sorted([*(_line(r) for r in _rows(col)), *tabs], key=lambda ln: ln.top)
                     for col, tabs in zip(columns, placed, strict=True) if col or tabs]
    pitches = [b.top - a.top for lines in col_lines
               for a, b in zip(lines, lines[1:], strict=False)
               if _style(a, body) == _style(b, body) and b.top > a.top
               and a.table is None and b.table is None]
    pitch = median(pitches) if pitches else body * 1.2
    paras: list[_Para] = []
    for lines in col_lines:
        col_paras = _paragraphs(lines, body, pitch)
        if paras and col_paras and _continues(paras[-1], col_paras[0], lines, body):
            paras[-1].lines.extend(col_paras[0].lines)
            col_paras = col_paras[1:]
        paras.extend(col_paras)
    return [p.text() for p in paras]


def _line(row: list[dict]) -> _Line:
    fonts: Counter[str] = Counter()
    for w in row:
        fonts[w["fontname"]] += len(w["text"])
    return _Line(
        text=" ".join(w["text"] for w in row),
        x0=min(w["x0"] for w in row),
        x1=max(w["x1"] for w in row),
        top=min(w["top"] for w in row),
        bottom=max(w["bottom"] for w in row),
        size=median(float(w["size"]) for w in row),
        font=fonts.most_common(1)[0][0],
    )


def _kind(ln: _Line, body: float) -> str:
    if ln.size <= body * _SMALL:
        return "caption"
    if ln.size >= body * _LARGE:
        return "head"
    return "body"


def _style(ln: _Line, body: float) -> tuple[str, bool, str]:
    family = re.sub(r"^[A-Z]{6}\+", "", ln.font).split("-")[0].split(",")[0]
    return _kind(ln, body), ln.italic, family


def _paragraphs(lines: list[_Line], body: float, pitch: float) -> list[_Para]:
    """Lines of one column into paragraphs; ``pitch`` is the band's usual line spacing."""
    if not lines:
        return []
    left = _left(lines)
    paras: list[_Para] = []
    prev: _Line | None = None
    for ln in lines:
        new = prev is None
        if prev is not None:
            if ln.table is not None or prev.table is not None:
                new = True  # a table is a block of its own
            elif _style(ln, body) != _style(prev, body):
                new = True
            elif ln.top - prev.top > pitch * 1.35:
                new = True
            elif ln.x0 - left > max(2.0, body * 0.6) and not (prev.x0 - left > body * 0.6):
                new = True  # first-line indent
        if new:
            paras.append(_Para(kind="table" if ln.table is not None else _kind(ln, body)))
        paras[-1].lines.append(ln)
        prev = ln
    return paras


def _continues(prev: _Para, nxt: _Para, col_lines: list[_Line], body: float) -> bool:
    """Does the first paragraph of a column carry on the last one of the previous column?"""
    last, first = prev.lines[-1], nxt.lines[0]
    if _style(last, body) != _style(first, body) or prev.kind != "body" or nxt.kind != "body":
        return False
    left = _left(col_lines)
    if first.x0 - left > body * 0.6:
        return False  # indented: a new paragraph
    end = last.text.rstrip()
    return bool(end) and end[-1] not in _CLOSERS


def _left(lines: list[_Line]) -> float:
    """A column's left edge: that of its lines of text (a table in it may stand out)."""
    return min((ln.x0 for ln in lines if ln.table is None), default=lines[0].x0)


def _join(left: str, right: str) -> str:
    """Join two lines of one paragraph, rejoining a word hyphenated at the line end."""
    if left.endswith("-") and len(left) >= 2 and left[-2].isalpha():
        m = re.match(r"[A-Za-z]+", right)
        if m and m.group(0)[0].islower() and m.group(0).lower() not in _keep_hyphen():
            return left[:-1] + right
        if m and m.group(0)[0].islower():
            return left + right
    return f"{left} {right}"
