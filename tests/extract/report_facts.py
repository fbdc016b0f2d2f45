"""The facts of a short report of our own, read and processed as a document with a publication
date (shared by the table-driven generality tests)."""

from __future__ import annotations

import datetime as dt

from tally.extract.quantities import find_quantities
from tally.model import Fact, Quantity
from tally.pipeline import process
from tally.read import read_bytes


def facts_of(text: str, published: str | dt.date) -> list[Fact]:
    """Every fact of ``text`` published on ``published`` (a date or its ISO form)."""
    day = dt.date.fromisoformat(published) if isinstance(published, str) else published
    return process(read_bytes(text.encode(), name="t.txt", source="t.txt", published=day)).facts


def fact_of(text: str, published: str | dt.date, figure: str, nth: int = 0) -> Fact:
    """The fact whose text is ``figure`` (its ``nth`` occurrence)."""
    found = facts_of(text, published)
    hits = [f for f in found if f.text == figure]
    assert len(hits) > nth, f"no fact {figure!r} (#{nth}) in {[f.text for f in found]}"
    return hits[nth]


def quantity_of(sentence: str, span: str) -> Quantity:
    """The quantity the finder reads in ``sentence`` whose text is ``span``."""
    found = find_quantities(sentence)
    hits = [q for q in found if q.text == span]
    assert hits, f"no quantity {span!r} in {[q.text for q in found]}"
    return hits[0]
