"""Quantities → facts: entity, indicator, period, kind, direction, basis, status.

``extract_facts(document, articles)`` walks each article sentence by sentence (captions on
their own), finds the quantities (``tally.extract.quantities``), and fills each fact's fields
from the rules of the sibling modules:

* ``periods``     time expressions, and carrying a period into a sentence that refers back
* ``kinds``       level / change / share / rank / ratio, direction, basis, status
* ``indicators``  the indicator id from units, counted nouns and cue words
* ``tally.resolve.coref``  the entity: the nearest visible subject, references, the topic

Attribution never crosses an article boundary: every article (and every caption) starts with
an empty context. ``Fact.rules`` lists the rule behind each field.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial
from operator import attrgetter
from typing import Final

from tally.extract import kinds as K
from tally.extract.carry import (
    PeriodContext,
    choose_period,
    end_year,
    event_date,
    measured_against,
    next_occurrence,
    periods_from_repeats,
    update_context,
    visible,
)
from tally.extract.indicators import fits, indicator_of, indicators_from_repeats, previous_indicator
from tally.extract.kinds import Quick
from tally.extract.periods import TimeExpr, find_periods
from tally.extract.q_units import registry
from tally.extract.qualifiers import add_qualifiers, share_goods
from tally.extract.sentences import Sentence, sentences
from tally.extract.table_grid import find_tables, without_tables
from tally.extract.tables import table_facts
from tally.model import Article, Document, Entity, Fact, Quantity
from tally.resolve.ages import drop_person_ages
from tally.resolve.canonical import entity
from tally.resolve.coref import SentenceView, Tracker, _inside, attributions
from tally.resolve.entities import Lexicon, learn_mentions
from tally.resolve.repeats import entities_from_repeats
from tally.resolve.topics import byline_places, page_defaults

Finder = Callable[..., list[Quantity]]


@dataclass(init=False)
class _Ctx(PeriodContext):
    """What an article (or a caption) carries from sentence to sentence."""

    tracker: Tracker | None = None
    last_fact: Fact | None = None
    # the sentence before, as (the text it is in, its start, its end): sliced only when read
    last_sentence: tuple[str, int, int] = ("", 0, 0)

    @property
    def last_sentence_text(self) -> str:
        src, start, end = self.last_sentence
        return src[start:end]
    sentences_since_fact: int = 99
    facts: list[Fact] = field(default_factory=list)

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted, ~7,000 instructions a context in the compiled build. Every
    # field of ``PeriodContext`` and its own, by keyword (``dataclasses.replace`` passes them all),
    # with the declared defaults (a fresh list for each list): ``test_facts`` holds it to the fields)
    def __init__(
        self,
        *,
        period: TimeExpr | None = None,
        target: TimeExpr | None = None,
        period_age: int = 99,
        plan: TimeExpr | None = None,
        paragraph: int = -1,
        target_paragraph: int = -1,
        used: list[TimeExpr] | None = None,
        history: list[TimeExpr] | None = None,
        dated: bool = False,
        chained: bool = False,
        resolved: tuple[list[TimeExpr], int | None, list[TimeExpr]] | None = None,
        tracker: Tracker | None = None,
        last_fact: Fact | None = None,
        last_sentence: tuple[str, int, int] = ("", 0, 0),
        sentences_since_fact: int = 99,
        facts: list[Fact] | None = None,
    ) -> None:
        self.period = period
        self.target = target
        self.period_age = period_age
        self.plan = plan
        self.paragraph = paragraph
        self.target_paragraph = target_paragraph
        self.used = [] if used is None else used
        self.history = [] if history is None else history
        self.dated = dated
        self.chained = chained
        self.resolved = resolved
        self.tracker = tracker
        self.last_fact = last_fact
        self.last_sentence = last_sentence
        self.sentences_since_fact = sentences_since_fact
        self.facts = [] if facts is None else facts


def _default_finder() -> Finder:
    from tally.extract.quantities import find_quantities

    return find_quantities


def extract_facts(
    document: Document, articles: list[Article], *, find: Finder | None = None
) -> tuple[list[Fact], list[Entity]]:
    """Facts and the entities they name, for one document already split into articles."""
    tables = find_tables(document.text)  # (none, at once, on a page without a line opening with "|")
    page = document
    if tables:  # the prose path reads the page with its tables blanked; they are read on their own
        document = without_tables(document, tables)
    text = document.text
    find = find or _default_finder()
    if not articles:
        articles = [Article(index=0, start=0, end=len(text))]
    lex = Lexicon()
    byline_places(text, articles, lex)
    for art in articles:
        learn_mentions(text, art.start, art.end, lex)
    defaults = page_defaults(text, articles, lex)
    quantities = find(text)
    facts: list[Fact] = []
    # made once per page, not per article: where each quantity is in the list, and their starts
    index = {id(q): i for i, q in enumerate(quantities)}
    starts = _starts_if_sorted(quantities)
    for art in articles:
        facts.extend(_article(document, art, quantities, lex, defaults, index=index, starts=starts))
    facts.sort(key=_START_END)
    facts = drop_person_ages(text, facts, lex)
    periods_from_repeats(facts, text, [(c.start, c.end) for art in articles for c in art.captions])
    indicators_from_repeats(facts, text)
    share_goods(facts, text)
    entities_from_repeats(facts, text)
    if tables:
        facts.extend(table_facts(page, articles, tables, facts, lex, defaults))
        facts.sort(key=_START_END)
    entities: dict[str, Entity] = {}
    # the entity of the fact before, whose key is in ``entities`` (most facts name the entity of
    # the one before: its key is neither made nor looked up again)
    last_ent: str | None = None
    last_type: str | None = None
    for f in facts:
        quals = f.qualifiers
        ent, ent_type = f.entity, f.entity_type
        if ent and ent_type and not (ent == last_ent and ent_type == last_type):
            last_ent, last_type = ent, ent_type
            key = f"{ent_type}:{ent.lower()}"
            if key not in entities:
                parent = quals.pop("_parent", None) if "_parent" in quals else None
                entities[key] = entity(ent, ent_type, parent, [])  # Entity(name=..., type=..., parent=...)
        # (a look-up first: most facts have no parent, and ``dict.pop`` is a generic method call
        # per fact in the compiled build)
        if "_parent" in quals:
            del quals["_parent"]
    return facts, list(entities.values())


# a fact's (start, end): the sort key ``lambda f: (f.start, f.end)`` (in C, not a call of a
# function per fact, generic in the compiled build)
_START_END: Final = attrgetter("start", "end")
_START: Final = attrgetter("start")  # a fact's or a span's start (``lambda f: f.start``, in C)


def _masked(text: str, art: Article) -> str:
    """The text with the article's captions blanked (each character but a line break made a space),
    for reading its body."""
    if not art.captions:
        return text
    merged: list[list[int]] = []  # the captions' spans, overlapping ones joined
    for c in sorted(art.captions, key=_START):
        if merged and c.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], c.end)
        else:
            merged.append([c.start, c.end])
    out, pos = [], 0
    for a, b in merged:
        out.append(text[pos:a])
        out.append("\n".join([" " * len(line) for line in text[a:b].split("\n")]))
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _starts_if_sorted(quantities: list[Quantity]) -> list[int] | None:
    """The starts of the quantities, or None when they are not sorted by start."""
    starts = [q.start for q in quantities]
    if any(a > b for a, b in zip(starts, starts[1:], strict=False)):
        return None  # each sentence then scans them all
    return starts


def _in_sentence(
    quantities: list[Quantity], starts: list[int] | None, s: Sentence
) -> list[Quantity]:
    """The quantities that start in sentence ``s`` and end in it too, in their order.
    ``starts`` are their starts when the list is sorted by start (then found by bisection)."""
    if starts is None:
        return [q for q in quantities if s.start <= q.start and q.end <= s.end]
    lo, hi = bisect_left(starts, s.start), bisect_right(starts, s.end)
    if lo == hi:
        return []  # (most sentences: no figure starts in them)
    return [q for q in quantities[lo:hi] if q.end <= s.end]


def _figures_by_sentence(
    sents: list[Sentence],
    quantities: list[Quantity],
    starts: list[int] | None,
    caption_ranges: list[tuple[int, int]],
) -> tuple[list[list[Quantity]], set[int]]:
    """The figures of each sentence (each figure in the first sentence that holds it; a body
    sentence takes none inside a caption), and the ids of all of them."""
    claimed: set[int] = set()
    found: list[list[Quantity]] = []
    # with sorted starts, ``_in_sentence``'s bisections are walks along with the sentences (they
    # come by start: a sentence's first figure is at or after the one before's; a bisection only
    # for the first and for one that goes back), over the few starts of each sentence
    n = len(starts) if starts is not None else 0
    p = 0
    prev = -1
    for s in sents:
        if starts is None:
            qs = _in_sentence(quantities, starts, s)
        else:
            s_start, s_end = s.start, s.end
            if s_start < prev or prev < 0:
                p = bisect_left(starts, s_start)
            else:
                while p < n and starts[p] < s_start:
                    p += 1
            prev = s_start
            hi = p
            while hi < n and starts[hi] <= s_end:
                hi += 1
            if hi == p:  # (most sentences: no figure starts in them)
                found.append([])
                continue
            qs = [q for q in quantities[p:hi] if q.end <= s_end]
        if qs:  # (most sentences have no figure: nothing to filter or claim)
            qs = [
                q
                for q in qs
                if id(q) not in claimed and (s.caption or not _inside(q.start, caption_ranges))
            ]
            for q in qs:  # (a loop: no generator run per sentence with figures)
                claimed.add(id(q))
        found.append(qs)
    return found, claimed


def _context_of(s: Sentence) -> tuple[bool, int]:
    """Which context a sentence reads and moves on: the body's, or its caption's."""
    return (s.caption, s.paragraph if s.caption else 0)


def _article(
    doc: Document,
    art: Article,
    quantities: list[Quantity],
    lex: Lexicon,
    defaults: dict | None = None,
    *,
    index: dict[int, int],
    starts: list[int] | None,
) -> list[Fact]:
    """The facts of one article. ``index``: each quantity's place in ``quantities`` (by id);
    ``starts``: their starts when they are sorted by start (``_starts_if_sorted``)."""
    text = doc.text
    body_text = _masked(text, art)
    sents = sentences(text, art)
    caption_ranges = [(c.start, c.end) for c in art.captions]
    body = _Ctx(tracker=Tracker(lex, defaults=defaults or {}))
    out: list[Fact] = []
    caption_ctx: dict[int, _Ctx] = {}
    # the figures of each sentence first: after the last sentence with a figure in a context (the
    # body, each caption) nothing reads that context any more, so its sentences are skipped
    found, claimed = _figures_by_sentence(sents, quantities, starts, caption_ranges)
    # (the last sentence with a figure of each context, ``_context_of``: the body's, and each
    # caption's by its paragraph; read by index, not through zip's iterator and a tuple per sentence)
    last_body = -1
    last_caption: dict[int, int] = {}
    n_sents = len(sents)
    for i in range(n_sents):
        if found[i]:
            s = sents[i]
            if s.caption:
                last_caption[s.paragraph] = i
            else:
                last_body = i
    for i in range(n_sents):
        s = sents[i]
        if i > (last_caption.get(s.paragraph, -1) if s.caption else last_body):
            continue
        qs = found[i]
        if s.caption:
            cap = caption_ctx.get(s.paragraph)
            if cap is None:  # a caption takes entities from itself only
                cap = caption_ctx[s.paragraph] = _Ctx(tracker=Tracker(lex, defaults=defaults or {}))
            ctx = cap
            src = text
        else:
            ctx = body
            src = body_text
        out.extend(_sentence(doc, src, art, s, qs, quantities, index, ctx))
        ctx.last_sentence = (src, s.start, s.end)
    _fill_from_article(out, body)
    # quantities the segmenter left outside every sentence (sub-headlines, stray lines)
    in_art = (
        quantities[bisect_left(starts, art.start) : bisect_left(starts, art.end)]
        if starts is not None
        else quantities
    )
    art_start, art_end = art.start, art.end  # (read once, not per quantity)
    rest = [q for q in in_art if art_start <= q.start < art_end and id(q) not in claimed]
    for q in rest:
        ls = text.rfind("\n", art.start, q.start) + 1
        le = text.find("\n", q.end, art.end)
        le = art.end if le < 0 else le
        s = Sentence(start=ls, end=le, paragraph=-2)
        rest_ctx = _Ctx(tracker=Tracker(lex, defaults=defaults or {}))
        out.extend(_sentence(doc, body_text, art, s, [q], quantities, index, rest_ctx))
    return out


_RELATIVE_UNITS: Final[tuple[str, ...]] = ("percent", "times", "percentage_point")


def _same_family(prev_unit: str, unit: str) -> bool:
    """A figure may take the indicator of the one before it: as its change, or with the same kind of unit."""
    if unit in _RELATIVE_UNITS:
        return True
    if prev_unit == unit:
        return True
    a, b = prev_unit.split("/")[0], unit.split("/")[0]
    return a.isupper() and b.isupper() and len(a) == len(b) == 3  # two currencies


def _fill_from_article(facts: list[Fact], body: _Ctx) -> None:
    """Body facts with no entity (sub-headlines, openings) take the article's main subject."""
    counts: dict[tuple, int] = {}
    unnamed: list[Fact] = []  # the facts with no entity, in order (the only ones given one below)
    for f in facts:
        ent = f.entity
        if ent:
            if "entity:none" not in f.rules:
                k = (ent, f.entity_type)
                counts[k] = counts.get(k, 0) + 1
        elif ent is None:
            unnamed.append(f)
    if not counts or not unnamed:
        return
    # the most counted, the first counted of those (what ``max`` with the count as key gives)
    main: tuple = ()
    top = 0
    for k, n in counts.items():
        if n > top:
            main, top = k, n
    for f in unnamed:
        if "caption" not in f.rules:
            f.entity, f.entity_type = main
            f.rules.append("entity:article-main")


