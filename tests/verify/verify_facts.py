"""Hand-made facts for the verify tests (sentences of our own, figures in the corpus style)."""

from __future__ import annotations

import datetime as dt

from tally.model import Fact

SCALES = {"billion": 1e9, "million": 1e6, "trillion": 1e12}


def fact(text: str, *, start: int, doc: str = "r.txt", sentence: int | None = None, **kw) -> Fact:
    """A fact whose value is read from ``text`` ("56.11 billion yuan", "23.9 percent", "3,368")."""
    words = text.replace("$", "").replace("\\", "").split()
    value = float(words[0].replace(",", ""))
    if len(words) > 1 and words[1] in SCALES:
        value *= SCALES[words[1]]
    unit = kw.pop("unit", "USD" if "$" in text else "CNY" if "yuan" in text
                  else "percent" if "percent" in text else "count")
    base = dict(entity="Shanxi", entity_type="province", indicator="trade", period="2021-01/2021-05",
                kind="level", status="actual", approx="=")
    base.update(kw)
    return Fact(doc=doc, start=start, end=start + len(text), text=text, value=value, unit=unit,
                sentence_start=sentence if sentence is not None else start, **base)


PUBLISHED = {"r.txt": dt.date(2021, 6, 25), "s.txt": dt.date(2021, 7, 28)}
