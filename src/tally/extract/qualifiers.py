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
    if re.search(r"\bper capita\b", before[-80:] + after[:30], re.IGNORECASE):
        f.qualifiers.setdefault("scope", "per capita")
    if f.unit == "count" and f.counted and f.indicator in ("exports", "imports", "production", "orders"):
        f.qualifiers.setdefault("product", f.counted)
