"""Time expressions: find them in text and resolve them to ISO 8601 periods.

``find_periods(text, start, end, published=...)`` returns :class:`TimeExpr` records with a
``role`` saying how a fact may use them:

* ``explicit``  a resolved period ("in 2020", "from January to May", "the first quarter of
  this year", "the 13th Five-Year Plan (2016-20)", "last year", "in June")
* ``target``    a deadline ("by 2025", "by the end of the year"): the period of a target
* ``now``       the publication year ("now", "to date", "at present", "since 2018")
* ``anaphor``   refers back to the period of an earlier sentence ("during the period")
* ``vague``     no period can be fixed ("over the past few years"); blocks carrying
* ``basis``     the base of a comparison ("compared with 2016", "from the same period last
  year"): never the period of the fact, but a cue for ``basis``

Vocabulary (month names, parts of a year, anaphors, vague phrases) lives in
``data/periods.yaml``; the grammar that combines them is here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from tally.data import load

ROLES = ("explicit", "target", "now", "anaphor", "vague", "basis")


@dataclass(slots=True, frozen=True, kw_only=True)
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None
    role: str
    rule: str


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
    anaph = "|".join(t["anaphors"])
    vague = "|".join(t["vague"])
    now = _alt(t["now_words"])
    g: list[tuple[str, str]] = [
        (
            "basis_same_period",
            r"\b(?:from|over|compared (?:with|to)|than(?: in| during)?|against) the same (?:period|month|quarter|time) (?:of |in )?(?:last year|a year (?:earlier|ago)|the previous year|"  # noqa: E501
            + year
            + r")",
        ),
        (
            "basis_compared",
            rf"\b(?:compared (?:with|to)|from that of|from the level of|than (?:in|that of)|from)\s+(?:the end of\s+)?(?P<y>{year})(?:\s+levels?)?\b(?!\s*(?:-|–|to|and)\s*\d)",  # noqa: E501
        ),
        (
            "basis_figure_of",
            rf"\b(?:the (?:figure|level|number|total|amount|value) (?:of|in|for)|the|that of)\s+(?P<y>{year})(?:\s+(?:figure|level|levels))?\b(?=\s*[.,;)]|\s+(?:figure|level))",  # noqa: E501
        ),
        (
            "basis_last_year",
            r"\b(?:compared (?:with|to)|than|over) (?:last year|the previous year|a year (?:earlier|ago))",
        ),
        (
            "fyp",
            rf"\b(?:the\s+)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)\s+Five-Year\s+Plan(?:\s+period)?(?:\s*\(\s*(?P<a>{year})\s*[-–]\s*(?P<b>\d{{2,4}})\s*\))?",
        ),
        ("target_year", rf"\bby\s+(?:the\s+end\s+of\s+)?(?P<y>{year})\b"),
        ("target_rel", rf"\bby\s+(?:the\s+end\s+of\s+)?(?P<r>{rel_y})\b"),
        (
            "year_span",
            rf"\b(?:(?:between|from)\s+)?(?P<a>{year})\s*(?:-|–|to|and|through|until)\s*(?P<b>{year}|\d\d)\b",
        ),
        (
            "month_span",
            rf"\b(?:(?:from|between)\s+)?(?P<m1>{month})\.?\s*(?:-|–|to|and|through)\s*(?P<m2>{month})\b\.?{of_year}",
        ),
        ("first_months", rf"\b(?:the\s+)?first\s+(?P<n>{num})\s+months{of_year}"),
        ("year_part", rf"\b(?:the\s+)?(?P<p>{parts})\b{of_year}"),
        ("month_day", rf"\b(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>{year}))?"),
        ("month_year", rf"\b(?P<m>{month})\.?,?\s+(?P<y>{year})\b"),
        (
            "in_month",
            rf"\b(?:in|during|since|by|until|through|for)\s+(?:early\s+|mid-|late\s+|the end of\s+)?(?P<m>{month})\b(?!\s+\d)",  # noqa: E501
        ),
        ("next_n", rf"\b(?:over|in|during|for|within)\s+the\s+(?:next|coming)\s+(?P<n>{num})\s+years\b"),
        ("within_n", rf"\bwithin\s+(?:the\s+next\s+)?(?P<n>{num})\s+years\b"),
        ("past_decade", r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+decade\b"),
        (
            "past_n",
            rf"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?P<n>{num})\s+(?P<u>years|months)\b",
        ),
        ("ago", rf"\b(?P<n>{num}|a)\s+(?P<u>years?|months?)\s+ago\b"),
        ("vague", rf"\b(?:{vague})\b"),
        (
            "historic",
            r"\b\d{1,4}\s*(?:BC|BCE)\b|\bAD\s*\d{1,4}\b|\b\d{1,4}\s*(?:BC|BCE)\s*[-–]\s*AD\s*\d{1,4}\b",
        ),
        ("anaphor", rf"\b(?:{anaph})\b"),
        ("rel_month", rf"\b(?P<r>{rel_m})\b"),
        ("rel_year", rf"\b(?:the\s+end\s+of\s+)?(?P<r>{rel_y})\b"),
        ("since_year", rf"\bsince\s+(?:the\s+end\s+of\s+)?(?:{year}|last year)\b"),
        (
            "year",
            rf"(?<![\d,.\-$])\b(?P<y>{year})\b(?![\d%]|[.,]\d|\s*(?:yuan|percent|tons?|people|hectares|km|meters)\b)",
        ),
        ("now", rf"\b(?:{now})\b"),
    ]
    return [(name, re.compile(p, re.IGNORECASE)) for name, p in g]


def _month(name: str) -> int:
    return load("periods")["months"][name.lower().rstrip(".")]


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


def _span(y: int | None, m1: int, m2: int) -> str | None:
    if y is None:
        return None
    if m1 == m2:
        return f"{y}-{m1:02d}"
    if m1 == 1 and m2 == 12:
        return str(y)
    return f"{y}-{m1:02d}/{y}-{m2:02d}"


def _resolve(rule: str, m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str]:
    gd = m.groupdict()
    py = pub.year if pub else None
    if rule.startswith("basis"):
        return (gd.get("y") or None), "basis"
    if rule == "fyp":
        if gd.get("a"):
            a = int(gd["a"])
            return f"{a}/{_full_year(a, gd['b'])}", "explicit"
        n = int(gd["n"])
        if n >= 6:
            a = 1981 + 5 * (n - 6)
            return f"{a}/{a + 4}", "explicit"
        return None, "vague"
    if rule == "target_year":
        return gd["y"], "target"
    if rule == "target_rel":
        off = load("periods")["relative_years"][gd["r"].lower()]
        return (str(py + off) if py else None), "target"
    if rule == "year_span":
        a = int(gd["a"])
        b = _full_year(a, gd["b"])
        if not a < b <= a + 30:
            return None, "skip"
        return f"{a}/{b}", "explicit"
    if rule == "month_span":
        m1, m2 = _month(gd["m1"]), _month(gd["m2"])
        if m2 < m1:
            return None, "skip"
        return _span(_year_of(gd.get("oy") or gd.get("oy2"), pub, m2), m1, m2), "explicit"
    if rule == "first_months":
        n = _num(gd["n"])
        if not n or n > 12:
            return None, "skip"
        return _span(_year_of(gd.get("oy") or gd.get("oy2"), pub, n), 1, n), "explicit"
    if rule == "year_part":
        a, b = load("periods")["year_parts"][gd["p"].lower()]
        return _span(_year_of(gd.get("oy") or gd.get("oy2"), pub, b), a, b), "explicit"
    if rule == "month_day":
        mo, d = _month(gd["m"]), int(gd["d"])
        if not 1 <= d <= 31:
            return None, "skip"
        y = int(gd["y"]) if gd.get("y") else _year_of(None, pub, mo)
        return (f"{y}-{mo:02d}-{d:02d}" if y else None), "explicit"
    if rule == "month_year":
        return f"{int(gd['y'])}-{_month(gd['m']):02d}", "explicit"
    if rule == "in_month":
        mo = _month(gd["m"])
        if gd["m"].lower() == "may" and not m.group(0).lower().startswith(("in", "during", "since")):
            return None, "skip"
        y = _year_of(None, pub, mo)
        return (f"{y}-{mo:02d}" if y else None), "explicit"
    if rule == "past_n":
        n = _num(gd["n"])
        if not n or py is None:
            return None, "vague"
        if gd["u"].lower().startswith("year"):
            return f"{py - n}/{py - 1}", "explicit"
        return None, "vague"
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
        if gd["u"].lower().startswith("year"):
            return str(py - n), "explicit"
        y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return f"{y}-{mo + 1:02d}", "explicit"
    if rule in ("vague", "historic"):
        return None, "vague"
    if rule == "anaphor":
        return None, "anaphor"
    if rule == "rel_month":
        if pub is None:
            return None, "explicit"
        off = load("periods")["relative_months"][gd["r"].lower()]
        y, mo = divmod(pub.year * 12 + pub.month - 1 + off, 12)
        return f"{y}-{mo + 1:02d}", "explicit"
    if rule == "rel_year":
        off = load("periods")["relative_years"][gd["r"].lower()]
        if gd["r"].lower() == "the year" and "end" not in m.group(0).lower():
            return None, "skip"
        return (str(py + off) if py else None), "explicit"
    if rule in ("since_year", "now"):
        return (str(py) if py else None), "now"
    if rule == "year":
        return gd["y"], "explicit"
    return None, "skip"


def find_periods(
    text: str, start: int = 0, end: int | None = None, *, published: dt.date | None = None
) -> list[TimeExpr]:
    """Time expressions in ``text[start:end]`` (offsets into ``text``), longest first, no overlaps."""
    end = len(text) if end is None else end
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for rule, rx in _grammar():
        for m in rx.finditer(text, start, end):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            value, role = _resolve(rule, m, published)
            if role == "skip":
                continue
            taken.append((s, e))
            found.append(
                TimeExpr(start=s, end=e, text=m.group(0), value=value, role=role, rule=f"period:{rule}")
            )
    found.sort(key=lambda x: x.start)
    return found