def _blank(src: str, start: int, end: int, spans: list[tuple[int, int]], keep: int) -> str:
    """``src[start:end]`` without the asides that do not contain ``keep`` (each left as one space)."""
    if not spans:
        return src[start:end]
    cut = sorted(
        (max(a, start), min(b, end)) for a, b in spans if not (a <= keep < b) and a < end and b > start
    )
    out, pos = [], start
    for a, b in cut:
        if a < pos:
            a = pos
        if a >= b:
            continue
        out.append(src[pos:a])
        out.append(" ")
        pos = b
    out.append(src[pos:end])
    return "".join(out)


def _reported(times: list[TimeExpr], attrib: list[tuple[int, int]], src: str, ctx: _Ctx) -> list[TimeExpr]:
    """The times of a sentence that may become the period reported on: not in an attribution
    ("officials said on Monday"), nor what a figure is measured against ("than in May"), nor the
    date of an event in a "when" clause ("when the mine opened in 2006"), also when a figure
    beside it took it for its own (it is then dropped from ``ctx.used``)."""
    out = []
    for t in times:
        if measured_against(src, t.start) or event_date(src, t):
            if ctx.used:
                ctx.used = [u for u in ctx.used if (u.start, u.end) != (t.start, t.end)]
        elif not _inside(t.start, attrib):
            out.append(t)
    return out


