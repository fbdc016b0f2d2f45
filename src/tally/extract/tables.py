"""Markdown pipe tables in a page's text: each numeric cell one fact.

The HTML reader writes a table as Markdown rows ("| City | GDP 2022 (billion yuan) |", the
"|---|" separator, data rows, one block per row or one line each), and plain-text reports may hold
the same. ``find_tables`` finds them (a page without a line opening with "|" costs one ``in``);
``blank`` hides them from the prose path (offsets kept); ``table_facts`` reads them.

A header cell and a row label are read alike (``read_label``): a period by the period grammar, a
unit and scale from a parenthetical or trailing unit by the quantity finder ("(billion yuan)",
"(%)", "US$ million"), an indicator by the indicator cues, and the cue words of
``data/tables.yaml`` (kind, target, basis, "Total"). A cell's figure takes each field from its own
text (a unit of its own), then its column, then its row, then the table: a change column with no
indicator is the change of the value columns beside it (and of their newest period); a period or
an entity no header gives comes from the sentence before the table, the headline, then the
article's prose facts (or the page's main place). The first column names the rows: entities
(typed by its header, the gazetteer or the page's names), qualifiers ("Partner", "Sector"),
periods or indicators (a transposed table). Every fact's rules start with ``table:cell``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from tally.data import load
from tally.extract.carry import end_year, shift_years
from tally.extract.indicators import indicator_of
from tally.extract.numbers import scale_of, times
from tally.extract.periods import find_periods
from tally.extract.quantities import find_quantities
from tally.model import Article, Document, Fact, Quantity
from tally.resolve.entities import Lexicon, classify_name, find_mentions, place_name
from tally.resolve.topics import MAIN_TYPES

Ent = tuple[str, str, str | None]

_ROW = re.compile(r"^[^\n|]*\|[^\n]*", re.MULTILINE)  # a line holding a pipe
_SEP_CELL = re.compile(r":?-{3,}:?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PAREN = re.compile(r"\(([^()]*)\)")
_TAIL = re.compile(r"(?:,|\bin\b|:)\s*([^,:]+)$")
_SHOWN_MAX = 800  # characters of a table shown with a cell's fact (header to row), at most


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


@dataclass(slots=True, kw_only=True)
class Label:
    words: str = ""                 # the label without its period and unit
    period: str | None = None
    dated: bool = True              # the period was written with its year
    unit: str | None = None
    scale: float = 1.0
    per: str | None = None
    indicator: str | None = None
    irule: str = ""
    kind: str | None = None
    basis: str | None = None
    target: bool = False
    total: bool = False
    entity: Ent | None = None
    qualifier: tuple[str, str] | None = None


@cache
def _table() -> dict:
    return load("tables")


@cache
def _words_rx(*path: str) -> re.Pattern[str]:
    node = _table()
    for p in path:
        node = node[p]
    alt = "|".join(sorted((re.escape(w) for w in node), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


@cache
def _header_types(name: str) -> dict[str, str]:
    return {w.lower(): typ for typ, ws in _table()[name].items() for w in ws}


@lru_cache(maxsize=512)
def unit_of(s: str) -> tuple[str, float, str | None] | None:
    """(unit, scale, per) of a unit as headers write it: "billion yuan", "%", "10,000 tonnes",
    "US$ million", "yuan per capita"; None when ``s`` is no unit."""
    s = " ".join(s.split())
    if not s or len(s) > 40:
        return None
    toks = s.split(" ")
    scales = [t for t in toks if _is_scale(t)]
    rest = " ".join(t for t in toks if not _is_scale(t))
    cands = [s] if s[0].isdigit() else []
    cands += [f"1 {s}", f"1{s}"]
    if scales and rest:
        sc = " ".join(scales)
        cands += [f"1 {sc} {rest}", f"{rest}1 {sc}", f"{rest} 1 {sc}"]
    for c in cands:
        qs = find_quantities(c)
        if len(qs) == 1 and qs[0].start == 0 and qs[0].end == len(c) and qs[0].value:
            q, value = qs[0], qs[0].value
            if q.unit == "count" and (q.counted or value == 1):
                return None  # "1 enterprises", "1 City": no unit
            return q.unit, value, q.per
    return None


def _is_scale(tok: str) -> bool:
    return scale_of(tok) not in (None, 1.0) and not tok[0].isdigit()


def _unit_in(words: str) -> tuple[tuple[str, float, str | None], str] | None:
    """A unit in a label ("(billion yuan)", ", US$ million", a trailing "%"), and the label without it."""
    for m in _PAREN.finditer(words):
        u = unit_of(m.group(1))
        if u:
            return u, (words[: m.start()] + words[m.end() :]).strip()
        lead, _, rest = m.group(1).partition(" ")
        if rest and (u := unit_of(lead)):  # "(% of GDP)": the unit, and what it is of
            return u, f"{words[: m.start()]}({rest}){words[m.end() :]}".strip()
    tail = _TAIL.search(words)
    if tail and (u := unit_of(tail.group(1))):
        return u, words[: tail.start()].strip()
    toks = words.split()
    for k in range(min(4, len(toks) - 1), 0, -1):  # the longest trailing unit, leaving a word
        u = unit_of(" ".join(toks[-k:]))
        if u and u[0] != "count":
            return u, " ".join(toks[:-k])
    if len(toks) == 1 and not words.isalpha() and (u := unit_of(words)) and u[0] != "count":
        return u, ""
    return None


def read_label(text: str, start: int, end: int, pub: dt.date | None, lex: Lexicon | None = None) -> Label:
    """What a header cell or row label ``text[start:end]`` says of the figures under or beside it."""
    lab = Label()
    times = [t for t in find_periods(text, start, end, published=pub)
             if t.value and t.role in ("explicit", "target")]
    words = text[start:end]
    if times:
        lab.period = _one_period([t.value for t in times if t.value])
        lab.dated = bool(_YEAR.search(words)) or "FY" in words
        lab.target = any(t.role == "target" for t in times)
        for t in sorted(times, key=lambda t: -t.start):
            words = words[: t.start - start] + " " + words[t.end - start :]
    words = " ".join(words.replace("()", " ").split())
    said = words  # the kind words may be in the unit's parenthesis ("% of GDP")
    got = _unit_in(words)
    if got:
        (lab.unit, lab.scale, lab.per), words = got
    lab.words = words = words.strip(" ,;:-–")
    for kind in ("rank", "share", "change"):
        if _words_rx("kinds", kind).search(said):
            lab.kind = kind
            break
    for basis in ("annual_avg", "yoy"):
        if _words_rx("basis", basis).search(words):
            lab.basis, lab.kind = basis, "change"
            break
    lab.target = lab.target or bool(_words_rx("target").search(words))
    lab.total = bool(words) and _words_rx("total_labels").fullmatch(words.lower()) is not None
    if words and not lab.total:
        q = Quantity(start=0, end=1, text="1", value=1.0, unit=lab.unit or "count")
        ind, rule = indicator_of(q, words + " ", "", lab.kind or "level")
        if ind is not None:
            lab.indicator, lab.irule = ind, rule
        if lex is not None and lab.period is None:
            lab.entity = lex.lookup(words) or classify_name(words)
    return lab


def _one_period(values: list[str]) -> str:
    """One period of a label's periods: a year and a part of a year written apart ("2023 H1") are
    that part of that year; a run of parts ("Q1-Q3") spans from the first to the last."""
    years = [v for v in values if "-" not in v]
    parts = [v for v in values if "-" in v]  # months: "2023-01/2023-06", "2022-12"
    if parts and (years or len(parts) > 1):
        # the year written ("2023 H1"), else that of the last part ("Q1-Q3 2022")
        year = end_year(years[-1]) if years else end_year(parts[-1])
        parts = [shift_years(p, year - end_year(p)) for p in parts]
    if len(parts) > 1:
        return parts[0].split("/")[0] + "/" + parts[-1].split("/")[-1]
    return parts[0] if parts else years[-1]


# ---- the table's facts


@dataclass(slots=True, kw_only=True)
class _Context:
    """What a table takes from around it when its headers say nothing."""

    period: str | None = None
    prule: str = ""
    entity: Ent | None = None
    erule: str = ""
    indicator_text: str = ""        # the sentence before the table
    facts: list[Fact] = field(default_factory=list)


def table_facts(
    document: Document,
    articles: list[Article],
    tables: list[Table],
    facts: list[Fact],
    lex: Lexicon,
    defaults: dict | None = None,
) -> list[Fact]:
    """The facts of the numeric cells of ``tables``; ``facts`` are the page's prose facts (the
    context), ``lex`` and ``defaults`` the page's names and main place."""
    out: list[Fact] = []
    for t in tables:
        art = next((a for a in articles if a.start <= t.start < a.end), None)
        ctx = _context(document, art, t, facts, lex, defaults or {})
        out.extend(_read_table(document, art, t, ctx, lex))
    return out


