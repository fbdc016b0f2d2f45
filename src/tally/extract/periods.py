"""Time expressions: find them in text and resolve them to ISO 8601 periods.

``find_periods(text, start, end, published=...)`` returns :class:`TimeExpr` records with a
``role`` saying how a fact may use them:

* ``explicit``  a resolved period ("in 2020", "from January to May", "the first quarter of
  this year", "the 13th Five-Year Plan (2016-20)", "last year", "in June")
* ``target``    a deadline ("by 2025", "by the end of the year"): the period of a target
* ``now``       the publication year ("now", "to date", "at present", "since 2018")
* ``anaphor``   refers back to the period of an earlier sentence ("during the period")
* ``vague``     no period can be fixed ("over the past few years"); blocks carrying
* ``prior``     a year before the period reported on ("from 31 tonnes a year earlier"): the
  caller shifts the sentence's period back a year; alone it is the year before publication
* ``said``      the day of a statement ("the bureau said on Friday"): dates no figure, not carried
* ``basis``     the base of a comparison ("compared with 2016", "from the same period last
  year"): never the period of the fact, but a cue for ``basis``

Vocabulary (month names, parts of a year, anaphors, vague phrases) lives in
``data/periods.yaml``; the grammar that combines them is here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Final, cast

from tally.data import load
from tally.extract.conjunct import Conjunct, _implies, required
from tally.extract.prefilter import ascii_lowered, lookbehind, prefilter, starts
from tally.gates import Gated, _class_chars, _exact, _plain, fold

try:  # Python 3.11+
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_NO_RULES: Final[frozenset[int]] = frozenset()
_NO_LITERALS: Final[frozenset[str]] = frozenset()
_NO_GATES: Final[tuple[tuple[frozenset[str], ...], ...]] = ()

ROLES: Final[tuple[str, ...]] = ("explicit", "target", "now", "anaphor", "vague", "basis", "prior")


@dataclass(slots=True, kw_only=True, init=False)
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None
    role: str
    rule: str

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build; a frozen
    # dataclass's sets each field through ``object.__setattr__``, slower again. Not frozen, so that
    # it may set its fields itself: nothing assigns to a time once made)
    def __init__(
        self, *, start: int, end: int, text: str, value: str | None, role: str, rule: str
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.role = role
        self.rule = rule

    def __hash__(self) -> int:
        # the hash a frozen dataclass has: of its fields, in order
        return hash((self.start, self.end, self.text, self.value, self.role, self.rule))


def _time(start: int, end: int, text: str, value: str | None, role: str, rule: str) -> TimeExpr:
    return TimeExpr(start=start, end=end, text=text, value=value, role=role, rule=rule)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _grammar() -> list[tuple[str, re.Pattern[str]]]:
    t = load("periods")
    month = _alt(t["months"])
    num = r"(?:\d{1,2}|" + _alt(k for k, v in t["numbers"].items() if v) + r")"
    parts = _alt(t["year_parts"])
    rel_y = _alt(t["relative_years"])
    rel_m = _alt(t["relative_months"])
    year = r"(?:1[89]\d\d|20\d\d)"
    of_year = (
        rf"(?:\s*(?:of|in)\s+(?P<oy>{year}|this year|last year|the year|next year)|,?\s+(?P<oy2>{year}))?"
    )
    prior = _alt(t["prior_years"])
    anaph = "|".join(t["anaphors"])
    vague = "|".join(t["vague"])
    now = _alt(t["now_words"])
    season = _alt(t["seasons"])
    wday = _alt(t["weekdays"])
    rel_d = _alt(t["relative_days"])
    rel_oy = r"this year|last year|next year|the previous year|the year before|the current year"
    g: list[tuple[str, str]] = [
        (
            "basis_same_period",
            r"\b(?:from|over|compared (?:with|to)|than(?: in| during)?|against|(?:the )?(?:level|figure|total|number|amount|value) (?:of|for|in)|that of) the same (?:period|month|quarter|time) (?:of |in )?(?:last year|a year (?:earlier|ago)|the previous year|"  # noqa: E501
            + year
            + r")",
        ),
        (
            "basis_same_of",
            rf"\b(?:(?:in|during|for)\s+)?the same (?:period|month|quarter|time|week|season) "
            rf"(?:of|in) (?P<y>{year})\b",
        ),
        (
            "basis_compared",
            rf"\b(?:compared (?:with|to)|from that of|from the level of|than (?:in|that of)|as (?:in|that of)|from|(?<=[\d%t] )on)\s+(?:the end of\s+)?(?P<y>{year})(?:\s+levels?)?\b(?!\s*(?:-|–|to|and)\s*\d)",  # noqa: E501
        ),
        (
            "basis_figure_of",
            rf"\b(?:the (?:figure|level|number|total|amount|value) (?:of|in|for)|the|its|their|that of)\s+(?P<y>{year})(?:\s+(?:figure|level|levels))?\b(?=\s*[.,;)]|\s+(?:figure|level))",  # noqa: E501
        ),
        (
            "basis_last_year",
            rf"\b(?:compared (?:with|to)|than|over|from|on|as) (?:last year|the previous year|the prior year|the year before|a year (?:earlier|ago|before)|(?:last|the previous) (?:{season}))\b",  # noqa: E501
        ),
        (
            "basis_figure_ago",
            rf"\b(?:the|that of|its)\s+(?:figure|level|number|total|amount|value)\s+(?:of\s+)?(?:{num}|a)\s+(?:years?|decades?|months?)\s+(?:ago|earlier|before)\b",  # noqa: E501
        ),
        (
            "years_to",
            rf"\b(?:the\s+)?(?:(?P<n>{num})\s+years|(?P<dec>decade))\s+(?:to|ending|ended|through|up to)\s+(?:the\s+end\s+of\s+)?(?P<y>{year})\b",  # noqa: E501
        ),
        (
            "fiscal_named",
            rf"\b(?:the\s+)?(?:(?P<fed>federal|state)\s+)?(?:(?:fiscal|financial|budget)\s+(?:years?\s+)?(?P<a>{year})|FY\s*'?(?P<a2>{year}|\d\d))(?:\s*(?:-|–|/|to|and|through)\s*(?:FY\s*)?(?P<b>{year}|\d\d)\b)?\b(?:,?\s+(?:that|which)\s+(?:ended|ends|closed|runs|ran)\s+(?:in\s+|on\s+|at\s+the\s+end\s+of\s+)?(?P<em>{month})\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?)?",  # noqa: E501
        ),
        (
            "fiscal_after",
            rf"\b(?:the\s+)?(?P<a>{year})\s*(?:-|–|/)\s*(?P<b>\d\d|{year})\s+(?:fiscal|financial|budget)(?:\s+year)?\b(?:,?\s+(?:that|which)\s+(?:ended|ends|closed|runs|ran)\s+(?:in\s+|on\s+|at\s+the\s+end\s+of\s+)?(?P<em>{month})\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?)?",  # noqa: E501
        ),
        (
            "year_to",
            rf"\b(?:the\s+)?(?:(?:fiscal|financial|tax)\s+)?(?P<u>year|twelve months|quarter|(?P<n>{num})\s+months)\s+(?:(?:that|which)\s+)?(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?P<m>{month})\b\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<y>{year}))?",  # noqa: E501
        ),
        (
            "fyp",
            rf"\b(?:the\s+)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)\s+Five-Year\s+Plan(?:\s+period)?(?:\s*\(\s*(?P<a>{year})\s*[-–]\s*(?P<b>\d{{2,4}})\s*\))?",
        ),
        # "the highest since February 2020", "the most since early 2008": a comparison (see
        # ``_resolve``); with no superlative before it the month or year rules read it
        (
            "since_superlative",
            rf"\bsince\s+(?:(?:early|late|mid)(?:-|\s+)|the\s+(?:end|start|beginning|middle)\s+of\s+)?"
            rf"(?:(?P<m>{month})\.?,?\s+)?(?P<y>{year})\b",
        ),
        (
            "edge_year",
            rf"\b(?:(?P<pre>by|as of|as at|until|through)\s+)?(?:the\s+)?"
            rf"(?:end|mid|early|late|start|beginning)-(?P<y>{year})\b",
        ),
        (
            "edge_month",
            rf"\b(?:(?P<pre>by|as of|as at|until|through|at|in)\s+)?(?:end|mid|early|late|start)-(?P<m>{month})\b(?:,?\s+(?P<y>{year}))?",  # noqa: E501
        ),
        ("decade", r"\b(?:the\s+)?(?:early\s+|mid-|late\s+)?(?P<y>(?:1[89]|20)\d0)[’']?s\b"),
        ("target_year", rf"\bby\s+(?:the\s+end\s+of\s+)?(?P<y>{year})\b"),
        ("target_end", r"\bby\s+the\s+end\s+of\s+the\s+(?:plan\s+|planning\s+)?period\b"),
        ("target_rel", rf"\bby\s+(?:the\s+end\s+of\s+)?(?P<r>{rel_y})\b"),
        (
            "year_span",
            rf"\b(?:(?:between|from)\s+)?(?P<a>{year})\s*(?:-|–|/|to|and|through|until)\s*(?P<b>{year}|\d\d)\b",
        ),
        (
            "month_span",
            rf"\b(?:(?:from|between)\s+)?(?P<m1>{month})\.?\s*(?:-|–|to|and|through)\s*(?P<m2>{month})\b\.?{of_year}",
        ),
        ("first_months", rf"\b(?:the\s+)?first\s+(?P<n>{num})\s+months{of_year}"),
        (
            "last_months",
            rf"\b(?:the\s+)?(?:last|final)\s+(?P<n>{num})\s+months\s+of\s+(?:the\s+year\s+)?(?P<oy>{year}|{rel_oy})\b",
        ),
        (
            "season",
            rf"\b(?:(?P<rel>last|this|next|this past|the past)\s+(?P<s1>{season})|(?:in|during|over|through|for)\s+(?:the\s+)?(?P<s2>{season})(?:\s+(?:of\s+)?(?P<y2>{year}|{rel_oy}))?|(?:the\s+)?(?P<s3>{season})\s+(?:of\s+)?(?P<y3>{year})|(?:the\s+)?(?P<s4>{season})\s+of\s+(?P<y4>{rel_oy}))\b(?!\s+(?:in|of)\b)",  # noqa: E501
        ),
        (
            "day_span",
            rf"\b(?:(?:from|between)\s+)?(?P<m>{month})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|through|until)\s*(?:(?P<m2>{month})\.?\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per cent))(?:,?\s+(?P<y>{year}))?",  # noqa: E501
        ),
        ("year_part", rf"\b(?:the\s+)?(?P<p>{parts})\b{of_year}"),
        ("month_day", rf"\b(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>{year}))?"),
        ("month_year", rf"\b(?P<m>{month})\.?,?\s+(?P<y>{year})\b"),
        ("month_rel", rf"\b(?P<m>{month})\.?\s+(?:of\s+)?(?P<oy>{rel_oy})\b"),
        (
            "in_month",
            rf"\b(?P<pre>in|during|since|by|until|through|for|as of|as at|at|to)\s+(?:early\s+|mid-|late\s+|the (?:end|start|beginning|middle) of\s+)?(?P<m>{month})\b(?!\s+\d)",  # noqa: E501
        ),
        ("next_n", rf"\b(?:over|in|during|for|within)\s+the\s+(?:next|coming)\s+(?P<n>{num})\s+years\b"),
        (
            "within_n_of",
            rf"\bwithin\s+(?P<n>{num})\s+years\s+of\s+(?:[\w’'-]+\s+){{0,5}}?(?:in\s+)?(?P<y>{year})\b",
        ),
        ("within_n", rf"\bwithin\s+(?:the\s+next\s+)?(?P<n>{num})\s+years\b"),
        ("next_decade", r"\b(?:over|in|during|for|within)\s+the\s+(?:next|coming)\s+decade\b"),
        ("past_decade", r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+decade\b"),
        (
            "past_n",
            rf"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?P<n>{num})\s+(?P<u>years|months)\b",
        ),
        ("ago", rf"\b(?P<n>{num}|a)\s+(?P<u>years?|months?|decades?)\s+ago\b"),
        # "on Friday nights", "on Sundays", "every Monday": a habit, not a date
        (
            "habit_day",
            rf"\b(?:(?:on|every|each)\s+)?(?:{wday})(?:s\b|\s+(?:nights|mornings|afternoons|evenings)\b)"
            rf"|\b(?:every|each)\s+(?:{wday})\b",
        ),
        ("weekday", rf"\b(?:(?P<pre>on|last|this past|next|this)\s+)?(?P<wd>{wday})\b"),
        ("rel_day", rf"\b(?P<r>{rel_d})\b"),
        ("vague", rf"\b(?:{vague})\b"),
        (
            "historic",
            r"\b\d{1,4}\s*(?:BC|BCE)\b|\bAD\s*\d{1,4}\b|\b\d{1,4}\s*(?:BC|BCE)\s*[-–]\s*AD\s*\d{1,4}\b",
        ),
        ("anaphor", rf"\b(?:{anaph})\b"),
        ("since_then", r"\bsince\s+then\b"),
        (
            "since_year",
            # "since 2015", "since it was set up in 1996" (the year of a founding)
            rf"\bsince\s+(?:(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:was|were|had\s+been)\s+"
            rf"(?:set\s+up|founded|established|launched|opened|built|created|started)\s+in\s+)?"
            rf"(?:before\s+)?(?:the\s+end\s+of\s+)?(?:the\s+)?(?P<y>{year}|last year)\b",
        ),
        ("rel_month", rf"\b(?P<r>{rel_m})\b"),
        ("prior_year", rf"\b(?P<r>{prior})\b"),
        ("rel_year", rf"\b(?:the\s+end\s+of\s+)?(?P<r>{rel_y})\b"),
        (
            "year",
            rf"(?<![\d,.\-$])\b(?P<y>{year})\b(?![\d%]|[.,]\d|\s*(?:yuan|percent|tons?|people|hectares|km|meters)\b)",
        ),
        ("now", rf"\b(?:{now})\b(?![’']s)"),
    ]
    return [(name, re.compile(p, re.IGNORECASE)) for name, p in g]


@cache
def _superlative_before() -> re.Pattern[str]:
    """A superlative shortly before the end of a text ("the most [...] since 2012")."""
    sup = _alt(load("periods")["superlatives"])
    return re.compile(rf"\b(?:{sup})\b[^.;]{{0,60}}$", re.I)


@cache
def _gated() -> Gated:
    """The literal gates of the grammar's rules (derived from the patterns themselves)."""
    return Gated.of([rx for _, rx in _grammar()])


