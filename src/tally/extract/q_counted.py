"""Counted nouns: the noun phrase a bare count counts ("3,368 research projects"; ``_counted``, and
``counted_phrase`` for a finished ``Quantity``), "one of the best speakers" (``_of_phrase``) and
hyphenated compounds ("a 12-room guesthouse"; ``_compound_noun``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from tally.extract.q_nouns import NounPhrase, canonical_counted, noun_phrase, singular, tables
from tally.extract.q_number import _is_one, _Num
from tally.extract.q_state import _G, _LEX, _Q, Options
from tally.model import Quantity

_COMPOUND: Final = re.compile(r"-([a-z]{2,})(?=[ \t]+(?:\n[ \t]*)?[a-z])")


def _compound_noun(text: str, q: _Q, num: _Num, raw: str, end: int) -> tuple[int, str] | None:
    """ "a 12-room guesthouse", "a 300-bed hospital": (end of the compound, counted noun)."""
    if num.scaled or _is_one(raw) or q.value_high is not None:
        return None
    m = _COMPOUND.match(text, q.end, end)
    if not m:
        return None
    w = m.group(1)
    if w in _LEX.compound_blockers or w in tables().stop or (len(w) > 4 and w.endswith(("ed", "ly"))):
        return None
    return m.end(1), canonical_counted(singular(w))


def _counted(text: str, q: _Q, end: int, opt: Options) -> NounPhrase | None:
    return noun_phrase(text, q.end, plural=(q.value or 0) != 1 or q.value_high is not None)


_OF_DET: Final = re.compile(
    r"\s+of\s+(?:(?:the|my|his|her|its|their|our|your|these|those)\s+)?(?:(?:most|more)\s+)?"
)


def _of_phrase(text: str, pos: int, end: int) -> NounPhrase | None:
    """ "one of the best wireless speakers": the plural phrase after "of (the) (most)"."""
    m = _OF_DET.match(text, pos, end)
    if not m:
        return None
    return noun_phrase(text, m.end() - 1, plural=True)


def counted_phrase(text: str, q: Quantity) -> NounPhrase | None:
    """The noun phrase counted by a count quantity, as written ("public housing properties")."""
    if q.unit != "count":
        return None
    g = _G
    pos = q.end
    m = g.of_after.match(text, pos)
    if m and ("vague" in q.rules or q.value == 1 or any(r == "scaled" for r in q.rules)):
        return _of_phrase(text, pos, len(text))
    np = noun_phrase(text, pos, plural=(q.value or 0) != 1 or q.value_high is not None)
    if np is None and (q.value == 1 or m):
        np = _of_phrase(text, pos, len(text))
    if np is None and q.value is not None and q.value != 1 and q.value_high is None:
        np = noun_phrase(text, pos, plural=False)              # "a three course meal": N + singular compound
        if np is not None and (len(np.words) < 2 or not np.words[0].islower()):
            np = None
    if np is not None and not m:
        pm = _PRE_MOD.search(text, max(0, q.start - 40), q.start)
        if pm and pm.group("m").lower() in tables().pre_modifiers:
            np = replace(np, words=(pm.group("m"), *np.words))   # "the top three seeds"
    return np


_PRE_MOD: Final = re.compile(
    r"\b(?i:the|a|an|its|their|his|her|our|my|your|these|those)\s+(?P<m>[A-Za-z]+)\s+\Z"
)