def _context(
    doc: Document, art: Article | None, t: Table, facts: list[Fact], lex: Lexicon, defaults: dict
) -> _Context:
    text, pub = doc.text, doc.published
    lo = art.start if art else 0
    # the sentence (paragraph) right before the table
    cap_end = t.start
    while cap_end > lo and text[cap_end - 1].isspace():
        cap_end -= 1
    cap_start = max(text.rfind("\n", lo, cap_end) + 1, lo)
    if "|" in text[cap_start:cap_end]:
        cap_start = cap_end  # another table right before: no caption
    ctx = _Context(indicator_text=text[cap_start:cap_end])
    mine = [f for f in facts if art is None or f.article == art.index]
    ctx.facts = mine
    head = (art.headline.start, art.headline.end) if art and art.headline else (0, 0)
    for where, (a, b) in (("caption", (cap_start, cap_end)), ("headline", head)):
        vals = [x.value for x in find_periods(text, a, b, published=pub) if x.value and x.role == "explicit"]
        if vals:
            ctx.period, ctx.prule = max(vals, key=end_year), f"table:period:{where}"
            break
    if ctx.period is None:
        counts = Counter(f.period for f in mine if f.period and f.start < t.start)
        if counts:
            ctx.period, ctx.prule = counts.most_common(1)[0][0], "table:period:article"
    names = {(m.name, m.type, m.parent) for m in find_mentions(text, cap_start, cap_end, lex, roles=False)
             if m.form == "name" and m.name and m.type and m.type != "country"}
    if len(names) == 1:
        ctx.entity, ctx.erule = names.pop(), "table:entity:caption"
    else:  # the subject of the prose before the table, the page's main place, the article's subject
        named = [(f.start, f.entity, f.entity_type) for f in mine if f.entity and f.entity_type]
        before = Counter((e, typ) for s, e, typ in named if s < t.start)
        ents = Counter((e, typ) for _, e, typ in named)
        if before:
            name, typ = before.most_common(1)[0][0]
            ctx.entity, ctx.erule = (name, typ, None), "table:entity:article-main"
        elif defaults.get("main"):
            ctx.entity, ctx.erule = defaults["main"], "table:entity:page-main"
        elif place := _topic(text, lo, t.start, lex):
            ctx.entity, ctx.erule = place, "table:entity:article-topic"
        elif ents:
            name, typ = ents.most_common(1)[0][0]
            ctx.entity, ctx.erule = (name, typ, None), "table:entity:article-main"
    return ctx


