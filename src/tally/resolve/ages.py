"""Ages of people quoted in apposition are not statistics: "said Ana Ruiz, 44, who runs ...".

The quantity layer tags age quantities with the rule ``age`` (a bare two-digit number counting
nothing may be an age too); an age set off by commas right after a person's name (capitalised
words, not a place or company the document knows) is dropped, while ages in a statistic
("teenagers aged 15 to 17", "a 12-year-old plant") stay.
"""

from __future__ import annotations

import re
from typing import Final

from tally.model import Fact
from tally.resolve.entities import Lexicon, classify_name

_NAME_BEFORE: Final = re.compile(r"((?:[A-Z][\w'’-]*\.?[ \t]+){0,3}[A-Z][\w'’-]+)[ \t]*,[ \t]*$")
_AFTER: Final = re.compile(r"[ \t]*(?:,|\.|;|\)|$|[ \t]+(?:who|and)\b)")


def is_person_age(text: str, fact: Fact, lex: Lexicon | None = None) -> bool:
    """Is this fact the age of a named person in apposition ("Hetal Shah, 44,")?"""
    if "quantity:age" not in fact.rules and not _bare_age(text, fact):
        return False
    lo, hi = max(0, fact.start - 80), fact.start
    if not _ends_with_comma(text, lo, hi):  # (no search, ~25,000 instructions, where it cannot match)
        return False
    m = _NAME_BEFORE.search(text, lo, hi)
    if not m or not _AFTER.match(text, fact.end):
        return False
    name = m.group(1)
    if classify_name(name) or (lex is not None and lex.lookup(name)):
        return False  # "Ohio, 44," is not a person
    return True


def _ends_with_comma(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` end with a comma and blanks (``[ \t]``), as a match of ``_NAME_BEFORE``
    in it must? Its ``$`` also matches before a line break that ends the window."""
    j = hi - 1 if hi > lo and text[hi - 1] == "\n" else hi
    while j > lo and text[j - 1] in " \t":
        j -= 1
    return j > lo and text[j - 1] == ","


def _bare_age(text: str, fact: Fact) -> bool:
    """A bare whole number a person's age can be ("Wang Jun, 54, has run ..."): two digits, no
    unit and nothing counted (the apposition around it is checked by the caller)."""
    return (
        fact.unit == "count"
        and not fact.counted
        and fact.end - fact.start == 2
        and text[fact.start : fact.end].isdigit()
        and text[fact.start] != "0"
    )


def drop_person_ages(text: str, facts: list[Fact], lex: Lexicon | None = None) -> list[Fact]:
    """The facts without ages of named people in apposition."""
    return [f for f in facts if not is_person_age(text, f, lex)]
