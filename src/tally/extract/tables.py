"""Markdown pipe tables in a page's text: each numeric cell one fact (``table_facts``).

The tables are found by ``tally.extract.table_grid`` (which also blanks them from the prose path,
offsets kept); their header cells and row labels are read by ``tally.extract.table_labels``.

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
from collections import Counter
from dataclasses import dataclass, field

from tally.extract.carry import end_year, shift_years
from tally.extract.indicators import indicator_of
from tally.extract.numbers import times
from tally.extract.periods import find_periods
from tally.extract.quantities import find_quantities
from tally.extract.table_grid import Cell, Row, Table
from tally.extract.table_labels import (
    Label,
    header_types,
    read_label,
    table_words,
)
from tally.model import Article, Document, Fact, Quantity
from tally.resolve.entities import Lexicon, find_mentions, place_name
from tally.resolve.topics import MAIN_TYPES

Ent = tuple[str, str, str | None]

_SHOWN_MAX = 800  # characters of a table shown with a cell's fact (header to row), at most


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
    marks = table_words()["cell_marks"]
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
    row_type = header_types("entity_headers").get(first)
    row_qual = header_types("qualifier_headers").get(first)
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
    partners = set(table_words()["partner_indicators"])
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