def _topic(text: str, start: int, end: int, lex: Lexicon) -> Ent | None:
    """The place the text before a table names most (the first of equals)."""
    places = Counter((m.name, m.type, m.parent) for m in find_mentions(text, start, end, lex, roles=False)
                     if m.form == "name" and m.name and m.type in MAIN_TYPES)
    return max(places, key=lambda e: places[e]) if places else None


def _figure(text: str, c: Cell) -> Quantity | None:
    """The one figure a cell holds, or None for a cell of words ("-", "n/a", a name)."""
    if c.start >= c.end:
        return None
    qs = find_quantities(text, c.start, c.end)
    if len(qs) != 1:
        return None
    q = qs[0]
    rest = text[c.start : q.start] + text[q.end : c.end]
    marks = _table()["cell_marks"]
    return q if all(ch in marks for ch in rest) else None


def _read_table(doc: Document, art: Article | None, t: Table, ctx: _Context, lex: Lexicon) -> list[Fact]:
    text, pub = doc.text, doc.published
    ncol = max(len(r.cells) for r in (t.rows if t.header is None else (t.header, *t.rows)))
    heads = [read_label(text, c.start, c.end, pub, lex) for c in t.header.cells] if t.header else []
    heads += [Label() for _ in range(ncol - len(heads))]
    # the first column names the rows unless it holds figures only
    labelled = any(r.cells and _figure(text, r.cells[0]) is None for r in t.rows)
    first = ""
    if t.header and labelled and t.header.cells:
        first = text[t.header.cells[0].start : t.header.cells[0].end].strip().lower()
    row_type = _header_types("entity_headers").get(first)
    row_qual = _header_types("qualifier_headers").get(first)
    rows = [read_label(text, r.cells[0].start, r.cells[0].end, pub, lex) if labelled and r.cells else Label()
            for r in t.rows]
    _type_rows(rows, row_type, row_qual, heads)
    _type_rows(heads[int(labelled) :], None, None, [])  # columns of places ("| Item | Oakvale | Elmton |")
    out: list[Fact] = []
    for r, rl in zip(t.rows, rows, strict=True):
        cells = [(j, c, q) for j, c in enumerate(r.cells) if j >= int(labelled) and (q := _figure(text, c))]
        # a cell is shown with its column headers: the table from its header row to the cell's row
        # (the row alone when that runs long)
        shown = t.header.start if t.header and r.end - t.header.start <= _SHOWN_MAX else r.start
        made = [_fact(doc, art, r, q, heads[j], rl, shown) for j, c, q in cells]
        _fill_row(made, ctx, pub)
        out.extend(m.fact for m in made)
    return out