@cache
def _rules() -> list[tuple[str, re.Pattern[str], tuple[re.Pattern[str], ...] | None]]:
    """Each rule of the grammar with its prefilter (run on the folded text once its gate opens)."""
    return [(name, rx, prefilter(rx)) for name, rx in _grammar()]


@cache
def _starts() -> list[tuple[tuple[re.Pattern[str], ...] | None, bool]]:
    """Per rule: the patterns one of which matches (in the folded text) wherever the rule's
    matches start (``prefilter.starts``), or None; and are they its prefilter's one pattern (whose
    first hit then serves)? The rule is tried only where they match."""
    out: list[tuple[tuple[re.Pattern[str], ...] | None, bool]] = []
    for _, rx, pf in _rules():
        st = starts(rx)
        out.append((st, st is not None and st == pf and len(st) == 1))
    return out


def _month(name: str) -> int:
    # folded as re's IGNORECASE folds: 'ſeptember' and 'APRİL' are matched as month names
    return load("periods")["months"][fold(name).rstrip(".")]


def _num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s.lower() == "a":
        return 1
    return load("periods")["numbers"].get(s.lower())


def _full_year(a: int, b: str) -> int:
    if len(b) == 4:
        return int(b)
    return a // 100 * 100 + int(b)


def _year_of(oy: str | None, pub: dt.date | None, last_month: int) -> int | None:
    """The year a month span falls in: given, relative, or the latest one not after publication."""
    if oy:
        low = oy.lower()
        if low.isdigit():
            return int(low)
        if pub is None:
            return None
        return pub.year + load("periods")["relative_years"].get(low, 0)
    if pub is None:
        return None
    return pub.year if last_month <= pub.month else pub.year - 1


def _season(gd: dict, pub: dt.date | None) -> str | None:
    """The year of a season: named, relative ("last summer"), or of the latest one begun by publication."""
    name = next(gd[k] for k in ("s1", "s2", "s3", "s4") if gd.get(k)).lower()
    a = load("periods")["seasons"][name][0]
    oy = gd.get("y2") or gd.get("y3") or gd.get("y4")
    if oy:
        y = _year_of(oy, pub, 1)
    elif pub is None:
        return None
    else:
        # the latest season of that name begun by publication; "last" = the latest one ended
        y = pub.year if pub.month >= a else pub.year - 1
        rel = (gd.get("rel") or "").lower()
        if rel == "next":
            y += 1
        elif rel == "last":
            # the latest one, unless it is under way or just over ("compared with last summer"
            # in September is the summer of the year before)
            b = load("periods")["seasons"][name][1]
            ey, em = _shift(y, a, (b - a) % 12)
            if (pub.year * 12 + pub.month) - (ey * 12 + em) < 3:
                y -= 1
    # reports date a season by its year ("the harvest this autumn" = 2023): ISO 8601 has no seasons
    return None if y is None else str(y)


def _span(y: int | None, m1: int, m2: int) -> str | None:
    if y is None:
        return None
    if m1 == m2:
        return f"{y}-{m1:02d}"
    if m1 == 1 and m2 == 12:
        return str(y)
    return f"{y}-{m1:02d}/{y}-{m2:02d}"


def _shift(y: int, mo: int, n: int) -> tuple[int, int]:
    """The month ``n`` months after (before, if negative) year ``y`` month ``mo``."""
    y2, m2 = divmod(y * 12 + mo - 1 + n, 12)
    return y2, m2 + 1


def _fiscal(a: int, b: int, start: int) -> str:
    """Fiscal years ``a`` to ``b``, each named by the calendar year it ends in."""
    if start == 1:
        return str(a) if a == b else f"{a}/{b}"
    return f"{a - 1}-{start:02d}/{b}-{start - 1:02d}"


def fiscal_start(text: str) -> int | None:
    """The first month of the fiscal year in the country a report is about, from its cue words."""
    cal = _calendar(text)
    return cal["start"] if cal else None


@lru_cache(maxsize=8)  # keyed on whole texts: a few recent documents, not every one ever read
def _calendar(text: str) -> dict | None:
    """The fiscal calendar whose cue words occur most often in ``text``."""
    best, score = None, 0
    for cal in load("periods")["fiscal_calendars"].values():
        n = sum(text.count(c) for c in cal["cues"])
        if n > score:
            best, score = cal, n
    return best


@dataclass(slots=True, init=False)
class _Fiscal:
    """The first month of the fiscal year: given, or read from the cue words of the whole text
    the first time a rule needs it (``fiscal_start`` is pure, so reading it late changes nothing)."""

    text: str
    value: int | None = None
    known: bool = False
    by_start: bool = False  # "fiscal 2022" is the year that starts in 2022 (Japan), not ends

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self, text: str, value: int | None = None, known: bool = False, by_start: bool = False
    ) -> None:
        self.text = text
        self.value = value
        self.known = known
        self.by_start = by_start

    def get(self) -> int | None:
        if not self.known:
            cal = _calendar(self.text)
            self.value, self.known = (cal["start"] if cal else None), True
            self.by_start = bool(cal and cal.get("named_by") == "start")
        return self.value