def _sentence(
    doc: Document,
    src: str,
    art: Article,
    s: Sentence,
    qs: list[Quantity],
    allq: list[Quantity],
    index: dict[int, int],
    ctx: _Ctx,
) -> list[Fact]:
    pub = doc.published
    ctx.paragraph = s.paragraph
    # (the fields read many times below, read once: each read of a record of ``tally.model`` or of
    # a named tuple is a generic attribute look-up in the compiled build)
    s_start, s_end = s.start, s.end
    times = find_periods(src, s_start, s_end, published=pub)
    assert ctx.tracker is not None  # every _Ctx is made with its tracker
    if not qs:  # no figure: only the context moves on (what the rest below would do)
        ctx.sentences_since_fact += 1
        if times:  # (the sentence's attributions, found only then, are kept for the tracker)
            attrib = attributions(src[s_start : s_end], s_start)
            ctx.tracker.skip(src, s_start, s_end, attrib)
            update_context(ctx, _reported(times, attrib, src, ctx))
        else:
            ctx.tracker.skip(src, s_start, s_end)
            update_context(ctx, [])
        return []
    view = ctx.tracker.read(src, s_start, s_end)  # (read at once: its mentions are asked for below)
    sent = view.text  # (the view's own slice of it)
    # (loops here and below, not comprehensions or ``any``: no function called per sentence or figure)
    names: list[tuple[int, int]] = []
    for r in view.mentions:
        if r.mention.form == "name":
            names.append((r.mention.start, r.mention.end))
    facts: list[Fact] = []
    by_q: dict[int, Fact] = {}
    kept: list[Quantity] = []
    # a figure inside a time expression or a name is part of it ("2021", "the 14th Five-Year Plan")
    time_spans: list[tuple[int, int]] = []
    for t in times:
        if t.role != "basis" or t.value:
            time_spans.append((t.start, t.end))
    if time_spans or names:
        for q in qs:
            qa, qb = q.start, q.end  # (read once, not per span)
            for a, b in time_spans:
                if qa < b and a < qb:
                    break
            else:
                for a, b in names:
                    if qa < b and a < qb:
                        break
                else:
                    kept.append(q)
    else:  # (nothing to overlap: every figure is kept)
        kept.extend(qs)
    # twins of a currency pair are filled from their partner (a figure with no partner is none),
    # and where each figure's text ends
    primary: list[Quantity] = []
    twin_ends: list[int] = []
    for q in kept:
        if q.paired_with is None:
            primary.append(q)
            twin_ends.append(q.end)
        elif not _is_twin(q, allq, index):
            primary.append(q)
            twin_ends.append(_twin_end(q, allq, index))
    asides = view.asides
    hard_asides = [(a, b) for a, b in asides if a in view.hard_starts] if asides else []
    pub_year = pub.year if pub else None  # (read once, not per figure)
    doc_name, art_index = doc.name, art.index  # (as ``pub``: for each fact)
    for i, q in enumerate(primary):
        q_start, fig_end, unit = q.start, q.end, q.unit
        prev_end = primary[i - 1].end if i else s_start
        nxt = primary[i + 1].start if i + 1 < len(primary) else s_end
        prev_end = max(prev_end, twin_ends[i - 1]) if i else prev_end
        if i and "age" in primary[i - 1].rules:
            # "the share of residents aged 65 or older reached 25.6%": an age inside the noun
            # phrase does not end the figure's window
            prev_end = max(primary[i - 2].end, twin_ends[i - 2]) if i > 1 else s_start
        q_end = twin_ends[i]
        wide_start = max(s_start, q_start - 220)
        if not asides:  # (what _blank gives with no asides: the plain slices)
            local_before = src[prev_end : q_start]
            local_after = src[q_end:nxt]
            wide_before = src[wide_start : q_start]
        else:
            local_before = _blank(src, prev_end, q_start, asides, q_start)
            local_after = _blank(src, q_end, nxt, asides, q_start)
            wide_before = _blank(src, wide_start, q_start, asides, q_start)
            hard = _inside(q_start, hard_asides) if hard_asides else None
            if hard:
                wide_before = src[max(hard[0], q_start - 220) : q_start]
                local_before = src[max(hard[0], prev_end) : q_start]
                local_after = src[q_end : min(nxt, hard[1])]
        clause_after = _clause_of(local_after)
        if (
            s.caption
            and unit == "count"
            and q.value is not None
            and q.value < 10
            and (q.counted or "") in _PHOTO_PEOPLE
        ):
            continue  # "Two workers assemble ...": who is in the photo, not a statistic
        if (unit == "count" and q.per is None and q.value is not None and q.value < 10
                and (q.counted or "") in _kin()):
            continue  # "a son and two daughters": a family in a story, not a statistic
        if (
            (q.kind_hint == "rank" or unit == "rank")
            and "top-n" not in q.rules
            and not K.keep_rank(q, wide_before, src[fig_end : s_end])
        ):
            continue
        f = _new_fact(doc_name, art_index, s, q, q_start, fig_end, unit)
        rules = f.rules  # (the fact's own list: appended to, never replaced)
        orig = q
        if unit == "count" and _ends_top(local_before) and _TOP_BEFORE.search(local_before):
            # "among the top three exporters": a position, not a count
            q = Quantity(
                start=q_start,
                end=fig_end,
                text=q.text,
                value=q.value,
                unit="rank",
                approx=q.approx,
                kind_hint="rank",
                rules=(*q.rules, "top-n"),
            )
            f.unit, f.counted = "rank", None
            unit = "rank"  # (q's unit from here on)
            rules.append("kind:top-n")
            if f.approx == "=" and _AMONG_TOP_BEFORE.search(local_before):
                f.approx = "<="  # "among the top three": a position no lower than third
        # kind
        info = K.classify(q, local_before, local_after, sent)
        prev = facts[-1] if facts else None
        # the figure takes the kind of the share before it ("kind:coordinated-share", the one place
        # that rule is given: known here, not looked for in the fact's rules below)
        coordinated_share = False
        if (
            info.kind == "level"
            and prev
            and prev.kind == "change"
            and prev.unit == unit
            and _COORDINATED.fullmatch(local_before)
        ):
            info = K.KindInfo(kind="change", direction=prev.direction, rules=["kind:coordinated"])
        elif (
            info.kind == "level"
            and prev is not None
            and K.same_kind_as_previous(prev, unit, local_before)
        ):
            # "the jobless rate fell to 3.9% from 4.6%": the earlier value of the same share
            info = K.KindInfo(kind=prev.kind, rules=["kind:coordinated-share"])
            coordinated_share = True
        # (each field set only when it is not the default ``_fact`` gave it: a store into a record of
        # ``tally.model`` is a generic call in the compiled build)
        kind = info.kind  # (read below as ``kind``: only this sets ``f.kind``)
        if kind != "level":
            f.kind = kind
        direction = info.direction
        if direction is not None:
            f.direction = direction
        rules += info.rules
        # period
        period, prule, prole = choose_period(
            q, s, times, view, ctx, sent, wide_before, pub_year, kind=kind
        )
        if period is not None:
            f.period = period
        rules.append(prule)
        # status
        future = prole == "target" or bool(period and pub_year is not None and end_year(period) > pub_year)
        rest = local_after if not asides else src[q_end:nxt]  # (the same slice with no aside)
        st = K.status_of(
            wide_before, clause_after, rest=rest, future=future, pub_year=pub_year
        )
        if st:
            f.status = "target"
            rules.append(st[1])
        if st and period:  # (``f.status`` is "target" only then: ``_fact`` made it "actual")
            ahead = next_occurrence(period, prule, times, pub)
            if ahead:
                f.period = ahead
                rules.append("period:next-occurrence")
        # basis
        if kind == "change":
            has_since = any(t.role == "basis" and t.value for t in times)
            span = bool(f.period and "/" in f.period and "-" not in f.period)
            basis, brule = K.basis_of(
                local_before,
                local_after,
                # built only when basis_of reads them (most changes are decided before)
                partial(_with_last_sentence, src, s, asides, q, ctx),
                has_since,
                span,
                has_period=bool(f.period),
                period=f.period,
                yoy_text=partial(_yoy_discourse, src, s, q, view, ctx, f.period),
            )
            f.basis = basis
            rules.append(brule)
            if basis == "annual_avg" and f.period and "/" not in f.period:
                spans = [
                    t
                    for t in times
                    if t.role == "explicit" and t.value and "/" in t.value and visible(t, q, view)
                ]
                if spans:
                    f.period = spans[0].value
                    rules.append("period:span-of-average")
        # entity
        ent, erule = view.entity_for(q_start, fig_end)
        if ent:
            f.entity, f.entity_type = ent[0], ent[1]
            if ent[2]:
                f.qualifiers["_parent"] = ent[2]
        rules.append(erule)
        # indicator
        # the figure before, when it may lend its indicator (same family, not only in an aside)
        same_prev: Fact | None = None
        if (
            prev is not None
            and not (_inside(prev.start, asides) and not _inside(q_start, asides))
            and _same_family(prev.unit, unit)
        ):
            same_prev = prev
        last_count = (  # the last count of the sentence before, which "Nine of them" may refer to
            next((x for x in reversed(ctx.facts[-8:]) if x.unit == "count"), None)
            # previous_indicator reads it only for a count
            if ctx.sentences_since_fact <= 1 and unit == "count"
            else None
        )
        ind: str | None = None
        irule = ""
        # previous_indicator finds nothing but for a rank, a count or a coordinated share
        if kind == "rank" or unit == "count" or coordinated_share:
            ind, irule = previous_indicator(
                f,
                q,
                prev if same_prev is not None or kind == "rank" else None,
                last_count,
                local_before,
                src[fig_end : s_end],
            )
        if ind is None and same_prev is not None and _CHANGE_TAIL.has(local_before):
            # "... 25 billion yuan worth of goods, up 18 percent": the change of the figure before
            ind, irule = same_prev.indicator, "indicator:change-of-previous"
        if ind is None:
            ind, irule = indicator_of(q, local_before, clause_after, kind)
        if (
            ind is None
            and same_prev is not None
            and not (unit in _RELATIVE_UNITS and same_prev.indicator == "count")
            and fits(same_prev.indicator, unit)
        ):
            ind, irule = same_prev.indicator, "indicator:previous-figure"
        if ind is None and wide_before != local_before:  # the same window would give the same None
            ind, irule = indicator_of(q, wide_before, clause_after, kind)
        # a caption is about its photo, not the headline
        if ind is None and ctx.last_fact is None and art.headline and not s.caption:
            ind, irule = indicator_of(q, src[art.headline.start : art.headline.end] + " ", "", kind)
            irule = irule + "@headline"
        if ind is None:
            if same_prev is not None and same_prev.indicator != "other" and fits(same_prev.indicator, unit):
                ind, irule = same_prev.indicator, "indicator:same-sentence"
            elif (
                ctx.last_fact
                and ctx.sentences_since_fact <= 1
                and ctx.last_fact.entity == f.entity
                and (unit != "count" or ctx.last_fact.unit == "count")  # a count takes no money's indicator
                and fits(ctx.last_fact.indicator, unit)  # nor money a count's
                # nor a rate a count's ("Germany's 16 states. Nationwide, the rate stood at 5.5 percent")
                and not (kind == "level" and unit == "percent" and ctx.last_fact.unit == "count")
                # a count of its own noun ("1.2 million servers") is no count of the things before
                and not (unit == "count" and q.counted and (ctx.last_fact.counted or "") != q.counted)
            ):
                ind, irule = ctx.last_fact.indicator, "indicator:carried"
            elif unit == "count":
                ind, irule = "count", "indicator:count-default"
            else:
                ind, irule = "other", "indicator:default"
        if (
            kind == "rank"
            # (the rule first: a string test, where the searches cost ~15,000 instructions a figure)
            and irule.startswith(("indicator:carried", "indicator:same"))
            and _TO_WORD.search(src[fig_end : fig_end + 90])
            and not _RANK_WORD.search(wide_before[-40:])
        ):
            ind, irule = "other", "indicator:first-mover"
        if ind == "public_funding" and f.entity_type == "company" and irule.startswith("indicator:cue:spen"):
            ind, irule = "investment", irule + "@company"  # "Samsung will spend 500 trillion won on fabs"
        f.indicator = ind
        rules.append(irule)
        # ``f.unit`` is ``unit`` up to here (set with it by ``_fact`` and the top-n case above; no
        # call sets it): read below from ``funit``, set with it (a local, not an attribute read of a
        # record of ``tally.model``, generic in the compiled build)
        funit = unit
        q_per = q.per
        if q_per:
            f.qualifiers["per"] = q_per
            if q_per in _SUB_YEAR and "/" not in funit and registry().is_currency(funit):
                funit = f.unit = f"{funit}/{q_per}"                   # "A$45 an hour": AUD/hour
                rules.append("unit:per-time")
        add_qualifiers(f, view, q, wide_before, clause_after)
        if funit in _CURRENCIES and _MONTHLY_BEFORE.has(local_before):
            funit = f.unit = f"{funit}/month"
            f.qualifiers["per"] = "month"
            rules.append("unit:monthly")
        pm = (
            _PER_BEFORE.search(local_before[-60:])
            if "/" not in funit and funit not in ("percent", "count", "times", "rank")
            else None
        )
        if pm:
            per = pm.group(1).lower()
            f.unit = f"{funit}/{_PER_UNIT[per]}"
            f.qualifiers["per"] = per
            rules.append("unit:per-before")
        elif (
            prev is not None
            and "/" in prev.unit
            and "/" not in funit
            and prev.unit.split("/", 1)[0] == funit
            and _EARLIER_VALUE.search(src, max(s_start, q_start - 40), q_start)
        ):
            # "$4.18 a pound, up from $3.86 a year earlier": the earlier value is per pound too
            f.unit = prev.unit
            if "per" in prev.qualifiers:
                f.qualifiers["per"] = prev.qualifiers["per"]
            rules.append("unit:per-of-compared")
        facts.append(f)
        by_q[id(orig)] = f
    # twins
    out: list[Fact] = []
    for q in kept:
        if id(q) in by_q:
            out.append(by_q[id(q)])
            continue
        partner = allq[q.paired_with] if q.paired_with is not None and q.paired_with < len(allq) else None
        pf = by_q.get(id(partner)) if partner is not None else None
        if pf is None:
            continue
        f = _fact(doc, art, s, q)
        for name in ("kind", "status", "indicator", "entity", "entity_type", "period", "direction", "basis"):
            setattr(f, name, getattr(pf, name))
        if f.approx == "=":
            f.approx = pf.approx
        f.qualifiers = dict(pf.qualifiers)
        f.rules.append("paired:copied-from-partner")
        out.append(f)
    if len(out) > 1:  # (they come in the order of the figures, by start: sorted only when not)
        for k in range(1, len(out)):
            if out[k].start < out[k - 1].start:
                out.sort(key=_START)
                break
    if facts:
        ctx.facts.extend(facts)
        ctx.last_fact = facts[-1]
        ctx.sentences_since_fact = 0
    else:
        ctx.sentences_since_fact += 1
    # (the comprehension run only with times: most sentences have none)
    update_context(ctx, _reported(times, view.attrib, src, ctx) if times else [])
    return out


