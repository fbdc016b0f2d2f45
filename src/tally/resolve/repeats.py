"""Figures repeated from the body: a headline, subhead or pull quote restates a body figure.

A line with no closing punctuation ("Robot maker to build £42m plant", a pull-quote fragment
at the page foot) names its figure's owner loosely or not at all; the same figure stated in a
sentence of the body says whose it is. ``entities_from_repeats`` gives such a figure the entity
of its body statement (same value and unit), when the body gives it exactly one.
"""

from __future__ import annotations

from typing import Final

from tally.model import Fact

_CLOSERS: Final = "\"'”’)"


def ended(line: str) -> bool:
    """Does ``line`` close with a full stop, question or exclamation mark (then closing quotes or
    brackets and space)? The same as a search of ``[.!?]["'”’)]*\\s*$``, without scanning the line."""
    return line.rstrip().rstrip(_CLOSERS)[-1:] in (".", "!", "?")


def _unended(text: str, f: Fact) -> bool:
    return not ended(text[f.sentence_start : f.sentence_end])


def entities_from_repeats(facts: list[Fact], text: str) -> None:
    """Give a figure on an unended line the entity of the same figure in a body sentence."""
    closed: dict[tuple, bool] = {}  # per sentence span: is it unended?
    unended: list[bool] = []
    for f in facts:
        span = (f.sentence_start, f.sentence_end)
        if span not in closed:
            closed[span] = _unended(text, f)
        unended.append(closed[span])
    body: dict[tuple, set[tuple]] = {}
    for f, loose in zip(facts, unended, strict=True):
        if f.entity and f.value is not None and not loose:
            ent = (f.entity, f.entity_type, f.qualifiers.get("_parent"))
            body.setdefault((f.value, f.unit), set()).add(ent)
    for f, loose in zip(facts, unended, strict=True):
        if f.value is None or not loose:
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