def _by_role(year: int | None, pub_year: int | None) -> str:
    """The role of a date after 'by': a deadline ahead ("by 2025", "by the end of this year") is a
    target's; a year already over at publication ("reached 30 GW by the end of last year", "had built
    120 parks by 2021") only bounds a result, like "as of"."""
    return "explicit" if year is not None and pub_year is not None and year < pub_year else "target"


def _resolve(rule: str, m: re.Match[str], pub: dt.date | None, fs: _Fiscal) -> tuple[str | None, str]:
    py = pub.year if pub else None
    # the commonest rules first (each test below names one rule: their order is free); the
    # first two read no group by name (no dict of them made)
    if rule == "year":
        return m.group("y"), "explicit"
    if rule in ("now", "since_then"):
        # "since then": up to publication, from a time named before (see carry)
        return (str(py) if py else None), "now"
    # then the common rules that read no group, or one by name: ``groupdict`` makes a dict of every
    # group of the rule (a generic call compiled, thousands of instructions for the rules with many)
    if rule in ("vague", "historic", "habit_day"):
        return None, "vague"
    if rule in ("anaphor", "target_end"):
        return None, "anaphor"
    if rule == "target_year":
        y = m.group("y")
        return y, _by_role(int(y), py)
    gd = m.groupdict()
    if rule.startswith("basis"):
        return (gd.get("y") or None), "basis"
    if rule in ("fiscal_named", "fiscal_after"):
        fy = cast(str, gd.get("a") or gd.get("a2"))
        ya = _full_year(2000, fy) if len(fy) == 2 else int(fy)
        start = (
            10
            if (gd.get("fed") or "").lower() == "federal"
            else (fs.get() or load("periods")["fiscal_default_start"])
        )
        if gd.get("em"):
            # "the 2021-22 financial year that ended in June": the year's last month fixes its calendar
            start = _month(gd["em"]) % 12 + 1
        if gd.get("b"):
            yb = _full_year(ya, gd["b"])
            if not ya <= yb <= ya + 10:
                return None, "skip"
            if rule == "fiscal_after" or (yb == ya + 1 and len(gd["b"]) == 2 and "-" in m.group(0)):
                # "2021-22": one fiscal year, named by both calendar years
                return _fiscal(yb, yb, start), "explicit"
            return _fiscal(ya, yb, start), "explicit"
        if fs.by_start and start != 1 and not gd.get("fed"):
            ya += 1                                            # Japan's fiscal 2022: 2022-04/2023-03
        return _fiscal(ya, ya, start), "explicit"
    if rule == "year_to":
        u = gd["u"].lower()
        n = 12 if u.startswith(("year", "twelve")) else 3 if u == "quarter" else _num(gd["n"])
        if not n or n > 24:
            return None, "skip"
        mo = _month(gd["m"])
        y = int(gd["y"]) if gd.get("y") else _year_of(None, pub, mo)
        if y is None:
            return None, "explicit"
        y0, m0 = _shift(y, mo, 1 - n)
        return f"{y0}-{m0:02d}/{y}-{mo:02d}", "explicit"
    if rule == "day_span":
        mo, d1, d2 = _month(gd["m"]), int(gd["d1"]), int(gd["d2"])
        mo2 = _month(gd["m2"]) if gd.get("m2") else mo
        if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or (mo2, d2) <= (mo, d1):
            return None, "skip"
        y = int(gd["y"]) if gd.get("y") else _year_of(None, pub, mo)
        if y is None:
            return None, "explicit"
        y2 = y + 1 if mo2 < mo else y
        return f"{y}-{mo:02d}-{d1:02d}/{y2}-{mo2:02d}-{d2:02d}", "explicit"
    if rule == "years_to":
        y = int(gd["y"])
        n = 10 if gd.get("dec") else _num(gd["n"])
        if not n or n > 30:
            return None, "skip"
        return f"{y - n + 1}/{y}", "explicit"
    if rule == "edge_year":
        by = (gd.get("pre") or "").lower() == "by"
        return gd["y"], (_by_role(int(gd["y"]), py) if by else "explicit")
    if rule == "edge_month":
        mo = _month(gd["m"])
        y = int(gd["y"]) if gd.get("y") else _year_of(None, pub, mo)
        role = _by_role(y, py) if (gd.get("pre") or "").lower() == "by" else "explicit"
        return (f"{y}-{mo:02d}" if y else None), role
    if rule == "decade":
        y = int(gd["y"])
        return f"{y}/{y + 9}", "explicit"
    if rule == "last_months":
        n = _num(gd["n"])
        if not n or n > 12:
            return None, "skip"
        return _span(_year_of(gd["oy"], pub, 12), 13 - n, 12), "explicit"
    if rule == "season":
        return _season(gd, pub), "explicit"
    if rule == "month_rel":
        if gd["m"] == "may":
            return None, "skip"
        mo = _month(gd["m"])
        y = _year_of(gd["oy"], pub, mo)
        return (f"{y}-{mo:02d}" if y else None), "explicit"
    if rule == "next_decade":
        return (f"{py + 1}/{py + 10}" if py else None), "target"
    if rule == "weekday":
        if pub is None:
            return None, "explicit"
        wd = load("periods")["weekdays"][gd["wd"].lower()]
        pre = (gd.get("pre") or "").lower()
        if pre == "next":
            d = pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
        else:
            d = pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or (7 if pre == "last" else 0))
        return d.isoformat(), "explicit"
    if rule == "rel_day":
        if pub is None:
            return None, "explicit"
        off, week = load("periods")["relative_days"][gd["r"].lower()]
        d = pub + dt.timedelta(days=off)
        if not week:
            return d.isoformat(), ("now" if off == 0 else "explicit")
        mon = d - dt.timedelta(days=d.weekday())
        return f"{mon.isoformat()}/{(mon + dt.timedelta(days=6)).isoformat()}", "explicit"
    if rule == "prior_year":
        # dated from the period reported on (resolved by the caller); alone, from publication
        return (str(py - 1) if py else None), "prior"
    if rule == "fyp":
        if gd.get("a"):
            a = int(gd["a"])
            return f"{a}/{_full_year(a, gd['b'])}", "explicit"
        n = int(gd["n"])
        if n >= 6:
            a = 1981 + 5 * (n - 6)
            return f"{a}/{a + 4}", "explicit"
        return None, "vague"
    if rule == "target_rel":
        off = load("periods")["relative_years"][gd["r"].lower()]
        return (str(py + off) if py else None), ("explicit" if off < 0 else "target")
    if rule == "year_span":
        a = int(gd["a"])
        b = _full_year(a, gd["b"])
        if not a < b <= a + 30:
            return None, "skip"
        if re.search(r"\bthe\s+$", m.string[max(0, m.start() - 5) : m.start()]) and re.match(
            r"\s+[a-z]+s\b", m.string[m.end() : m.end() + 30]
        ):
            # "between the 2011 and 2021 censuses": two dated events; the newer one dates the figure
            return str(b), "explicit"
        if b == a + 1 and (len(gd["b"]) == 2 or "/" in m.group(0)) and (f := fs.get()) and f != 1:
            # "2021-22" where fiscal years do not follow the calendar: one fiscal year
            return _fiscal(b, b, f), "explicit"
        return f"{a}/{b}", "explicit"
    if rule == "month_span":
        m1, m2 = _month(gd["m1"]), _month(gd["m2"])
        y = _year_of(gd.get("oy") or gd.get("oy2"), pub, m2)
        if m2 < m1:
            # "from November to March": over the turn of the year, ending in the year of the last month
            return (f"{y - 1}-{m1:02d}/{y}-{m2:02d}" if y else None), "explicit"
        return _span(y, m1, m2), "explicit"
    if rule == "first_months":
        n = _num(gd["n"])
        if not n or n > 12:
            return None, "skip"
        return _span(_year_of(gd.get("oy") or gd.get("oy2"), pub, n), 1, n), "explicit"
    if rule == "year_part":
        a, b = load("periods")["year_parts"][gd["p"].lower()]
        return _span(_year_of(gd.get("oy") or gd.get("oy2"), pub, b), a, b), "explicit"
    if rule == "month_day":
        mo, day = _month(gd["m"]), int(gd["d"])
        if not 1 <= day <= 31:
            return None, "skip"
        y = int(gd["y"]) if gd.get("y") else _year_of(None, pub, mo)
        return (f"{y}-{mo:02d}-{day:02d}" if y else None), "explicit"
    if rule == "month_year":
        return f"{int(gd['y'])}-{_month(gd['m']):02d}", "explicit"
    if rule == "in_month":
        mo = _month(gd["m"])
        if gd["m"].lower() == "may" and not (
            m.group(0).lower().startswith(("in", "during", "since"))
            or re.search(r"(?:\bof|early|mid-|late)\s*may$", m.group(0), re.I)
        ):
            return None, "skip"  # "by May" may be the modal; "by the end of May" is the month
        y = _year_of(None, pub, mo)
        if y and gd["pre"].lower() == "since" and pub and (y, mo) < (pub.year, pub.month):
            # "since January": from that month to the publication date
            return f"{y}-{mo:02d}/{pub.year}-{pub.month:02d}", "explicit"
        return (f"{y}-{mo:02d}" if y else None), "explicit"
    if rule == "past_n":
        n = _num(gd["n"])
        if not n or py is None:
            return None, "vague"
        if gd["u"].lower().startswith("year"):
            return f"{py - n}/{py - 1}", "explicit"
        assert pub is not None  # py is pub's year
        # "in the past 10 months" (published 2023-07-26): from 2022-09-26 up to publication
        y0, m0 = _shift(pub.year, pub.month, -n)
        return f"{y0}-{m0:02d}/{pub.year}-{pub.month:02d}", "explicit"
    if rule == "within_n_of":
        n = _num(gd["n"])
        return (str(int(gd["y"]) + n) if n else None), "target"
    if rule == "within_n":
        n = _num(gd["n"])
        return (str(py + n) if n and py else None), "target"
    if rule == "past_decade":
        return (f"{py - 10}/{py - 1}" if py else None), "explicit"
    if rule == "next_n":
        n = _num(gd["n"])
        if not n or py is None:
            return None, "vague"
        return f"{py + 1}/{py + n}", "target"
    if rule == "ago":
        n = _num(gd["n"])
        if not n or py is None:
            return None, "vague"
        if gd["u"].lower().startswith("decade"):
            return str(py - 10 * n), "explicit"
        if gd["u"].lower().startswith("year"):
            return str(py - n), "explicit"
        assert pub is not None  # py is pub's year
        y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return f"{y}-{mo + 1:02d}", "explicit"
    if rule == "rel_month":
        if pub is None:
            return None, "explicit"
        off = load("periods")["relative_months"][gd["r"].lower()]
        y, mo = divmod(pub.year * 12 + pub.month - 1 + off, 12)
        return f"{y}-{mo + 1:02d}", "explicit"
    if rule == "rel_year":
        off = load("periods")["relative_years"][gd["r"].lower()]
        if (
            gd["r"].lower() == "the year"
            and "end" not in m.group(0).lower()
            and not re.search(
                r"\b(?:close|closes|closing|end|ends|ending|finish|finishes|finishing)\s+$",
                m.string[max(0, m.start() - 12) : m.start()],
                re.I,
            )
        ):
            return None, "skip"
        return (str(py + off) if py else None), "explicit"
    if rule == "since_superlative":
        if _superlative_before().search(m.string[max(0, m.start() - 70) : m.start()]):
            return None, "basis"  # "the highest since February 2020": a comparison
        return None, "skip"
    if rule == "since_year":
        if _superlative_before().search(m.string[max(0, m.start() - 70) : m.start()]):
            # "the most since 2012": a comparison, not the period of the figure
            return None, "basis"
        return (str(py) if py else None), "now"
    return None, "skip"