def _clause_of(text: str) -> str:
    """``text`` up to its first clause end (``_CLAUSE_END``): the first part of a split by it. Found
    as the first punctuation mark (``_CLAUSE_MARK``), then a conjunction only before it (a
    conjunction's match holds none, so ends before it), searched only when one of its words is
    there (the pattern is case-sensitive: a match holds the word as it is)."""
    # (``_CLAUSE_MARK``'s first match: each mark found by ``str.find``, up to the nearest one so far,
    # in place of a regex call)
    cut = len(text)
    k = text.find(",", 0, cut)
    if k >= 0:
        cut = k
    k = text.find(";", 0, cut)
    if k >= 0:
        cut = k
    k = text.find(":", 0, cut)
    if k >= 0:
        cut = k
    if "but" in text or "while" in text or "whereas" in text:
        c = _CLAUSE_WORD.search(text, 0, cut)
        if c is not None:
            cut = c.start()
    return text if cut == len(text) else text[:cut]


def _ends_top(text: str) -> bool:
    """Does ``text`` end with 'top' and white space? (Needed for ``_TOP_BEFORE`` to match: a cheap
    test before the search, which would try every position.)"""
    return text.rstrip()[-3:].lower() == "top"


def _with_last_sentence(
    src: str, s: Sentence, asides: list[tuple[int, int]], q: Quantity, ctx: _Ctx
) -> str:
    """The figure's sentence (its asides blanked) and the sentence before."""
    return _blank(src, s.start, s.end, asides, q.start) + " " + ctx.last_sentence_text