def _type_rows(rows: list[Label], typ: str | None, qual: str | None, heads: list[Label]) -> None:
    """Make each row label an entity, a qualifier or the whole (``total``), by the first column's
    header; a label of no known name takes the type of the names beside it."""
    inds = {h.indicator for h in heads if h.indicator}
    partners = set(_table()["partner_indicators"])
    if typ == "country" and inds and inds <= partners:
        typ, qual = None, "partner"  # exports by country: the countries are partners
    known = Counter(r.entity[1] for r in rows if r.entity and not r.total)
    for r in rows:
        if r.total or r.period or not r.words:
            continue
        if qual:
            r.qualifier, r.entity = (qual, r.words), None
        elif typ:
            if r.entity is None or r.entity[1] != typ:
                name = r.words if typ in ("company", "country") else place_name(r.words, typ)
                r.entity = (name, typ, None)
        elif (r.entity is None and r.indicator is None and r.unit is None and r.kind is None and known
              and r.words[:1].isupper()):
            r.entity = (r.words, known.most_common(1)[0][0], None)  # the type of its neighbours
        if r.entity is not None or r.qualifier is not None:
            r.indicator = None  # a name's words are no indicator cue ("Port Trade Zone")


@dataclass(slots=True)
class _Made:
    fact: Fact
    dated: bool         # a label gave its period with the year
    raw: float | None   # the cell's number
    scale: float        # the scale its label gave
    unitless: bool      # no label gave it a unit


def _fact(
    doc: Document, art: Article | None, r: Row, q: Quantity, col: Label, row: Label, shown: int
) -> _Made:
    """The fact of figure ``q`` in row ``r`` as its column's and row's labels make it; its sentence
    (what it is shown in) runs from ``shown`` to the row's end."""
    rules = ["table:cell"]
    own = q.unit != "count" or q.counted is not None
    if own:
        unit, value, per = q.unit, q.value, q.per
        rules.append("table:unit:cell")
    else:
        src = col if col.unit else row if row.unit else None
        unit = src.unit if src and src.unit else "count"
        value = times(q.value, src.scale) if src and q.value is not None else q.value
        per = src.per if src else None
        rules.append(f"table:unit:{'column' if src is col else 'row' if src is row else 'none'}")
    f = Fact(doc=doc.name, start=q.start, end=q.end, text=q.text, value=value, unit=unit, approx=q.approx,
             value_high=q.value_high, counted=q.counted, article=art.index if art else None,
             sentence_start=shown, sentence_end=r.end, rules=rules)
    f.kind = col.kind or row.kind or "level"
    if f.kind == "rank" and f.unit == "count":
        f.unit = "rank"
    f.rules.append("table:kind:" + ("column" if col.kind else "row" if row.kind else "default"))
    if f.kind == "change":
        f.basis = col.basis or row.basis
        if f.value is not None and f.value < 0:
            f.value, f.direction = -f.value, "down"
        else:
            f.direction = "up"
    if per:
        f.qualifiers["per"] = per
    f.period = col.period or row.period
    if f.period:
        f.rules.append("table:period:column" if col.period else "table:period:row")
    ent = row.entity or col.entity
    if ent:
        f.entity, f.entity_type = ent[0], ent[1]
        if ent[2]:
            f.qualifiers["_parent"] = ent[2]
        f.rules.append("table:entity:row" if row.entity else "table:entity:column")
    for lab in (row, col):
        if lab.qualifier:
            f.qualifiers[lab.qualifier[0]] = lab.qualifier[1]
    ind = col.indicator or row.indicator
    if ind:
        f.indicator = ind
        f.rules.append((col.irule if col.indicator else row.irule) + ("@column" if col.indicator else "@row"))
    else:
        f.indicator = ""  # filled by ``_fill_row``
    if col.target or row.target:
        f.status = "target"
        f.rules.append("table:status:header")
    if row.total:
        f.rules.append("table:total")  # the sum of its column's rows above (``verify.part_whole``)
    dated = bool((col.period and col.dated) or (row.period and row.dated))
    return _Made(f, dated, q.value, src.scale if not own and src else 1.0, "table:unit:none" in rules)