@cache
def _conjunct() -> Conjunct | None:
    """The grammar's rules with their gates and their parts' gates (``tally.extract.conjunct``)."""
    return Conjunct.of([rx for _, rx in _grammar()], _gated().gates)


def _open(
    seg: str, low: str, cj: Conjunct | None
) -> tuple[Sequence[int], list[tuple[int, str]] | None]:
    """The rules, in grammar order, that may match in ``seg`` (``low`` is ``fold(seg)``): those
    that ``Gated.open(seg)`` opens and whose parts' gates (``Conjunct``: ``cj``, the grammar's
    ``_conjunct()``) have a literal there; with the conjunct's scan, where it found which literals
    (``Conjunct.occurrences``: asking ``opens`` with all of them gives the rules the longest ones
    give, without a loop here)."""
    if cj is None or not low:
        return [i for i, may in enumerate(_gated().open(seg)) if may], None
    occ = cj.occurrences(low)
    # (the literals by a comprehension: ``map`` with an ``itemgetter`` is two generic calls compiled)
    return cj.opens(frozenset([lit for _, lit in occ]) if occ else _NO_LITERALS), occ


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # re's \w


def _month_after(items: list) -> bool:
    r"""Does every string that parsed ``items`` match start with a character that is no word
    character (re's ``\w``), or do they assert a word boundary before consuming one? (False
    when unsure.) After a month name, which ends with a letter, either means the name ends a word."""
    for i, (op, av) in enumerate(items):
        if op is _C.AT:
            if av is _C.AT_BOUNDARY:
                return True
            continue
        if op in (_C.ASSERT, _C.ASSERT_NOT):
            continue  # consumes nothing: the next item reads the next character
        if op is _C.LITERAL:
            return not _word_char(chr(av))
        if op is _C.IN:
            return all(
                (o is _C.LITERAL and not _word_char(chr(a))) or (o is _C.CATEGORY and a is _C.CATEGORY_SPACE)
                for o, a in av
            )
        if op is _C.SUBPATTERN:
            return _month_after(list(av[-1]) + items[i + 1 :])
        if op is _C.BRANCH:
            return all(_month_after(list(b) + items[i + 1 :]) for b in av[1])
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, _, sub = av
            if not _month_after(list(sub)):
                return False
            if lo >= 1:
                return True
            continue  # optional: what follows it may come first
        return False
    return False  # the pattern may end right after the name: anything may follow in the text


@cache
def _month_words() -> tuple[frozenset[int], dict[str, tuple[str, ...]]]:
    r"""The rules each match of which has a month name (the whole ``months`` alternation, a group
    of the rule's top-level sequence) that ends a word (followed, in the pattern, by a character
    no word character or by ``\b``); and per literal of the conjunct's scan, the month names
    that may stand where it is found (prefixes of it, or names it is a prefix of). None of the
    rules can match a text where no month name ends a word. (Empty when some month name starts
    with no literal of the scan: then the scan's hits do not show every month name.)"""
    cj = _conjunct()
    names = tuple(load("periods")["months"])
    if cj is None or not all(any(n.startswith(lit) for lit in cj.prefixes) for n in names):
        return frozenset(), {}
    rules: set[int] = set()
    for i, (_, rx) in enumerate(_grammar()):
        items = list(_P.parse(rx.pattern, rx.flags))
        while len(items) == 1 and items[0][0] is _C.SUBPATTERN:
            items = list(items[0][1][-1])
        for j, node in enumerate(items):
            if node[0] is _C.SUBPATTERN and _exact(node) == set(names) and _month_after(items[j + 1 :]):
                rules.add(i)
                break
    at = {
        lit: tuple(n for n in names if n.startswith(lit) or lit.startswith(n)) for lit in cj.prefixes
    }
    return frozenset(rules), {lit: ns for lit, ns in at.items() if ns}


def _month_word(
    low: str, hits: list[tuple[int, str]], names: dict[str, tuple[str, ...]] | None = None
) -> bool:
    """Does a month name end a word in ``low`` (lower-cased ASCII text; ``hits`` where the
    conjunct's scan found which literals in it: last index and literal)? Every month name starts
    where the scan finds a literal (see ``_month_words``); the names that may stand there are
    those of the longest literal there, found with it (the others' are checked too: no harm).
    (``names``: ``_month_words()[1]``, if the caller has it.)"""
    if names is None:
        names = _month_words()[1]
    n = len(low)
    for last, lit in hits:
        x = last - len(lit) + 1
        for name in names.get(lit, ()):
            e = x + len(name)
            if low.startswith(name, x) and (e == n or not _word_char(low[e])):
                return True
    return False


# the grammar's year, and a decade's first year ("the 1990s"): each string either matches holds
# one of ``_YEAR_LITS`` followed by two digits
_YEAR_PATTERNS: Final[tuple[str, ...]] = (r"(?:1[89]\d\d|20\d\d)", r"(?:1[89]|20)\d0")
_YEAR_LITS: Final[tuple[str, ...]] = ("18", "19", "20")


def _shape(x: object) -> object:
    """A parsed pattern (``sre_parse`` items) as nested tuples, to compare two of them."""
    if isinstance(x, (list, tuple, _P.SubPattern)):
        return tuple(_shape(i) for i in x)
    return x


def _has_year(items: list, shapes: frozenset[object]) -> bool:
    """Does every match of the parsed sequence ``items`` hold a string of a pattern of
    ``_YEAR_PATTERNS`` (``shapes``: theirs, parsed)? Found in a group (or a group of a group, a
    repeat made at least once, every alternative of an alternation) that is one of them; False
    when unsure."""
    if _shape(items) in shapes:
        return True
    for op, av in items:
        if op is _C.SUBPATTERN:
            if not av[1] and not av[2] and _has_year(list(av[-1]), shapes):
                return True
        elif op is _C.BRANCH:
            if all(_has_year(list(b), shapes) for b in av[1]):
                return True
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1 and _has_year(list(av[2]), shapes):
            return True
    return False


@cache
def _year_rules() -> frozenset[int]:
    """The rules each match of which holds a year (see ``_has_year``): none of them can match a
    text where no literal of ``_YEAR_LITS`` is followed by two digits. (Empty when some of those
    literals is no literal of the conjunct's scan: its hits then do not show every year.)"""
    cj = _conjunct()
    if cj is None or not all(lit in cj.prefixes for lit in _YEAR_LITS):
        return frozenset()
    out: set[int] = set()
    for i, (_, rx) in enumerate(_grammar()):
        shapes = frozenset(_shape(list(_P.parse(p, rx.flags))) for p in _YEAR_PATTERNS)
        if _has_year(list(_P.parse(rx.pattern, rx.flags)), shapes):
            out.add(i)
    return frozenset(out)


# rules of ``_year_rules`` whose every match holds a year with white space before it (``\s+``) and,
# before that, a word of a few ("compared with 2016", "than in 2019", "from the end of 2020"; "its
# 2020 level", "the level of 2015", "by 2025"): their searches run only where one does. The words
# are read from the rules' own patterns (``_words_before_year``); a rule with more than
# ``_YEAR_WORDS_MAX`` of them (the month names before "May 2021", whose own gate asks for a month
# name already) is searched without this test
_YEAR_WORDS_MAX: Final = 32
_YearWords = tuple[tuple[str, ...], int]
_NO_YEAR_WORDS: Final[_YearWords] = ((), 0)
_NO_WORDS: Final[list[_YearWords]] = []