def _yoy_discourse(
    src: str, s: Sentence, q: Quantity, view: SentenceView, ctx: _Ctx, period: str | None
) -> str:
    """Where a 'year-on-year' may govern a change from: its sentence up to the end of its clause, and
    the sentence before unless that one is about another period ("Last year, GDP grew 8.7 percent"
    after a first-quarter sentence)."""
    own = (_blank(src, s.start, q.end, view.asides, q.start)
           + _COMMA_OR_SEMI.split(src[q.end : s.end], maxsplit=1)[0])
    last = ctx.last_fact
    if (ctx.sentences_since_fact == 0 and last is not None and last.period and period
            and last.period != period):
        return own
    return own + " " + ctx.last_sentence_text


def _fact(doc: Document, art: Article, s: Sentence, q: Quantity) -> Fact:
    """``Fact(doc=..., ...)`` of figure ``q``, each field set here (every one of them, with the
    declared defaults): in the compiled build the ``__init__`` dataclasses generates for ``Fact``
    runs interpreted behind a keyword call, several times the cost of these stores
    (``tests/extract/test_facts.py`` holds it to the constructor)."""
    return _new_fact(doc.name, art.index, s, q, q.start, q.end, q.unit)


def _new_fact(name: str, article: int, s: Sentence, q: Quantity, start: int, end: int, unit: str) -> Fact:
    """``_fact(doc, art, s, q)`` given ``doc.name``, ``art.index`` and ``q``'s start, end and unit,
    which the facts loop has read already (each read of a record of ``tally.model`` is a generic
    attribute look-up in the compiled build)."""
    f: Fact = _NEW(_FACT)  # object.__new__(Fact)
    f.doc = name
    f.start = start
    f.end = end
    f.text = q.text
    f.value = q.value
    f.unit = unit
    f.kind = "level"
    f.status = "actual"
    f.approx = q.approx
    f.indicator = "other"
    f.entity = None
    f.entity_type = None
    f.period = None
    f.value_high = q.value_high
    f.counted = q.counted
    f.direction = None
    f.basis = None
    f.qualifiers = {}
    f.article = article
    f.sentence_start = s.start
    f.sentence_end = s.end
    rules = q.rules
    made = _QUANTITY_RULES.get(rules)
    if made is None:
        made = _quantity_rules(rules)
    f.rules = [*made, "caption"] if s.caption else [*made]
    return f


