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


def _ended_at(text: str, start: int, end: int) -> bool:
    """``ended(text[start:end])``, read in place from the end (no copy of the line)."""
    j = end
    while j > start and text[j - 1].isspace():
        j -= 1
    while j > start and text[j - 1] in _CLOSERS:
        j -= 1
    return j > start and text[j - 1] in ".!?"


def entities_from_repeats(facts: list[Fact], text: str) -> None:
    """Give a figure on an unended line the entity of the same figure in a body sentence.

    The lines are read first: only the values of the figures on unended lines are looked for
    among the body's figures (none on most pages: then nothing more is done). Each line is
    read once for a run of figures of one sentence (their spans are the same)."""
    unended: list[bool] = []
    wanted: set[float] = set()  # the values of the figures on unended lines
    last_start: int | None = -1
    last_end: int | None = -1
    loose = False
    for f in facts:
        s_start, s_end = f.sentence_start, f.sentence_end
        if s_start != last_start or s_end != last_end:
            if s_start is None or s_end is None or s_start < 0 or s_end < 0:  # (as a slice reads them)
                loose = not ended(text[s_start:s_end])
            else:  # (the usual bounds: read in place)
                loose = not _ended_at(text, s_start, min(s_end, len(text)))
            last_start, last_end = s_start, s_end
        unended.append(loose)
        if loose:
            value = f.value
            if value is not None:
                wanted.add(value)
    if not wanted:
        return
    body: dict[tuple, set[tuple]] = {}
    for f, loose in zip(facts, unended, strict=True):
        if loose:
            continue
        value = f.value
        if value is not None and value in wanted and f.entity:
            ent = (f.entity, f.entity_type, f.qualifiers.get("_parent"))
            key = (value, f.unit)
            got = body.get(key)
            if got is None:
                body[key] = {ent}
            else:
                got.add(ent)
    if not body:
        return
    rename(facts, unended, body)


def rename(facts: list[Fact], unended: list[bool], body: dict[tuple, set[tuple]]) -> None:
    """Give each figure on an unended line (``unended``, figure by figure) the one entity the
    body's figures of its value and unit have (``body``: (value, unit) -> entities)."""
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