@cache
def _year_words() -> list[_YearWords]:
    """Per rule of the grammar, the words one of which ends the text before the white space before
    a year in each of its matches (``_words_before_year``), for a rule of ``_year_rules`` with at
    most ``_YEAR_WORDS_MAX`` of them, and the length of the longest; else ``((), 0)``."""
    years = _year_rules()
    out: list[_YearWords] = []
    for i, (_, rx) in enumerate(_grammar()):
        shapes = frozenset(_shape(list(_P.parse(p, rx.flags))) for p in _YEAR_PATTERNS)
        words = _words_before_year(list(_P.parse(rx.pattern, rx.flags)), shapes) if i in years else None
        if words is None or len(words) > _YEAR_WORDS_MAX:
            out.append(_NO_YEAR_WORDS)
        else:
            out.append((tuple(sorted(words)), max(len(w) for w in words)))
    return out


def _space(node: tuple) -> bool:
    r"""Does the parsed item ``node`` match one white-space character and nothing else (``\s``, a
    class of them, a literal blank)?"""
    op, av = node
    if op is _C.LITERAL:
        return chr(av).isspace()
    if op is _C.IN:
        return all(
            (o is _C.CATEGORY and a is _C.CATEGORY_SPACE) or (o is _C.LITERAL and chr(a).isspace())
            for o, a in av
        )
    return False


def _words_before_year(items: list, shapes: frozenset[object]) -> frozenset[str] | None:
    r"""The words one of which stands before white space before the year in every match of the
    parsed pattern ``items``: the year an item of its top-level sequence (a group, or an
    alternation) whose pattern is one of ``shapes`` (``_YEAR_PATTERNS``, parsed); white space
    (``\s+``, ``\s``, a literal blank) just before it on every way the pattern may go; and before
    that, on each way, the run of literal characters (blanks inside it too) that ends there, folded
    (``fold``). None when some way has no such run, or when the pattern has no such year."""
    while len(items) == 1 and items[0][0] is _C.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][-1])
    at = next(
        (
            j
            for j, (op, av) in enumerate(items)
            if (_shape(list(av[-1])) if op is _C.SUBPATTERN else _shape([(op, av)])) in shapes
        ),
        None,
    )
    if at is None:
        return None
    found: set[str] = set()
    # each way, read backwards from the year: the items before, is the white space still to come,
    # and the literal characters read so far
    todo: list[tuple[list, bool, str]] = [(items[:at], True, "")]
    steps = 0
    while todo:
        steps += 1
        if steps > 50 * _LEAD_MAX:
            return None
        its, blank, run = todo.pop()
        if not its:
            if blank or not run:
                return None  # the year (or the run) may open the match: anything may stand before
            found.add(run)
            continue
        (op, av), rest = its[-1], its[:-1]
        optional = op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0 and av[1] == 1
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            todo.append((rest, blank, run))  # consumes nothing
        elif op is _C.SUBPATTERN and not av[1] and not av[2]:
            todo.append((rest + list(av[-1]), blank, run))
        elif op is _C.BRANCH:
            todo.extend((rest + list(b), blank, run) for b in av[1])
        elif optional:
            todo.extend(((rest, blank, run), (rest + list(av[2]), blank, run)))
        elif blank:
            repeat = op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1 and len(av[2]) == 1
            if not (_space((op, av)) or (repeat and _space(av[2][0]))):
                return None  # no white space just before the year on this way
            todo.append((rest, False, run))
        elif op is _C.LITERAL:
            todo.append((rest, False, chr(av) + run))
        elif run:
            found.add(run)  # (the run ends the text before the white space: what is before it is free)
        else:
            return None
    return frozenset(fold(w) for w in found)


def _is_year_lit(lit: str) -> bool:
    """Is ``lit`` one of ``_YEAR_LITS``? (Compared: ``in`` a tuple is a generic call compiled.)"""
    return lit == "18" or lit == "19" or lit == "20"


def _year_starts(low: str, hits: list[tuple[int, str]]) -> list[int]:
    """Where a literal of ``_YEAR_LITS`` followed by two digits starts in ``low`` (ASCII text: re's
    ``\\d`` is ``str.isdecimal``; ``hits``: where the conjunct's scan found which literals, by last
    index), in the scan's order."""
    out: list[int] = []
    n = len(low)
    for last, lit in hits:
        if _is_year_lit(lit) and last + 2 < n and low[last + 1].isdecimal() and low[last + 2].isdecimal():
            out.append(last - 1)
    return out


def _year_in(low: str, hits: list[tuple[int, str]]) -> bool:
    """Is a literal of ``_YEAR_LITS`` followed by two digits in ``low`` (see ``_year_starts``)?"""
    return bool(_year_starts(low, hits))


@cache
def _year_led() -> tuple[list[bool], list[bool]]:
    """Per rule of ``_plan()``: does every match of its one start pattern (tried at the places of
    ``_leads``), and of its prefilter (``_one_leads``), open with a year (``_year_first``)? Such a
    pattern is tried only where ``_year_starts`` finds one, not at every "18", "19" or "20"."""
    starts: list[bool] = []
    ones: list[bool] = []
    for row in _plan():
        pat = _start_pattern(row)
        one = row[3]
        starts.append(pat is not None and _year_first(list(_P.parse(pat.pattern, pat.flags))))
        ones.append(one is not None and _year_first(list(_P.parse(one.pattern, one.flags))))
    return starts, ones


def _year_first(items: list) -> bool:
    r"""Does every match of the parsed pattern ``items`` open with a year, as ``_year_starts`` finds
    one: "18", "19" or "20" followed by two digits (re's ``\d``: ``str.isdecimal``)? Each way the
    pattern may go is read to its fourth character (what consumes nothing is passed over); False
    when unsure."""
    todo: list[tuple[tuple[frozenset[str] | None, ...], list]] = [((), items)]
    steps = 0
    while todo:
        steps += 1
        if steps > 50 * _LEAD_MAX:
            return False
        got, its = todo.pop()
        if len(got) == 4:
            if not _year_sets(got):
                return False
            continue
        if not its:
            return False  # a match may end before its fourth character
        (op, av), rest = its[0], its[1:]
        if op is _C.LITERAL:
            todo.append(((*got, frozenset(chr(av))), rest))
        elif op is _C.IN:
            if len(av) == 1 and av[0] == (_C.CATEGORY, _C.CATEGORY_DIGIT):
                todo.append(((*got, None), rest))  # (None: any digit)
            else:
                chars = _class_chars(av)
                if chars is None:
                    return False
                todo.append(((*got, frozenset(chars)), rest))
        elif (ways := _unfold(op, av, rest)) is not None:
            todo.extend((got, w) for w in ways)
        else:
            return False
    return True


def _year_sets(sets: tuple[frozenset[str] | None, ...]) -> bool:
    """Are the characters ``sets`` allows at a match's first four places those of a year ("18",
    "19" or "20", then two digits; None: any digit)?"""
    a, b, c, d = sets
    if a is None or b is None:
        return False
    if not ((a <= {"1"} and b <= {"8", "9"}) or (a <= {"2"} and b <= {"0"})):
        return False
    return all(x is None or all(ch.isdecimal() for ch in x) for x in (c, d))


def _year_after_word(low: str, starts: list[int], words: tuple[str, ...], longest: int) -> bool:
    """Does a year starting at an offset of ``starts`` (``_year_starts``) stand in ``low`` (lower-cased
    ASCII text) after white space that follows one of ``words`` (``longest``: the length of the
    longest)? (re's white space is ``str.isspace``; the white space is walked back over, and only
    the few characters before it are copied.)"""
    for x in starts:
        j = x
        while j > 0 and low[j - 1].isspace():
            j -= 1
        if j < x and low[max(0, j - longest) : j].endswith(words):
            return True
    return False