# ``object.__new__`` and ``Fact`` as constants: a call of the one, not a look-up of ``object`` in the
# builtins, of ``Fact`` in the module's dict and of ``__new__`` on ``object`` per figure
_NEW: Final = object.__new__
_FACT: Final = Fact

# ``_quantity_rules``'s answers by rule tuple (grammar rule names, a small vocabulary, no text): a
# dict look-up in ``_fact`` costs a fraction of the call of an ``lru_cache`` wrapper. (Under threads
# two may make the same entry: each stores an equal tuple.)
_QUANTITY_RULES: Final[dict[tuple[str, ...], tuple[str, ...]]] = {}


def _quantity_rules(rules: tuple[str, ...]) -> tuple[str, ...]:
    """The rules of a quantity as rules of its fact (a small vocabulary: made once per tuple)."""
    made = tuple("quantity:" + r for r in rules)
    if len(_QUANTITY_RULES) >= 4096:  # (never reached by the grammar's vocabulary: a bound all the same)
        _QUANTITY_RULES.clear()
    _QUANTITY_RULES[rules] = made
    return made


def _is_twin(q: Quantity, allq: list[Quantity], index: dict[int, int]) -> bool:
    if q.paired_with is None:
        return False
    return q.paired_with < index.get(id(q), -1)


