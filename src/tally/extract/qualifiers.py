"""Easy qualifiers of a fact: trade partner, per-capita scope, product of a count of goods."""

from __future__ import annotations

import re

from tally.model import Fact, Quantity
from tally.resolve.coref import SentenceView


def add_qualifiers(f: Fact, view: SentenceView, q: Quantity, before: str, after: str) -> None:
    """Easy qualifiers: trade partner, per capita scope, product of a count of goods."""
    if f.indicator in ("exports", "imports", "trade", "orders"):
        best = None
        for r in view.mentions:
            if r.ent and r.ent[1] == "country" and q.start - 100 < r.mention.end <= q.start:
                lead = view.text[max(0, r.mention.start - view.start - 12) : r.mention.start - view.start]
                if re.search(r"(?:\b(?:to|with|from|and)|[—,])\s+(?:the\s+)?$", lead):
                    best = r.ent[0]
        if best:
            f.qualifiers.setdefault("partner", best)
        else:
            m = _GROUP_PARTNER.search(before[-120:])
            if m:
                f.qualifiers.setdefault("partner", " ".join(m.group(1).split()))
    if re.search(r"\bper capita\b", before[-80:] + after[:30], re.IGNORECASE):
        f.qualifiers.setdefault("scope", "per capita")
    if f.unit == "count" and f.counted and f.indicator in ("exports", "imports", "production", "orders"):
        f.qualifiers.setdefault("product", f.counted)
    _per(f, before, after)


# a group of partner countries named by a description ("exports to Belt and Road countries")
_GROUP_PARTNER = re.compile(
    r"\b(?i:exports?|imports?|trade|shipments?|sales|sold|shipped|exported|imported)\s+(?:to|with|from)\s+(?:the\s+)?"
    r"((?:[A-Z][\w&'’-]*\s+(?:and\s+)?){1,4}(?:countries|nations|economies|markets|states)(?:\s+and\s+regions)?)"
)
_RELATIVE = ("percent", "times", "percentage_point", "rank")
_PER_AFTER = re.compile(
    r"^\s*(?:(?:of\s+)?[\w-]+\s+){0,2}?(?:a|an|per|each|every)\s+(day|week|month|year)\b"
    r"(?!\s+(?:earlier|ago|before|later|after)\b)",
    re.IGNORECASE,
)
_ANNUAL_BEFORE = re.compile(
    r"\b(?:annual|yearly)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:of|to|at|was|is|reached|reaching|surpassing|stood at|totaled|totalled)?"
    r"\s*(?:about|nearly|around|some|over|more than|up to|almost|roughly|at least)?\s*$",
    re.IGNORECASE,
)
_EACH_BEFORE = re.compile(
    r"\beach\s+(family|household|person|worker|villager|member|farmer|resident|student)\b[^,;.]{0,40}$", re.I
)


def _per(f: Fact, before: str, after: str) -> None:
    """The time or thing an amount is per: 'a day', 'annual revenue of', 'each family earned'."""
    if f.unit in _RELATIVE or f.kind == "change":
        if f.unit in _RELATIVE:
            f.qualifiers.pop("per", None)  # '3.9 percent a year' is an average growth, not a rate per year
        return
    if "per" in f.qualifiers or "/" in f.unit:
        return
    m = _PER_AFTER.match(after)
    if m:
        f.qualifiers["per"] = m.group(1).lower()
        return
    if _ANNUAL_BEFORE.search(before[-70:]):
        f.qualifiers["per"] = "year"
        return
    m = _EACH_BEFORE.search(before[-70:])
    if m:
        f.qualifiers["per"] = m.group(1).lower()