def find_periods(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    published: dt.date | None = None,
    fiscal: int | None = None,
) -> list[TimeExpr]:
    """Time expressions in ``text[start:end]`` (offsets into ``text``), longest first, no overlaps.

    ``fiscal`` is the first month of the fiscal year; by default it is read from the cue words
    of the whole ``text`` (see ``fiscal_start``).
    """
    end = len(text) if end is None else end
    fs: _Fiscal | None = None  # made when a rule first matches
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    (
        plan, cj, month_rules, month_names, year_rules, all_year_words, all_leads, all_one_leads, rule_gates,
        year_leads, year_ones,
    ) = _tables()
    seg = text[start:end]
    low = fold(seg)
    # ``fold`` kept every offset (it drops a combining dot): an offset in ``low`` is one in ``seg``
    aligned = len(low) == len(seg)
    ascii_low: tuple[int, str] | bool | None = None  # made when a rule first runs
    opened, hits = _open(seg, low, cj)
    if not opened:
        return found  # no rule may match: the common case, answered at once
    # the rules that need a month name ending a word (which ASCII text shows in ``low`` as well)
    # and those that need a year (the same holds for them)
    ascii_hits = hits is not None and seg.isascii()
    months = month_rules if ascii_hits else _NO_RULES
    years = year_rules if ascii_hits else _NO_RULES
    year_words = all_year_words if ascii_hits else _NO_WORDS
    month_word: bool | None = None  # asked when such a rule first runs
    year_at: list[int] | None = None  # where the years start, listed when such a rule first runs
    # per rule, the literals each match of its start pattern starts with (offsets of ``low``
    # must be those of ``seg`` for their places to be the text's)
    leads = all_leads if aligned and hits is not None else _NO_LEADS
    # per rule, the literals each match of its prefilter starts with, when they are several (its
    # places in ``low``, which the scan found, are tried instead of a search)
    one_leads = all_one_leads if hits is not None else _NO_LEADS
    # per rule, the gates each match holds a literal of (where the scan found them bounds its starts)
    gates = rule_gates if hits is not None else _NO_GATES
    # where the literals of a rule's leads start, per set of them (rules share them: the years')
    places: dict[frozenset[str], list[int]] = {}
    for i in opened:
        if i in months:
            if month_word is None:
                assert hits is not None  # with no hits, no rule is in ``months``
                month_word = _month_word(low, hits, month_names)
            if not month_word:
                continue
        if i in years:
            if year_at is None:
                assert hits is not None  # with no hits, no rule is in ``years``
                year_at = _year_starts(low, hits)
            if not year_at:
                continue
            words, longest = year_words[i]
            if words and not _year_after_word(low, year_at, words, longest):
                continue  # no year stands after white space after one of its words: no match
        rule, label, rx, one, pf, pats, same, needs = plan[i]
        one_need, pf_need, pats_need = needs
        ms: list[re.Match[str]] | Iterator[re.Match[str]]
        lead = leads[i] if leads else None
        if lead is not None:
            # each match starts where its one start pattern matches, each match of which starts
            # with a literal of ``lead``: tried only where the scan found one (no prefilter search)
            assert hits is not None and pats is not None  # (``leads`` is None without hits)
            # (a pattern each match of which opens with a year: tried only where the years start)
            at = year_at if year_at is not None and year_leads[i] else None
            ms = _at_places(rx, pats[0], lead, hits, text, low, start, end, places, at)
        else:
            if one is not None:  # the common case: a prefilter of one pattern
                if one_need and one_need not in low:
                    continue  # a literal its prefilter needs is missing: the rule cannot match here
                one_lead = one_leads[i] if one_leads else None
                if one_lead is not None:
                    assert hits is not None  # (``one_leads`` is empty without hits)
                    at = year_at if year_at is not None and year_ones[i] else None
                    hit = _first_at(one, one_lead, hits, low, places, at)
                else:
                    hit = one.search(low)
                if hit is None:
                    continue  # its prefilter finds nothing: the rule cannot match here
            elif pf is not None:
                for k, p in enumerate(pf):  # (no ``zip`` with a keyword: a generic call compiled)
                    p_need = pf_need[k]
                    if p_need and p_need not in low:
                        continue
                    if hit := p.search(low):
                        break
                else:
                    continue
            else:
                hit = None
            if pats is not None and aligned:
                # each match of the rule starts where one of ``pats`` matches: tried only there,
                # and not after the last place a literal of each of its gates starts
                limit = _last_start(hits, gates[i]) if gates and hits is not None else _NO_LIMIT
                ms = _at_hits(rx, pats, text, low, start, end, hit if same else None, pats_need, limit)
            else:
                if ascii_low is None:
                    ascii_low = _ascii_window(text, start, end)
                ms = _matches(rx, _twins()[i], text, start, end, ascii_low)
        for m in ms:
            s, e = m.span()
            if taken and _overlaps(s, e, taken):
                continue
            if fs is None:
                fs = _Fiscal(text) if fiscal is None else _Fiscal(text, fiscal, known=True)
            value, role = _resolve(rule, m, published, fs)
            if role == "skip":
                continue
            taken.append((s, e))
            found.append(_time(s, e, m.group(0), value, role, label))
    if not found:
        return found
    if len(found) > 1:
        found.sort(key=_start)
        return _drop_closing_days(text, [_marked(text, t) for t in found])
    return [_marked(text, found[0])]  # one time: no day closes a span before it


def _marked(text: str, t: TimeExpr) -> TimeExpr:
    """``t`` as the post-passes mark it: the base of a comparison, a part singled out, a statement's day."""
    t = _alone(text, _as_base(text, t))
    # (``_said`` reads a weekday's alone: the test is made here, saving a call per other time)
    if t.rule == "period:month_day":
        return _dateline(text, t)
    return _said(text, t) if t.rule == "period:weekday" else t


@cache
def _dateline_rx() -> re.Pattern[str]:
    return re.compile(load("entity_words")["dateline"])


def _dateline(text: str, t: TimeExpr) -> TimeExpr:
    """'MUNICH, Aug 14 (Reuters) - Exports ...': the day of a dateline is the day the report was filed,
    not a time of its figures (role ``said``, as a statement's day)."""
    ls = text.rfind("\n", max(0, t.start - 41), t.start) + 1
    if t.start - ls > 40 or (ls == 0 and t.start > 40):
        return t  # (a dateline opens its line: the day stands in its first 40 characters)
    d = _dateline_rx().match(text, ls)
    if d is None or d.end() < t.end:
        return t
    rule = t.rule + "@dateline"
    return TimeExpr(start=t.start, end=t.end, text=t.text, value=t.value, role="said", rule=rule)


def _start(t: TimeExpr) -> int:
    return t.start


def _overlaps(s: int, e: int, taken: list[tuple[int, int]]) -> bool:
    """Does ``[s, e)`` overlap a span of ``taken``?"""
    for ts, te in taken:
        if s < te and ts < e:
            return True
    return False


_Musts = tuple[tuple[str, ...], ...]
_NO_MUSTS: Final[_Musts] = ()
_MUST_MAX: Final = 3  # most literals a gate ``_must`` keeps may have (each is an ``in`` test)
# words in nearly every sentence: a gate with one of them seldom shuts (only efficiency depends on this)
_MUST_COMMON: Final = frozenset(("the", "of", "in", "and", "to", "a", "on", "for", "at", "as", "is"))

_Plan = tuple[
    str,
    str,
    re.Pattern[str],
    re.Pattern[str] | None,
    tuple[re.Pattern[str], ...] | None,
    tuple[re.Pattern[str], ...] | None,
    bool,
    tuple[str, tuple[str, ...], tuple[str, ...]],
]


@cache
def _plan() -> list[_Plan]:
    """Per rule, what ``find_periods`` needs of it in one tuple: its name (bare, and as
    ``TimeExpr.rule`` spells it), its pattern, its prefilter (``one`` when it is a single
    pattern, else ``pf``), the patterns its matches start at with ``same`` (see ``_starts``),
    and the literal ``_need`` of ``one``, of each pattern of ``pf`` and of each of those (or
    ""): a pattern cannot match a folded text without it, and is not searched there."""
    cj = _conjunct()
    out: list[_Plan] = []
    for i, ((rule, rx, pf), (pats, same)) in enumerate(zip(_rules(), _starts(), strict=True)):
        one = pf[0] if pf is not None and len(pf) == 1 else None
        many = None if one is not None else pf
        have = cj.gates[i] if cj is not None else ()
        needs = (
            _need(one, have) if one is not None else "",
            tuple(_need(p, have) for p in many) if many is not None else (),
            tuple(_need(p, have) for p in pats) if pats is not None else (),
        )
        out.append((rule, f"period:{rule}", rx, one, many, pats, same, needs))
    return out


_Tables = tuple[
    list[_Plan],
    Conjunct | None,
    frozenset[int],
    dict[str, tuple[str, ...]],
    frozenset[int],
    list[_YearWords],
    list[frozenset[str] | None],
    list[frozenset[str] | None],
    tuple[tuple[frozenset[str], ...], ...],
    list[bool],
    list[bool],
]


@cache
def _tables() -> _Tables:
    """What ``find_periods`` reads of the grammar at each call, in one tuple: ``_plan()``,
    ``_conjunct()``, both parts of ``_month_words()``, ``_year_rules()``, ``_year_words()``,
    ``_leads()``, ``_one_leads()``, ``_rule_gates()`` and both parts of ``_year_led()`` (one cached
    call, not eleven: each is a generic call compiled). A test that patches one of them clears
    this cache too. With no conjunct (no scan, no hits) only the plan is read: the others serve
    the scan's hits."""
    cj = _conjunct()
    if cj is None:
        return (_plan(), None, _NO_RULES, {}, _NO_RULES, _NO_WORDS, _NO_LEADS, _NO_LEADS, _NO_GATES, [], [])
    month_rules, month_names = _month_words()
    year_leads, year_ones = _year_led()
    return (
        _plan(),
        cj,
        month_rules,
        month_names,
        _year_rules(),
        _year_words(),
        _leads(),
        _one_leads(),
        _rule_gates(),
        year_leads,
        year_ones,
    )


def _must(p: re.Pattern[str], have: tuple[frozenset[str], ...]) -> _Musts:
    """Gates (``conjunct.required``) each of which every match of the case-sensitive pattern
    ``p`` over folded text holds a literal of, tested with ``in`` before it is searched: those
    of a few literals of two characters or more, none a common word, that no gate of ``have``
    (the rule's gates, which the scan found already) implies. Empty when ``p`` ignores case or
    spells a capital (its literals are then not the gates' lower-cased ones)."""
    if p.flags & re.IGNORECASE or p.pattern != p.pattern.lower():
        return _NO_MUSTS
    out: list[tuple[str, ...]] = []
    for g in required(p):
        if len(g) > _MUST_MAX or any(len(lit) < 2 or lit in _MUST_COMMON for lit in g):
            continue
        if any(_implies(h, g) for h in have):
            continue
        out.append(tuple(sorted(g)))
    return tuple(out)


def _need(p: re.Pattern[str], have: tuple[frozenset[str], ...]) -> str:
    """The longest literal that is a gate ``_must`` of ``p`` by itself, or "": one ``in`` test,
    made inline (a gate of several literals seldom shuts more)."""
    lits = [g[0] for g in _must(p, have) if len(g) == 1]
    return max(lits, key=len) if lits else ""


_NO_LIMIT: Final = 1 << 62  # (no bound on where a match may start)


@cache
def _rule_gates() -> tuple[tuple[frozenset[str], ...], ...]:
    """Per rule, the conjunct's gates: each match of the rule holds a literal of each (empty
    without a conjunct scan)."""
    cj = _conjunct()
    return cj.gates if cj is not None else ()


def _last_start(hits: list[tuple[int, str]], gates: tuple[frozenset[str], ...]) -> int:
    """The last offset of the folded text where a match of a rule with ``gates`` may start:
    every match holds a literal of each gate, so it starts at or before the last place one
    starts (``hits``: every occurrence of every literal of the scan, by last index: the
    conjunct's scan). ``_NO_LIMIT`` for a rule with no gate."""
    out = _NO_LIMIT
    for g in gates:
        last = -1
        for at, lit in hits:
            if lit in g:
                x = at - len(lit) + 1
                if x > last:
                    last = x
        if last < out:
            out = last
    return out