def _twin_end(q: Quantity, allq: list[Quantity], index: dict[int, int]) -> int:
    if q.paired_with is not None and q.paired_with < len(allq) and q.paired_with > index.get(id(q), 10**9):
        twin = allq[q.paired_with]
        close = twin.end
        # include a closing bracket after the twin
        return close + 1 if close < len(twin.text) + twin.start + 1 else close
    return q.end


@cache
def _kin() -> frozenset[str]:
    from tally.data import load

    return frozenset(load("counted").get("kin", ()))


_PHOTO_PEOPLE: Final = {
    "worker",
    "person",
    "people",
    "resident",
    "student",
    "farmer",
    "child",
    "visitor",
    "man",
    "woman",
    "girl",
    "boy",
    "employee",
    "technician",
    "member",
    "official",
    "staff",
    "tourist",
    "villager",
}
_SUB_YEAR: Final = frozenset({"hour", "day", "week", "month"})
_PER_BEFORE: Final = Quick.of(re.compile(
    r"\bper\s+(hectare|mu|ton|tonne|square meter|kilogram|month)\b[^,;.]{0,25}$", re.IGNORECASE
))
# an earlier value the figure before is compared with ("..., up from $3.86", "down from more than $70,000")
_EARLIER_VALUE: Final = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from\s+"
    r"(?:(?:about|around|nearly|almost|more\s+than|less\s+than|over|under|some|roughly|just)\s+)?$"
)
_PER_UNIT: Final = {
    "hectare": "ha",
    "mu": "mu",
    "ton": "t",
    "tonne": "t",
    "square meter": "m2",
    "kilogram": "kg",
    "month": "month",
}