def _fill_row(made: list[_Made], ctx: _Context, pub: dt.date | None) -> None:
    """Fields no header gave: from the other figures of the row, then from the table's context."""
    facts = [m.fact for m in made]
    levels = [m for m in made if m.fact.kind == "level" and m.fact.indicator and not m.unitless]
    for m in made:
        f = m.fact
        before = [g for g in levels if g.fact.start < f.start] or levels
        if not f.indicator and before:
            # "Growth (%)", "Share (%)", "Rank", "2025 target" beside "GDP 2022": the GDP's
            # change, share, rank, target (a figure with no unit of its own in the GDP's unit)
            g = before[-1]
            f.indicator = g.fact.indicator
            f.rules.append(f"table:indicator:{f.kind}-of-column")
            if f.kind == "level" and m.unitless and m.raw is not None:
                f.unit, f.value = g.fact.unit, times(m.raw, g.scale)
                f.rules.append("table:unit:of-column")
        if not f.indicator:
            q = Quantity(start=0, end=1, text="1", value=f.value, unit=f.unit)
            ind, rule = indicator_of(q, ctx.indicator_text + " ", "", f.kind)
            if ind is None:
                ind, rule = ("count", "table:indicator:count-default") if f.unit in ("count", "rank") else (
                    "other", "table:indicator:default")
            f.indicator = ind
            f.rules.append(rule + "@caption" if rule.startswith("indicator:") else rule)
    for m in made:
        f, dated = m.fact, m.dated
        if f.period is None and f.kind == "change":
            same = [g.period for g in facts if g.period and g.kind != "change" and g.indicator == f.indicator]
            if same:
                f.period = max(same, key=end_year)
                f.rules.append("table:period:newest-of-row")
        if f.period and not dated and ctx.period and len(f.period) > 4:
            # "Jan-Jun" under a caption of 2023: that part of the caption's year
            f.period = shift_years(f.period, end_year(ctx.period) - end_year(f.period))
            f.rules.append("table:period:year-of-context")
        if f.period is None and ctx.period:
            f.period = ctx.period
            f.rules.append(ctx.prule)
        if f.entity is None and ctx.entity:
            f.entity, f.entity_type = ctx.entity[0], ctx.entity[1]
            if ctx.entity[2]:
                f.qualifiers["_parent"] = ctx.entity[2]
            f.rules.append(ctx.erule)
        if f.kind == "change" and f.basis is None:
            earlier = [g.period for g in facts if g.kind != "change" and g.indicator == f.indicator
                       and g.period and f.period and g.period != f.period]
            prev = shift_years(f.period, -1) if f.period else None
            f.basis = "yoy" if prev in earlier else "since" if earlier else "unspecified"
            f.rules.append(f"table:basis:{f.basis}")
        if f.status == "actual" and f.period and pub and end_year(f.period) > pub.year:
            f.status = "target"
            f.rules.append("table:status:future")


def without_tables(document: Document, tables: list[Table]) -> Document:
    """The document as the prose path reads it: its tables blanked."""
    return replace(document, text=blank(document.text, tables))