def _at_hits(
    rx: re.Pattern[str],
    pats: tuple[re.Pattern[str], ...],
    text: str,
    low: str,
    start: int,
    end: int,
    hit: re.Match[str] | None = None,
    needs: tuple[str, ...] = (),
    limit: int = _NO_LIMIT,
) -> list[re.Match[str]]:
    """``rx.finditer(text, start, end)`` for a rule that can match only where one of ``pats``
    matches in ``low`` (``fold(text[start:end])``, offsets kept; ``hit``: the first match of the
    only one, if known): the scan's attempt at a position is ``rx.match`` there (both see the
    text before it), and every attempt elsewhere fails. The patterns are searched again one
    character on, to find every position they match at, overlapping ones too, up to ``limit``,
    the last offset of ``low`` where a match may start (``_last_start``). (``needs``: per
    pattern, a literal ``_need`` its matches hold, or "": unless ``low`` has it, it is not
    searched.)"""
    out: list[re.Match[str]] = []
    free = 0  # offset in ``low`` where the next match may start (after the last one)
    if len(pats) == 1:
        p = pats[0]
        if hit is None and needs and needs[0] and needs[0] not in low:
            return out
        found = hit if hit is not None else p.search(low)
        while found is not None:
            x = found.start()
            if x > limit:
                break  # no match starts after ``limit``: neither here nor further on
            if x >= free:
                m = rx.match(text, start + x, end)
                if m is not None:
                    out.append(m)
                    free = m.end() - start
            pos = max(x + 1, free)
            if pos > limit:
                break  # (the search's hits from here on start after it)
            found = p.search(low, pos)
        return out
    hits: list[re.Match[str] | None] = []
    for k, p in enumerate(pats):
        n = needs[k] if needs else ""
        hits.append(p.search(low) if not n or n in low else None)
    while xs := [h.start() for h in hits if h is not None]:
        x = min(xs)
        if x > limit:
            break
        if x >= free:
            m = rx.match(text, start + x, end)
            if m is not None:
                out.append(m)
                free = m.end() - start
        pos = max(x + 1, free)
        if pos > limit:
            break  # no match starts after ``limit``
        hits = [
            h if h is None or h.start() >= pos else p.search(low, pos)
            for p, h in zip(pats, hits, strict=True)
        ]
    return out


_NO_LEADS: Final[list[frozenset[str] | None]] = []  # (no rule tried at the scan's places)
_LEAD_MAX: Final = 64  # most strings a start pattern's matches may start with that ``_lead`` follows


def _unfold(op: Any, av: Any, rest: list) -> list[list] | None:
    """The ways on of a parsed pattern whose first item, ``(op, av)``, is a group, a branch, a repeat
    or what consumes nothing (a boundary, a lookaround): the item lists left to read on each way,
    ``rest`` being the items after it. None when the item is none of those (a character, a class),
    or a group with flags of its own (the walks of ``_lead`` and ``_year_first`` then stop)."""
    if op is _C.SUBPATTERN:
        return None if av[1] or av[2] else [list(av[-1]) + rest]
    if op is _C.BRANCH:
        return [list(b) + rest for b in av[1]]
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        lo, hi, sub = av
        ways: list[list] = []
        if lo == 0:
            ways.append(rest)  # none of it
        if hi != 0:  # one more of it, then what is left of the repeat
            more = hi if hi is _C.MAXREPEAT else hi - 1
            tail = [(op, (max(lo - 1, 0), more, sub))] if more != 0 else []
            ways.append(list(sub) + tail + rest)
        return ways
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return [rest]  # consumes nothing
    return None


def _lead(items: list, lits: frozenset[str]) -> frozenset[str] | None:
    """Literals of ``lits`` one of which every match of the parsed pattern ``items`` starts with
    (each string its first items may match has one as a prefix), when its first items tell;
    else None."""
    found: set[str] = set()
    todo: list[tuple[str, list]] = [("", items)]
    steps = 0
    while todo:
        steps += 1
        if steps > 50 * _LEAD_MAX:
            return None
        pre, its = todo.pop()
        lit = next((x for x in lits if pre.startswith(x)), None) if pre else None
        if lit is not None:
            found.add(lit)
            if len(found) > _LEAD_MAX:
                return None
            continue
        if not its:
            return None  # a match may end before a literal: it may start anywhere
        (op, av), rest = its[0], its[1:]
        if op is _C.LITERAL:
            todo.append((pre + chr(av), rest))
        elif op is _C.IN:
            chars = _class_chars(av)
            if chars is None:
                return None
            todo.extend((pre + c, rest) for c in chars)
        elif (ways := _unfold(op, av, rest)) is not None:
            todo.extend((pre, w) for w in ways)
        else:
            return None
    return frozenset(found) if found else None


@cache
def _leads() -> list[frozenset[str] | None]:
    """Per rule with one pattern its matches start at (``_starts``): the literals of the
    conjunct's scan one of which each match of that pattern starts with (``_lead``), or None.
    The scan finds every occurrence of each: the places the rule may match at, without a search."""
    return _rule_leads(_start_pattern, 1)


@cache
def _one_leads() -> list[frozenset[str] | None]:
    """Per rule with a prefilter of one pattern: the literals of the conjunct's scan one of which
    each match of that pattern starts with (``_lead``), when they are two or more, or None. With
    one literal sre's search jumps to its occurrences in C; with several it tries every position
    (a class of their first characters, which are common letters or digits: the month names, the
    years), where trying the few places the scan found them costs less."""
    return _rule_leads(_prefilter_pattern, 2)


def _start_pattern(row: _Plan) -> re.Pattern[str] | None:
    """The rule's one pattern of its matches' starts (``_starts``), if it has exactly one."""
    pats = row[5]
    return pats[0] if pats is not None and len(pats) == 1 else None


def _prefilter_pattern(row: _Plan) -> re.Pattern[str] | None:
    """The rule's prefilter, when it is one pattern."""
    return row[3]


def _rule_leads(
    pattern_of: Callable[[_Plan], re.Pattern[str] | None], least: int
) -> list[frozenset[str] | None]:
    """Per rule of ``_plan()``: ``_lead`` of the case-sensitive pattern ``pattern_of`` picks from it,
    when it has at least ``least`` literals, or None (also when there is no conjunct scan)."""
    cj = _conjunct()
    lits = frozenset(cj.prefixes) if cj is not None else frozenset()
    out: list[frozenset[str] | None] = []
    for row in _plan():
        rx = pattern_of(row) if cj is not None else None
        lead = None
        if rx is not None and not rx.flags & re.IGNORECASE:
            lead = _lead(list(_P.parse(rx.pattern, rx.flags)), lits)
        out.append(lead if lead is not None and len(lead) >= least else None)
    return out


def _places(
    lead: frozenset[str], hits: list[tuple[int, str]], memo: dict[frozenset[str], list[int]] | None
) -> list[int]:
    """Where a literal of ``lead`` starts (``hits``: where the scan found which literals, by last
    index), in order; kept in ``memo`` (per text: several rules share their literals, the years'
    or the month names')."""
    if memo is not None:
        got = memo.get(lead)
        if got is not None:
            return got
    places = sorted({last - len(lit) + 1 for last, lit in hits if lit in lead})
    if memo is not None:
        memo[lead] = places
    return places


def _first_at(
    p: re.Pattern[str],
    lead: frozenset[str],
    hits: list[tuple[int, str]],
    low: str,
    memo: dict[frozenset[str], list[int]] | None = None,
    years: list[int] | None = None,
) -> re.Match[str] | None:
    """``p.search(low)`` for a pattern each match of which starts with a literal of ``lead``
    (``_one_leads``), whose every occurrence the scan found (``hits``: its last index and the
    literal): ``match`` at the first of those places where it matches (the search's attempt at a
    place is ``match`` there, and every attempt elsewhere fails). (``memo``: see ``_places``;
    ``years``: for a pattern each match of which opens with a year (``_year_led``), where the years
    start (``_year_starts``), the only places of ``_places`` it may match at.)"""
    for x in years if years is not None else _places(lead, hits, memo):
        m = p.match(low, x)
        if m is not None:
            return m
    return None


def _at_places(
    rx: re.Pattern[str],
    pat: re.Pattern[str],
    lead: frozenset[str],
    hits: list[tuple[int, str]],
    text: str,
    low: str,
    start: int,
    end: int,
    memo: dict[frozenset[str], list[int]] | None = None,
    years: list[int] | None = None,
) -> list[re.Match[str]]:
    """``_at_hits(rx, (pat,), text, low, start, end)`` for a start pattern each match of which
    starts with a literal of ``lead`` (``_leads``), whose every occurrence the scan found (``hits``:
    its last index and the literal): the places ``pat`` matches at are among those, tried in order
    (``match`` there is the search's match there). (``memo``, ``years``: see ``_first_at``.)"""
    out: list[re.Match[str]] = []
    free = 0  # offset in ``low`` where the next match may start (after the last one)
    for x in years if years is not None else _places(lead, hits, memo):
        if x < free or pat.match(low, x) is None:
            continue
        m = rx.match(text, start + x, end)
        if m is not None:
            out.append(m)
            free = m.end() - start
    return out


@cache
def _twins() -> list[re.Pattern[str] | None]:
    """Each rule's case-sensitive twin for lower-cased text of ASCII and uncased characters (see
    ``prefilter.ascii_lowered``), or None; all None when some rule may look back further than we
    can tell."""
    if _behind() is None:
        return [None for _ in _grammar()]
    return [ascii_lowered(rx) for _, rx in _grammar()]


@cache
def _behind() -> int | None:
    """How far before a match any rule of the grammar may look (None: unknown)."""
    far = [lookbehind(rx) for _, rx in _grammar()]
    return None if any(f is None for f in far) else max(f for f in far if f is not None)