_CHANGE_TAIL: Final = Quick.of(re.compile(
    r",\s*(?:up|down|rising|falling|growing|increasing|decreasing|jumping|surging|soaring|dropping|declining|"
    r"an? (?:[\w-]+ ){0,2}(?:increase|rise|jump|drop|decline|decrease|growth)(?: of)?|representing (?:an? )?\w+(?: of)?|"  # noqa: E501
    r"which (?:is|was) (?:up|down))\s*(?:by\s+)?(?:about|nearly|over|more than|some)?\s*$",
    re.IGNORECASE,
))
_CURRENCIES: Final = {"CNY", "USD", "EUR", "HKD", "JPY", "GBP"}
_CLAUSE_END: Final = re.compile(r"[,;:]|\s(?:while|whereas|but)\s")
_CLAUSE_MARK: Final = re.compile(r"[,;:]")  # _CLAUSE_END's two branches (``_clause_of``)
_CLAUSE_WORD: Final = re.compile(r"\s(?:while|whereas|but)\s")
_COMMA_OR_SEMI: Final = re.compile(r"[,;]")
_TOP_BEFORE: Final = re.compile(r"\btop\s*$", re.IGNORECASE)
_AMONG_TOP_BEFORE: Final = re.compile(r"\b(?:among|in|into|within|of)\s+(?:the\s+)?top\s*$", re.IGNORECASE)
_COORDINATED: Final = re.compile(r"\s*(?:,|and|or|,\s*and)?\s*")
_TO_WORD: Final = re.compile(r"\bto\s+\w+")
_RANK_WORD: Final = re.compile(r"\brank", re.IGNORECASE)
_MONTHLY_BEFORE: Final = Quick.of(re.compile(
    r"\bmonthly\s+(?:[a-z-]+\s+){0,2}(?:of\s+)?(?:(?:more than|about|nearly|over|up to|around|some)\s+)?$",
    re.IGNORECASE,
))
