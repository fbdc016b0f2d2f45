"""Figures repeated from the body: a headline, subhead or pull quote restates a body figure.

A line with no closing punctuation ("Robot maker to build £42m plant", a pull-quote fragment
at the page foot) names its figure's owner loosely or not at all; the same figure stated in a
sentence of the body says whose it is. ``entities_from_repeats`` gives such a figure the entity
of its body statement (same value and unit), when the body gives it exactly one.
"""

from __future__ import annotations

import re

from tally.model import Fact

_ENDED = re.compile(r"[.!?][\"'”’)]*\s*$")


def _unended(text: str, f: Fact) -> bool:
    return not _ENDED.search(text[f.sentence_start : f.sentence_end])


def entities_from_repeats(facts: list[Fact], text: str) -> None:
    """Give a figure on an unended line the entity of the same figure in a body sentence."""
    body: dict[tuple, set[tuple]] = {}
    for f in facts:
        if f.entity and f.value is not None and not _unended(text, f):
            ent = (f.entity, f.entity_type, f.qualifiers.get("_parent"))
            body.setdefault((f.value, f.unit), set()).add(ent)
    for f in facts:
        if f.value is None or not _unended(text, f):
            continue
        ents = body.get((f.value, f.unit))
        if not ents or len(ents) != 1:
            continue
        name, typ, parent = next(iter(ents))
        if (f.entity, f.entity_type) == (name, typ):
            continue
        f.entity, f.entity_type = name, typ
        f.qualifiers.pop("_parent", None)
        if parent:
            f.qualifiers["_parent"] = parent
        f.rules = [r for r in f.rules if not r.startswith("entity:")] + ["entity:repeated-figure"]