def _ascii_window(text: str, start: int, end: int) -> tuple[int, str] | bool:
    """``text[start:end]`` and the few characters before it that the rules may look at, lower-cased
    with its offset, when its characters are ASCII or uncased ("’", "—", "€"); else False."""
    behind = _behind()
    if behind is None:
        return False
    lo = max(0, start - behind)
    window = text[lo:end]
    if not window.isascii() and not all(_plain(c) for c in set(window) if not c.isascii()):
        return False
    return lo, window.lower()


def _matches(
    rx: re.Pattern[str],
    twin: re.Pattern[str] | None,
    text: str,
    start: int,
    end: int,
    window: tuple[int, str] | bool,
) -> list[re.Match[str]] | Iterator[re.Match[str]]:
    """``rx.finditer(text, start, end)``. In a ``window`` (see ``_ascii_window``) the case-sensitive
    twin finds the same matches faster (ignoring case costs sre a jump per alternative); each is
    then matched again where it starts, for its groups in the text's own case."""
    if twin is None or not isinstance(window, tuple):
        return rx.finditer(text, start, end)
    lo, low = window
    out = []
    for f in twin.finditer(low, start - lo, end - lo):
        m = rx.match(text, f.start() + lo, end)
        if m is None or m.end() != f.end() + lo:  # cannot happen (the twin is checked): be safe
            return rx.finditer(text, start, end)
        out.append(m)
    return out


_ALONE: Final = re.compile(r"\s+alone\b", re.IGNORECASE)


def _alone(text: str, t: TimeExpr) -> TimeExpr:
    """'In the second quarter alone, ...': a part singled out of the period reported on; it dates
    its own sentence, and the report goes on about the whole (see carry.update_context)."""
    # ``\s+`` first: re's white space is ``str.isspace`` (the cheap test first)
    if t.role == "explicit" and text[t.end : t.end + 1].isspace() and _ALONE.match(text, t.end):
        return TimeExpr(
            start=t.start, end=t.end, text=t.text, value=t.value, role=t.role, rule=t.rule + "@alone"
        )
    return t


_SAID_BEFORE: Final = re.compile(
    r"\b(?:said|says|announced|told|reported|added|revealed|confirmed|released|published|disclosed|stated|noted"
    r"|warned|unveiled|presented|tabled)\s+(?:[\w-]+\s+){0,2}$"
)
_SAID_AFTER: Final = re.compile(
    r"\s*,?\s*(?:said|announced|told|reported|revealed|confirmed|released|published|disclosed|unveiled|presented"
    r"|tabled)\b"
)


def _said(text: str, t: TimeExpr) -> TimeExpr:
    """'the bureau said on Friday', 'officials on Monday announced': the day of a statement dates the
    statement, not the figures it reports (role ``said``: neither dates a figure nor is carried)."""
    if t.rule != "period:weekday":
        return t
    if _SAID_BEFORE.search(text, max(0, t.start - 40), t.start) or _SAID_AFTER.match(text, t.end):
        return TimeExpr(
            start=t.start, end=t.end, text=t.text, value=t.value, role="said", rule=t.rule + "@said"
        )
    return t


# "up from 12.1 percent in 2000", "compared with 3,000 in 2015": the time of the earlier value
_FROM_FIGURE_BEFORE: Final = re.compile(
    r"\b(?:from|than|compared (?:with|to)|against)\s+(?:about\s+|around\s+|nearly\s+|just\s+|some\s+)?"
    r"(?:[A-Z]{1,2})?[$€£¥]?\d[\d,.]*%?(?:\s+[a-z%]+){0,3}\s+(?:in|at the end of)\s+$",
    re.IGNORECASE,
)
# "climbed to 3.8% from 3.5% in July", "down from $6.54 in the fourth quarter of 2022": a month or
# quarter right after the earlier figure of a comparison dates that figure alone ("than" is left
# out: "more than 500 jobs in July" is no comparison)
_FROM_FIGURE_IN: Final = re.compile(
    r"\b(?:from|compared (?:with|to)|against|versus)\s+(?:about\s+|around\s+|nearly\s+|just\s+|some\s+)?"
    r"(?:[A-Z]{1,2})?[$€£¥]?\d[\d,.]*(?:%|[a-z]{1,3}\b)?(?:\s+[a-z%]+){0,3}\s+(?:in\s+|at the end of\s+)?$",
    re.IGNORECASE,
)
_ASCII_DIGIT: Final = re.compile(r"[0-9]")
# the gates each match of those two patterns holds a literal of (``conjunct.required``: "from",
# "than", "compared with"...), looked up in the folded window before it is searched
_Gates = tuple[tuple[str, ...], ...]
_FROM_BEFORE_GATES: Final[_Gates] = tuple(tuple(sorted(g)) for g in required(_FROM_FIGURE_BEFORE))
_FROM_IN_GATES: Final[_Gates] = tuple(tuple(sorted(g)) for g in required(_FROM_FIGURE_IN))


def _holds(low: str, gates: _Gates) -> bool:
    """Has the folded text ``low`` a literal of each of ``gates``? (Loops: no generator made.)"""
    for g in gates:
        for lit in g:
            if lit in low:
                break
        else:
            return False
    return True


# the rules of a month or part of a year that ``_FROM_FIGURE_IN`` is asked about (the year's rule
# is ``_as_base``'s own)
_FROM_FIGURE_RULES: Final = frozenset(
    ("period:in_month", "period:month_year", "period:year_part", "period:month_day")
)

_BASE_BEFORE: Final = re.compile(
    r"\b(?:the|its|their|that|those)\s+(?:number|numbers|figure|figures|level|levels|total|amount|value|count)"
    r"\s+(?:(?:it|they)\s+(?:saw|had|recorded|reported)\s+|(?:seen|recorded|reported)\s+)?(?:in|of|for|during)\s+$",
    re.IGNORECASE,
)


# the last letters of the words both patterns above end with ("in", "of", "for", "during")
_BASE_LAST: Final = frozenset("nfrgNFRG")
# the words they end with, and the words ``_BASE_BEFORE`` has just before its last one
_BASE_WORDS: Final = frozenset(("in", "of", "for", "during"))
_BASE_PREV: Final = frozenset(
    (
        "number", "numbers", "figure", "figures", "level", "levels", "total", "amount", "value", "count",
        "saw", "had", "recorded", "reported", "seen",
    )
)


def _as_base(text: str, t: TimeExpr) -> TimeExpr:
    """'three times the number in the first seven months of 2021': the time of the compared value."""
    if t.role != "explicit":
        return t
    before = text[max(0, t.start - 60) : t.start]
    if t.rule in _FROM_FIGURE_RULES:
        return _from_figure_in(before, t)
    word_end = before.rstrip()
    if len(word_end) == len(before) or word_end[-1:] not in _BASE_LAST:
        return t  # no word those patterns end with just before the time: neither can match
    # both patterns end with one of a few words, after white space (re's is ``str.isspace``,
    # as ``split``'s); ``fold`` spells a word as re's IGNORECASE reads it
    words = word_end.rsplit(None, 2)
    if len(words) < 2 or fold(words[-1]) not in _BASE_WORDS:
        return t
    if (
        t.rule == "period:year"
        and _holds(fold(before), _FROM_BEFORE_GATES)
        and _FROM_FIGURE_BEFORE.search(before)
    ):
        # it dates the earlier figure just before it (see carry.choose_period), not the newer one
        return TimeExpr(
            start=t.start, end=t.end, text=t.text, value=t.value, role="basis", rule=t.rule + "@from-figure"
        )
    # ``_BASE_BEFORE``'s word before the last one is its noun or verb, with two words before
    if len(words) == 3 and fold(words[1]) in _BASE_PREV and _BASE_BEFORE.search(before):
        return TimeExpr(
            start=t.start, end=t.end, text=t.text, value=t.value, role="basis", rule=t.rule + "@base"
        )
    return t


def _from_figure_in(before: str, t: TimeExpr) -> TimeExpr:
    """'to 3.8% from 3.5% in July': a month or quarter after the earlier figure of a comparison
    dates that figure alone (see carry.choose_period), not the newer one."""
    if t.text[:3].lower() == "in ":
        before += "in "  # "in July": the rule's match holds its own preposition
    tail = before[-30:]
    # (an ASCII tail, the common case, holds a ``str.isdigit`` character when it holds [0-9])
    if not (_ASCII_DIGIT.search(tail) if tail.isascii() else any(c.isdigit() for c in tail)):
        return t
    if not _holds(fold(before), _FROM_IN_GATES) or not _FROM_FIGURE_IN.search(before):
        return t
    return TimeExpr(
        start=t.start, end=t.end, text=t.text, value=t.value, role="basis", rule=t.rule + "@from-figure"
    )


# between a span and a day that only bounds it: "(the fiscal year) that begins (July 1)"
_BOUND_OF_SPAN: Final = re.compile(
    r",?\s+(?:that|which)\s+(?:begins|began|starts|started|ends|ended|closes|closed)\s+(?:on\s+)?", re.I
)


def _drop_closing_days(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """'closed fiscal 2022 on June 30': a day that ends the span just named only says when it ended."""
    out: list[TimeExpr] = []
    for t in found:
        prev = out[-1] if out else None
        if (
            prev
            and t.rule == "period:month_day"
            and t.value
            and prev.value
            and "/" in prev.value
            and prev.value.split("/")[1] == t.value[:7]
            and re.fullmatch(r"\s*(?:on|,)?\s*", text[prev.end : t.start])
        ):
            continue
        if (
            prev
            and t.rule == "period:month_day"
            and _BOUND_OF_SPAN.fullmatch(text, prev.end, t.start)
        ):
            continue  # "the fiscal year that begins July 1": the day only says when the span begins
        out.append(t)
    return out
