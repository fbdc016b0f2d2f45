"""Which period a figure takes: its own time expression, or one carried from earlier sentences.

``choose_period`` picks the nearest visible time expression of the sentence (a time in a dash
or bracket aside dates only that aside); with none, it carries the article's context period
when the sentence refers back ("during the period"), opens anaphorically ("It represents",
"The figures"), continues in the simple past, or states a target after a plan. Vague times
("over the past few years") block carrying. ``update_context`` keeps the context period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tally.extract import kinds as K
from tally.extract.periods import TimeExpr
from tally.extract.sentences import Sentence
from tally.model import Quantity
from tally.resolve.coref import SentenceView, _inside


@dataclass
class PeriodContext:
    """The period context of an article (or a caption)."""

    period: TimeExpr | None = None
    target: TimeExpr | None = None
    period_age: int = 99  # sentences since the context period was stated


_OPENER = re.compile(
    r"^[\s\"“‘']*(?:(?:It|This|That|These|Those)\s+(?:represents?|is|was|are|were|accounts?|accounted|means|meant|marks|"
    r"marked|ranks|ranked|equals|makes|made|brings|brought)\b|(?:This|These|That|Those)\s+(?!is\b|was\b|are\b|were\b|has\b|have\b)[a-z]+|"
    r"The (?:figures?|rates?|growth(?: rates?)?|increases?|decreases?|totals?|amounts?|sum|two|three|four|five)\b|"  # noqa: E501
    r"Meanwhile|At the same time|Of (?:this|these|that|the total)|Among them|Together)\b"
)


_NOT_PAST = {
    "compared",
    "based",
    "located",
    "called",
    "named",
    "related",
    "dedicated",
    "aimed",
    "designed",
    "expected",
    "involved",
    "classified",
    "supported",
    "engaged",
    "listed",
    "needed",
    "used",
    "advanced",
    "interested",
    "concerned",
    "skilled",
    "detailed",
    "limited",
    "red",
    "bed",
    "need",
    "speed",
    "seed",
    "feed",
    "hundred",
    "indeed",
    "united",
    "varied",
    "qualified",
    "specialized",
    "customized",
    "increased",
    "improved",
}


_PAST = re.compile(
    r"\b(?:was|were|\w{3,}ed|grew|rose|fell|took|stood|saw|made|won|sold|became|began|hit|reached|totaled|totalled|"
    r"recorded|reported|contributed|amounted|exported|imported|produced|earned|spent|paid|brought|got|went|came|"
    r"built|set|led|kept|held|drew|gave|rang|ran|shrank|sank|slid|swung|topped)\b"
)


_PERFECT = re.compile(
    r"\b(?:has|have|'ve|’ve)\s+(?:\w+ly\s+|also\s+|already\s+|not\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|de|ght|un|ung)\b"
)


_AND_PAST = re.compile(
    r"\band\s+(?:also\s+)?(?:\w+ed|sold|grew|rose|fell|made|won|took|saw|built|brought|became)\b"
)


_DURATIONS = ("year", "month", "day", "week", "hour")


_ADJ_BEFORE = {
    "a",
    "an",
    "the",
    "of",
    "such",
    "more",
    "most",
    "very",
    "than",
    "and",
    "or",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "newly",
    "for",
    "with",
    "all",
    "many",
    "some",
    "other",
}


def _past(sent: str) -> bool:
    """A simple-past verb in the sentence (an -ed word used as an adjective does not count)."""
    for m in _PAST.finditer(sent):
        w = m.group(0).lower()
        if w in _NOT_PAST:
            continue
        if w.endswith("ed") and w not in ("was", "were"):
            prev = re.findall(r"([\w,.]+)\s+$", sent[: m.start()])
            if prev and (prev[-1].lower() in _ADJ_BEFORE or re.fullmatch(r"[\d,.]+", prev[-1])):
                continue
        return True
    return False


def end_year(period: str) -> int:
    last = period.split("/")[-1]
    try:
        return int(last[:4])
    except ValueError:
        return 0


def choose_period(
    q: Quantity,
    s: Sentence,
    times: list[TimeExpr],
    view: SentenceView,
    ctx: PeriodContext,
    sent: str,
    before: str,
    doc_year: int | None = None,
) -> tuple[str | None, str, str | None]:
    usable = [
        t
        for t in times
        if t.role in ("explicit", "target", "now")
        and t.value
        and not (_inside(t.start, view.attrib) and not _inside(q.start, view.attrib))
    ]
    seen = [t for t in usable if visible(t, q, view)]
    if re.search(r"\b(?:has|have|is|are|owns|boasts|employs)\s+(?:\w+\s+){0,3}$", before[-60:]):
        # "has 210 member households and sold apples ... last year": the time dates the other clause
        src_text = view.text
        seen = [
            t
            for t in seen
            if t.start < q.start or not _AND_PAST.search(src_text[q.end - view.start : t.start - view.start])
        ]
    if seen:
        best = min(seen, key=lambda t: min(abs(t.start - q.end), abs(q.start - t.end)))
        return best.value, best.rule, best.role
    if usable:
        return None, "period:aside-isolated", None
    if any(t.role == "vague" for t in times):
        return None, "period:vague", None
    carried = ctx.period.value if ctx.period else None
    if _inside(q.start, [(a, b) for a, b in view.asides if a in view.hard_starts]):
        return None, "period:aside-none", None
    if any(t.role == "anaphor" for t in times):
        return carried, "period:anaphor", ctx.period.role if ctx.period else None
    if not carried or s.caption:
        return None, "period:none", None
    age = ctx.period_age
    if K.status_of(before, ""):
        if ctx.target and age <= 3:
            return ctx.target.value, "period:carried-target", "target"
        if age <= 2 and doc_year and end_year(carried) > doc_year:
            return carried, "period:carried-plan", "target"
        return None, "period:none", None
    if _OPENER.search(sent) and age <= 1:
        return carried, "period:carried-anaphoric-opener", ctx.period.role
    if ctx.period.role == "now" and age <= 1 and _PERFECT.search(sent) and q.unit not in _DURATIONS:
        return carried, "period:carried-to-date", "now"
    if age <= 2 and _past(sent) and not _PERFECT.search(sent) and not re.search(r"\b(?:is|are)\b", sent):
        return carried, "period:carried-past-tense", ctx.period.role
    return None, "period:none", None


def visible(t: TimeExpr, q: Quantity, view: SentenceView) -> bool:
    """A time inside a dash or bracket aside dates only that aside, and an aside is dated only from inside."""
    hard = [(a, b) for a, b in view.asides if view_text_kind(view, a) == "hard"]
    a = _inside(t.start, hard)
    if a and not (a[0] <= q.start < a[1]):
        return False
    a2 = _inside(q.start, hard)
    if a2 and not (a2[0] <= t.start < a2[1]):
        return False
    return True


def view_text_kind(view: SentenceView, start: int) -> str:
    return "hard" if start in view.hard_starts else "soft"


def update_context(ctx: PeriodContext, times: list[TimeExpr]) -> None:
    ctx.period_age += 1
    for t in times:
        if t.rule == "period:ago":
            continue  # the date of an event, not a reporting period
        if t.role != "basis":
            ctx.period_age = 0
        if t.role in ("explicit", "now") and t.value:
            ctx.period = t
        elif t.role == "target" and t.value:
            ctx.target = t
            ctx.period = t
        elif t.role == "vague":
            ctx.period = None
